// The bar's percentage and the time-left estimate of a followed operation, from the rate seen in the current phase.
import { describe, expect, it } from 'vitest';
import type { ProgressEvent } from '../../../shared/api/operations.ts';
import { estimateSeconds, nextRateBase, percentOf } from '../../../renderer/src/ui/operation-estimate.ts';

const step = (phase: string, done: number, total: number | null): ProgressEvent => ({
  seq: 1,
  kind: 'progress',
  phase,
  done,
  total,
  item: null,
});

describe('operation estimate', () => {
  it('percent is whole, 0 with an unknown total, capped at 100', () => {
    expect(percentOf(null)).toBe(0);
    expect(percentOf(step('impor', 1, null))).toBe(0);
    expect(percentOf(step('impor', 1, 3))).toBe(33);
    expect(percentOf(step('impor', 5, 4))).toBe(100);
  });

  it('estimates the time left from the rate since the first step of the phase', () => {
    const first = step('salin', 10, 110);
    const base = nextRateBase(null, first, 1_000);
    expect(estimateSeconds(null, first, 1_000)).toBeNull();
    // 20 units in 2 s: 80 left take 8 s.
    const later = step('salin', 30, 110);
    expect(estimateSeconds(base, later, 3_000)).toBe(8);
    expect(nextRateBase(base, later, 3_000)).toBe(base);
  });

  it('a new phase starts a new measurement and says nothing until it moved', () => {
    const base = nextRateBase(null, step('salin', 100, 100), 0);
    const next = step('sidik', 0, 500);
    expect(estimateSeconds(base, next, 5_000)).toBeNull();
    const fresh = nextRateBase(base, next, 5_000);
    expect(fresh).toEqual({ phase: 'sidik', done: 0, at: 5_000 });
    expect(estimateSeconds(fresh, step('sidik', 0, 500), 6_000)).toBeNull();
    expect(estimateSeconds(fresh, step('sidik', 100, 500), 6_000)).toBe(4);
    expect(estimateSeconds(fresh, step('sidik', 100, null), 6_000)).toBeNull();
  });
});
