// A benchmark row: the ratio is formed the stated way round and the verdict follows the target.
import { describe, expect, it } from 'vitest';
import { measure, notMeasured } from '../../bench/measure.ts';

describe('measure', () => {
  it('forms figure / baseline by default', () => {
    const m = measure({
      id: 'import',
      label: 'import',
      figure: { value: 6000, unit: 'records/s' },
      baseline: { value: 10_000, unit: 'records/s' },
      target: { on: 'ratio', op: '>=', value: 0.5 },
    });
    expect(m.ratio).toBeCloseTo(0.6, 10);
    expect(m.verdict).toBe('met');
  });

  it('forms baseline / figure for a speed-up, and misses a target it does not reach', () => {
    const m = measure({
      id: 'peer',
      label: 'peer',
      figure: { value: 2000, unit: 'ms' },
      baseline: { value: 12_000, unit: 'ms' },
      ratioOf: 'baseline/figure',
      target: { on: 'ratio', op: '>=', value: 10 },
    });
    expect(m.ratio).toBe(6);
    expect(m.verdict).toBe('missed');
  });

  it('keeps a measure that could not be taken without a figure and with its reason', () => {
    const m = notMeasured('recap', 'recap', 'not measured: feature missing', {
      on: 'figure',
      op: '<',
      value: 3000,
      unit: 'ms',
    });
    expect(m.figure).toBeNull();
    expect(m.verdict).toBe('not measured');
    expect(m.note).toBe('not measured: feature missing');
  });
});
