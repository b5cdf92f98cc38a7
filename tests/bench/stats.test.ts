// The benchmark's pure figures: percentiles, ratios, verdicts against targets and the units they are shown in.
import { describe, expect, it } from 'vitest';
import {
  formatQuantity,
  formatRatio,
  formatTarget,
  median,
  percentile,
  ratio,
  verdict,
} from '../../bench/stats.ts';

describe('percentile', () => {
  it('interpolates between ranks of the sorted values, whatever their order', () => {
    const v = [40, 10, 30, 20, 50];
    expect(percentile(v, 0)).toBe(10);
    expect(percentile(v, 100)).toBe(50);
    expect(median(v)).toBe(30);
    expect(percentile(v, 95)).toBeCloseTo(48, 10);
    expect(percentile([1, 2, 3, 4], 50)).toBe(2.5);
  });

  it('is NaN for no values and refuses a percentile outside 0..100', () => {
    expect(percentile([], 50)).toBeNaN();
    expect(() => percentile([1], 101)).toThrow(RangeError);
  });
});

describe('ratio and verdict', () => {
  it('divides, or gives null when a side is missing or the divisor is zero', () => {
    expect(ratio(3, 4)).toBe(0.75);
    expect(ratio(null, 4)).toBeNull();
    expect(ratio(3, 0)).toBeNull();
  });

  it('judges a ratio target and a figure target, and says when nothing was measured', () => {
    const half = { on: 'ratio', op: '>=', value: 0.5 } as const;
    expect(verdict(half, { value: 1, unit: 'records/s' }, 0.6)).toBe('met');
    expect(verdict(half, { value: 1, unit: 'records/s' }, 0.4)).toBe('missed');
    const fast = { on: 'figure', op: '<', value: 30, unit: 'ms' } as const;
    expect(verdict(fast, { value: 29.9, unit: 'ms' }, null)).toBe('met');
    expect(verdict(fast, { value: 30, unit: 'ms' }, null)).toBe('missed');
    expect(verdict(fast, null, null)).toBe('not measured');
    expect(verdict(half, { value: 1, unit: 'ms' }, null)).toBe('not measured');
    expect(verdict(null, { value: 1, unit: 'ms' }, null)).toBe('info');
  });
});

describe('formatting', () => {
  it('shows durations, rates and sizes in readable units', () => {
    expect(formatQuantity({ value: 12.345, unit: 'ms' })).toBe('12.3 ms');
    expect(formatQuantity({ value: 1500, unit: 'ms' })).toBe('1.50 s');
    expect(formatQuantity({ value: 65_000, unit: 'ms' })).toBe('65.0 s');
    expect(formatQuantity({ value: 12_345.6, unit: 'records/s' })).toBe('12,346 rec/s');
    expect(formatQuantity({ value: 3 * 1024 * 1024, unit: 'bytes' })).toBe('3.0 MiB');
    expect(formatQuantity(null)).toBe('—');
  });

  it('shows small ratios as percentages and others as multiples', () => {
    expect(formatRatio(0.004)).toBe('0.40 %');
    expect(formatRatio(0.042)).toBe('4.2 %');
    expect(formatRatio(2.5)).toBe('2.50×');
    expect(formatRatio(null)).toBe('—');
  });

  it('states targets the way the issue does', () => {
    expect(formatTarget({ on: 'ratio', op: '>=', value: 0.5 })).toBe('ratio ≥ 0.5×');
    expect(formatTarget({ on: 'ratio', op: '<', value: 0.05 })).toBe('ratio < 5 %');
    expect(formatTarget({ on: 'figure', op: '<', value: 1500, unit: 'ms' })).toBe('< 1.50 s');
    expect(formatTarget(null)).toBe('—');
  });
});
