// Free disk space for attachments: measured on the data directory's disk; an add that would leave too little is refused in Indonesian.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  freeBytesAt,
  KEEP_FREE_BYTES,
  lowSpaceRefusal,
} from '../../../../electron/core/attachments/disk-space.ts';
import { tempDir } from '../../../support/register.ts';

const MIB = 1024 * 1024;

describe('disk space for attachments', () => {
  it('measures the free space of a folder, or of its nearest existing parent', () => {
    const dir = tempDir();
    expect(freeBytesAt(dir)).toBeGreaterThan(0);
    expect(freeBytesAt(join(dir, 'lampiran', 'belum-ada'))).toBeGreaterThan(0);
  });

  it('refuses only when the file would leave less than the reserve, with the space left in the message', () => {
    expect(lowSpaceRefusal(null, 10 * MIB)).toBeNull();
    expect(lowSpaceRefusal(KEEP_FREE_BYTES + 10 * MIB, 10 * MIB)).toBeNull();
    const refusal = lowSpaceRefusal(KEEP_FREE_BYTES + 5 * MIB, 10 * MIB);
    expect(refusal).toMatch(/^Ruang disk hampir penuh: tersisa 517 MB\. Lampiran tidak disimpan/);
  });
});
