// Value axis: round maxima and 1-2-5 steps, whole-number ticks for counts, label fitting.
import { describe, expect, it } from 'vitest';
import { fitLabel, formatValue, niceTicks } from '../../../shared/charts/scale.ts';

describe('niceTicks', () => {
  it('rounds the maximum up to a 1, 2 or 5 step', () => {
    expect(niceTicks(17)).toEqual({ max: 20, ticks: [0, 5, 10, 15, 20] });
    expect(niceTicks(4)).toEqual({ max: 4, ticks: [0, 1, 2, 3, 4] });
    expect(niceTicks(230)).toEqual({ max: 300, ticks: [0, 100, 200, 300] });
  });

  it('never uses fractional steps for counts, and copes with zero', () => {
    expect(niceTicks(2)).toEqual({ max: 2, ticks: [0, 1, 2] });
    expect(niceTicks(0)).toEqual({ max: 1, ticks: [0, 1] });
    expect(niceTicks(2, 4, false).ticks).toEqual([0, 0.5, 1, 1.5, 2]);
  });
});

describe('labels', () => {
  it('shortens long labels with an ellipsis and formats numbers in Indonesian', () => {
    expect(fitLabel('Kelurahan', 200, 8)).toBe('Kelurahan');
    const short = fitLabel('Desa dengan nama yang sangat panjang', 40, 8);
    expect(short.endsWith('…')).toBe(true);
    expect(short.length).toBeLessThan(12);
    expect(formatValue(1234)).toBe('1.234');
    expect(formatValue(6.5)).toBe('6,5');
  });
});
