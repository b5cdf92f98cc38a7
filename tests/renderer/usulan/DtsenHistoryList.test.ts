// The household's DTSEN history as the person page shows it: the entry in force is marked even when it arrives as a copy.
import { createElement } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { renderStatic } from '../../support/render-static.ts';
import { DtsenHistoryView, isCurrentEntry } from '../../../renderer/src/usulan/DtsenHistoryList.tsx';
import type { DtsenHistory, DtsenHistoryEntry } from '../../../shared/types/usulan.ts';

// The view only renders; the real client reads the browser's storage when loaded.
vi.mock('../../../renderer/src/api/client.ts', () => ({ call: vi.fn() }));
// Dates are written in Bahasa Indonesia; the app's language module reads the browser's storage when loaded.
vi.mock('../../../renderer/src/i18n/index.ts', () => ({ currentLanguage: () => 'id' }));

const result = (from: string, desil: number, n: number): DtsenHistoryEntry => ({
  from,
  inDtsen: true,
  desil,
  source: 'hasil_pusat',
  usulanId: `0190a000-0000-7000-8000-00000000000${n}`,
  kind: 'usul_baru',
});

/** As the contract answers it: JSON over the web host, so `current` is a copy of its entry, not the same object. */
function answered(entries: DtsenHistoryEntry[], current: number): DtsenHistory {
  return JSON.parse(JSON.stringify({ entries, current: entries[current] ?? null })) as DtsenHistory;
}

const render = (h: DtsenHistory): string => renderStatic(createElement(DtsenHistoryView, { history: h }));

describe('DtsenHistoryView', () => {
  it('marks the entry in force "berlaku" once, the one `current` names', () => {
    // A result dated in the future is listed first but not in force yet.
    const h = answered([result('2026-09-01', 2, 2), result('2026-03-01', 3, 1)], 1);
    const html = render(h);
    expect(html.match(/data-testid="dtsen-history-current"/g)).toHaveLength(1);
    const items = html.split('<li').slice(1);
    expect(items[0]).not.toContain('berlaku');
    expect(items[1]).toContain('terdaftar, desil 3');
    expect(items[1]).toContain('dtsen-history-current');
  });

  it('marks nothing when no entry is in force', () => {
    const h = answered([result('2026-09-01', 2, 2)], 5);
    expect(render(h)).not.toContain('dtsen-history-current');
    expect(isCurrentEntry(h.entries[0] as DtsenHistoryEntry, null)).toBe(false);
  });

  it('names a hand-typed value "diubah di register" with its day', () => {
    const typed: DtsenHistoryEntry = {
      from: '2026-05-02',
      inDtsen: true,
      desil: 6,
      source: 'diubah_register',
      usulanId: null,
      kind: null,
    };
    const html = render(answered([typed, result('2026-03-01', 3, 1)], 0));
    const items = html.split('<li').slice(1);
    expect(items[0]).toContain('terdaftar, desil 6');
    expect(items[0]).toContain('(diubah di register)');
    expect(items[0]).toContain('Mei 2026');
    expect(items[1]).toContain('hasil pemutakhiran pusat');
  });
});
