// How far a followed operation is: the bar's percentage and an estimate of the time left from the observed rate.
import type { ProgressEvent } from '../../../shared/api/operations.ts';

/** Where the rate is measured from: the first progress of the current phase the renderer saw, and when. */
export interface RateBase {
  phase: string;
  done: number;
  at: number;
}

/** Whole percent of the work done, 0 while the total is unknown, never above 100. */
export const percentOf = (p: ProgressEvent | null): number =>
  p && p.total ? Math.min(100, Math.max(0, Math.floor((p.done / p.total) * 100))) : 0;

/** The base to keep after `p` arrived at `at`: a new phase (or the first event) starts a new measurement. */
export const nextRateBase = (base: RateBase | null, p: ProgressEvent, at: number): RateBase =>
  base && base.phase === p.phase && base.done <= p.done ? base : { phase: p.phase, done: p.done, at };

/**
 * Seconds left at the rate seen since `base`, or null while it cannot be told (unknown total, nothing done
 * since the base yet, another phase).
 */
export function estimateSeconds(base: RateBase | null, p: ProgressEvent | null, at: number): number | null {
  if (!base || !p || p.total === null || base.phase !== p.phase) return null;
  const did = p.done - base.done;
  const took = at - base.at;
  if (did <= 0 || took <= 0) return null;
  return Math.max(0, ((p.total - p.done) * took) / did / 1000);
}
