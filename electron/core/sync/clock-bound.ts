// How far ahead of this PC's clock an incoming stamp may lie: a bound that keeps one record from poisoning the HLC.
import { MAX_STAMP_MS, parseStamp } from './hlc.ts';

/**
 * The bound (docs/sync-trust.md, "Bounded clocks"). A stamp is refused when its time lies beyond the
 * reference time plus `STAMP_AHEAD_LIMIT_MS` (31 days: a PC whose date is days or a month wrong keeps
 * syncing, its bundles flagged in the inbox). The reference depends on who sends:
 * - a kecamatan or desa office (at Dinsos): the receiver's wall clock, or the sender's own `createdAt` when
 *   that is later, itself capped at the wall clock plus the limit. Never the receiver's HLC: an HLC moved by
 *   accepted stamps would let each hostile bundle push the bound (and the clock) one more month ahead.
 *   Honest stamps ahead of their sender's wall clock (its HLC moved past stamps it received from Dinsos) lie
 *   within a month of Dinsos's own clock, so they pass.
 * - Dinsos (at an office, which trusts it for its whole kabupaten): the latest of the receiver's wall clock,
 *   its HLC and Dinsos's `createdAt`, so an office whose PC is a year behind still takes Dinsos's bundles.
 * Whatever the sender says, no stamp is taken within a year of the end of the 13-digit format.
 */
export const STAMP_AHEAD_LIMIT_MS = 31 * 86_400_000;

const FORMAT_MARGIN_MS = 366 * 86_400_000;

export interface ClockBound {
  /** Stamps with a time above this (ms) are refused. */
  maxMs: number;
  aheadMs: number;
}

export interface ClockFacts {
  receiverNowMs: number;
  /** The receiver's HLC time before the bundle. */
  localHlcMs: number;
  /** The bundle header's createdAt (ms), when known. */
  createdAtMs: number | null;
  senderIsDinsos: boolean;
}

export function clockBound(f: ClockFacts, aheadMs = STAMP_AHEAD_LIMIT_MS): ClockBound {
  const created = f.createdAtMs ?? f.receiverNowMs;
  const reference = f.senderIsDinsos
    ? Math.max(f.receiverNowMs, f.localHlcMs, created)
    : Math.max(f.receiverNowMs, Math.min(created, f.receiverNowMs + aheadMs));
  return { maxMs: Math.min(reference + aheadMs, MAX_STAMP_MS - FORMAT_MARGIN_MS), aheadMs };
}

/** True when the stamp's time lies beyond the bound (or is not a stamp at all). */
export function stampBeyond(stamp: string, bound: ClockBound): boolean {
  try {
    return parseStamp(stamp).ms > bound.maxMs;
  } catch {
    return true;
  }
}
