// The rows left out of an import: "5, 7-9" read into row numbers (bad input refused in Indonesian) and written back.
import { describe, expect, it } from 'vitest';
import { formatLines, MAX_EXCLUDED, parseLines } from '../../../shared/text/row-lines.ts';

describe('rows left out by number', () => {
  it('reads single rows and ranges in any order, once each', () => {
    expect(parseLines(' 9, 5;7-8  5 ')).toEqual({ ok: true, lines: [5, 7, 8, 9] });
    expect(parseLines('')).toEqual({ ok: true, lines: [] });
  });

  it('refuses what is not a row number, a reversed range, row 0 and too many rows', () => {
    for (const bad of ['5a', '9-7', '0', 'x']) {
      const r = parseLines(bad);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.message).toContain(`"${bad}"`);
    }
    const many = parseLines(`1-${MAX_EXCLUDED + 1}`);
    expect(many).toEqual({ ok: false, message: `Paling banyak ${MAX_EXCLUDED} baris dapat dikecualikan.` });
  });

  it('writes row numbers back compactly', () => {
    expect(formatLines([9, 5, 7, 8, 8])).toBe('5, 7-9');
    expect(formatLines([])).toBe('');
    expect(parseLines(formatLines([2, 3, 4, 10]))).toEqual({ ok: true, lines: [2, 3, 4, 10] });
  });
});
