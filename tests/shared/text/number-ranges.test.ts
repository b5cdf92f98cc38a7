// Numbers as ranges: runs joined with an en dash, singles alone, any input order, nothing for none.
import { describe, expect, it } from 'vitest';
import { numberRanges } from '../../../shared/text/number-ranges.ts';

describe('numberRanges', () => {
  it('writes runs as ranges and single numbers alone, in ascending order', () => {
    expect(numberRanges([1, 2, 3, 5, 7, 8])).toBe('1–3, 5, 7–8');
    expect(numberRanges([14, 12, 13, 2])).toBe('2, 12–14');
    expect(numberRanges([4])).toBe('4');
  });

  it('gives an empty text for no numbers', () => {
    expect(numberRanges([])).toBe('');
  });
});
