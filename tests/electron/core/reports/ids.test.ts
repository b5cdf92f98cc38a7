// Ids derived from their key (office + month, + version): the same at every PC, valid UUIDs.
import { describe, expect, it } from 'vitest';
import { keyedId, monthNotesId, reportVersionId } from '../../../../electron/core/reports/ids.ts';
import { uuid } from '../../../../shared/validation/common.ts';

describe('keyed ids', () => {
  it('the same office and month give the same valid UUID at every PC; another key another id', () => {
    const a = monthNotesId('0190a6c2-7b1e-7c3a-9d2e-4f5a6b7c8d9e', '2026-03');
    expect(a).toBe(monthNotesId('0190a6c2-7b1e-7c3a-9d2e-4f5a6b7c8d9e', '2026-03'));
    expect(uuid.safeParse(a).success).toBe(true);
    expect(a).not.toBe(monthNotesId('0190a6c2-7b1e-7c3a-9d2e-4f5a6b7c8d9e', '2026-04'));
    expect(reportVersionId('x', '2026-03', 1)).not.toBe(reportVersionId('x', '2026-03', 2));
    expect(keyedId('n', 'a', 'bc')).not.toBe(keyedId('n', 'ab', 'c'));
  });
});
