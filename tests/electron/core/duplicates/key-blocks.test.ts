// Typed-array blocks: distinct sorted keys, ranks, and members grouped in record order as a Map of arrays would.
import { describe, expect, it } from 'vitest';
import { distinctSorted, keyBlocks, rankOf } from '../../../../electron/core/duplicates/key-blocks.ts';

describe('key blocks in typed arrays', () => {
  it('keeps the distinct keys sorted, without NaN, and finds their ranks', () => {
    const keys = distinctSorted(8, (put) => [5e11, 3, Number.NaN, 5e11, -2, 3, 7.5].forEach(put));
    expect([...keys]).toEqual([-2, 3, 7.5, 5e11]);
    expect(rankOf(keys, 5e11)).toBe(3);
    expect(rankOf(keys, -2)).toBe(0);
    expect(rankOf(keys, 4)).toBe(-1);
    expect(rankOf(keys, 1e12)).toBe(-1);
    expect(rankOf(new Float64Array(0), 1)).toBe(-1);
  });

  it('never writes more keys than it was told to expect', () => {
    expect([...distinctSorted(2, (put) => [9, 8, 7].forEach(put))]).toEqual([8, 9]);
  });

  it('groups records under the wanted keys in record order, as a Map of arrays would', () => {
    // Record j puts the keys of its row; 99 is not wanted and is left out.
    const rows = [[10, 99], [20], [10, 30], [], [30, 10], [20]];
    const wanted = distinctSorted(3, (put) => [30, 10, 20].forEach(put));
    const { starts, members } = keyBlocks(wanted, rows.length, (j, put) => rows[j]?.forEach(put));
    const block = (key: number): number[] => {
      const r = rankOf(wanted, key);
      return [...members.subarray(starts[r], starts[r + 1])];
    };
    expect(block(10)).toEqual([0, 2, 4]);
    expect(block(20)).toEqual([1, 5]);
    expect(block(30)).toEqual([2, 4]);
    expect(starts[0]).toBe(0);
    expect(starts[wanted.length]).toBe(members.length);
  });
});
