// The desa list's cells: missing bundle numbers as ranges, and where a held batch stands (unsent, sent, none).
import { describe, expect, it } from 'vitest';
import { heldCell, missingText } from '../../../renderer/src/sinkronisasi/downstream-view.ts';

describe('desa list cells', () => {
  it('writes missing bundle numbers as sorted ranges, and nothing when none is missing', () => {
    expect(missingText([])).toBeNull();
    expect(missingText([2])).toBe('2');
    expect(missingText([7, 2, 5, 6])).toBe('2, 5–7');
  });

  it('says whether a held batch is not sent yet or waits for confirmation after a bundle', () => {
    expect(heldCell(null).key).toBe('heldNone');
    const held = { sequence: 3, records: 14, heldAt: '2026-03-02T02:00:00.000Z', sentInBundle: null };
    expect(heldCell(held)).toEqual({ key: 'heldUnsent', values: { records: 14, seq: 3, bundle: 0 } });
    expect(heldCell({ ...held, sentInBundle: 2 })).toEqual({
      key: 'heldSent',
      values: { records: 14, seq: 3, bundle: 2 },
    });
  });
});
