// Which PC clock is off, and by how much, from the two-way bounds a bundle exchange gives (like NTP's).

/**
 * The sender's clock minus ours, bounded by what two bundles prove:
 * - `lowMs`: its bundle was created before we imported it, so offset ≥ created (its clock) − imported (ours);
 * - `highMs`: it applied a bundle of ours after we created it, so offset ≤ applied (its clock) − created (ours);
 *   null until a bundle of ours has made the round trip (the sender's acknowledgement says when it applied it).
 * Travel time (days on a USB stick) only widens the interval; it never moves the offset outside it.
 */
export interface SkewBounds {
  lowMs: number;
  highMs: number | null;
}

export type SkewVerdict =
  /** The sender's clock is ahead of ours by at least `atLeastMs` (at most `atMostMs` when known). */
  | { side: 'ahead'; atLeastMs: number; atMostMs: number | null }
  /** The sender's clock is behind ours by at least `atLeastMs` (at most `atMostMs`, when known). */
  | { side: 'behind'; atLeastMs: number; atMostMs: number | null }
  /** The bundle was created `ageMs` before we imported it: a clock behind, or a long trip; no round trip yet. */
  | { side: 'old'; ageMs: number }
  /** Nothing shows a clock off by more than the tolerance. */
  | { side: 'in-step' };

/** PC clocks within this of each other are in step (a bundle stamp is to the millisecond). */
export const SKEW_TOLERANCE_MS = 15 * 60_000;
/** A bundle older than this at import is flagged even without a round trip (a stick rarely travels a month). */
export const SKEW_OLD_FLAG_MS = 30 * 86_400_000;

export function skewVerdict(b: SkewBounds): SkewVerdict {
  if (b.lowMs > SKEW_TOLERANCE_MS) return { side: 'ahead', atLeastMs: b.lowMs, atMostMs: b.highMs };
  if (b.highMs !== null && b.highMs < -SKEW_TOLERANCE_MS) {
    return { side: 'behind', atLeastMs: -b.highMs, atMostMs: b.lowMs < 0 ? -b.lowMs : null };
  }
  if (b.highMs === null && b.lowMs < -SKEW_TOLERANCE_MS) return { side: 'old', ageMs: -b.lowMs };
  return { side: 'in-step' };
}

/** Worth a warning: a clock proven off, or a bundle a month old of which we cannot tell why. */
export const isSkewWarning = (v: SkewVerdict): boolean =>
  v.side === 'ahead' || v.side === 'behind' || (v.side === 'old' && v.ageMs > SKEW_OLD_FLAG_MS);

/** The same offset seen from the other PC: its clock ahead of ours is ours behind its. */
export function mirrorVerdict(v: SkewVerdict): SkewVerdict {
  if (v.side === 'ahead') return { ...v, side: 'behind' };
  if (v.side === 'behind') return { ...v, side: 'ahead' };
  return v;
}
