// The review list of names found in other records: unchecked entries with "Sudah diperiksa" by default; checked ones only on request.
import { createElement } from 'react';
import { describe, expect, it } from 'vitest';
import type { ErasureMentionEntry } from '../../../shared/types/erasure.ts';
import { MentionsReview } from '../../../renderer/src/settings/ErasureReview.tsx';
import { renderStatic } from '../../support/render-static.ts';

const entry = (label: string, checked: boolean): ErasureMentionEntry => ({
  erasureId: '01900000-0000-7000-8000-000000000001',
  table: 'cases',
  rowId: `01900000-0000-7000-8000-00000000000${label.length}`,
  column: 'description',
  label,
  ...(checked ? { checkedAt: '2026-03-04T02:00:00.000Z', checkedBy: 'admin1' } : {}),
});

const render = (mentions: ErasureMentionEntry[]): string =>
  renderStatic(createElement(MentionsReview, { mentions, onCheck: () => Promise.resolve() }));

describe('MentionsReview', () => {
  it('lists the unchecked entries with Sudah diperiksa and hides the checked ones by default', () => {
    const html = render([entry('KS-2026-0001', false), entry('KS-2026-00002', true)]);
    expect(html).toContain('Kasus KS-2026-0001');
    expect(html).toContain('>Sudah diperiksa<');
    expect(html).not.toContain('KS-2026-00002');
    expect(html).toContain('Tampilkan yang sudah diperiksa (1)');
  });

  it('says so when every entry is checked', () => {
    const html = render([entry('KS-2026-00002', true)]);
    expect(html).toContain('Semua catatan sudah diperiksa.');
    expect(html).not.toContain('KS-2026-00002');
  });
});
