// The sender's clock-offset bounds at import (shared/time/clock-skew.ts): from its header and its acknowledgement.
import type { DbOrTrx } from '../db/database.ts';
import { isSkewWarning, skewVerdict, type SkewVerdict } from '../../../shared/time/clock-skew.ts';
import type { BundleSeen } from './bundle/payload-lines.ts';

/** Lower bound: the sender's clock when it wrote the bundle minus ours now (travel time only lowers it). */
export const skewLowOf = (createdAt: string, nowMs: number): number => Date.parse(createdAt) - nowMs;

/**
 * Upper bound: the sender's clock when it applied a bundle of ours minus ours when we wrote it. Null when the
 * bundle says nothing of ours (an older sender, or none of ours reached it) or names a bundle this
 * installation did not write.
 */
export async function skewHighOf(
  db: DbOrTrx,
  sender: string,
  seen: BundleSeen | undefined,
): Promise<number | null> {
  if (!seen) return null;
  const out = await db
    .selectFrom('bundles_out')
    .select('created_at')
    .where('peer_office_id', '=', sender)
    .where('sequence', '=', seen.sequence)
    .executeTakeFirst();
  return out ? Date.parse(seen.at) - Date.parse(out.created_at) : null;
}

/** The verdict on a received bundle's sender clock; null when the bundle's header could not be read. */
export const verdictOf = (lowMs: number | null, highMs: number | null): SkewVerdict | null =>
  lowMs === null ? null : skewVerdict({ lowMs, highMs });

export const isSkewFlagged = (lowMs: number | null, highMs: number | null = null): boolean => {
  const v = verdictOf(lowMs, highMs);
  return v !== null && isSkewWarning(v);
};
