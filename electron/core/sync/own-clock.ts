// Is this PC's own clock off? Judged against Dinsos at an office, and against the offices' majority at Dinsos.
import type { DbOrTrx } from '../db/database.ts';
import { mirrorVerdict, type SkewVerdict } from '../../../shared/time/clock-skew.ts';
import type { OwnClockWarning } from '../../../shared/types/sync.ts';
import { verdictOf } from './clock-bounds.ts';
import { newestAppliedPerSender } from './newest-bundles.ts';

/** Dinsos blames itself only when at least this many offices were seen, and more than half agree. */
const MIN_OFFICES = 3;
/** Bundles received longer ago than this say nothing about today's clock. */
const RECENT_MS = 60 * 86_400_000;

interface Latest {
  type: string | null;
  low: number | null;
  high: number | null;
}

/** The newest applied bundle of each sender, when it was received in the last 60 days by our clock. */
async function latestPerSender(db: DbOrTrx, nowMs: number): Promise<Latest[]> {
  const since = new Date(nowMs - RECENT_MS).toISOString();
  return [...(await newestAppliedPerSender(db)).values()]
    .filter((n) => n.receivedAt >= since && n.senderType !== null)
    .map((n) => ({ type: n.senderType, low: n.clockSkewMs, high: n.clockSkewMaxMs }));
}

const proven = (v: SkewVerdict | null): v is Extract<SkewVerdict, { side: 'ahead' | 'behind' }> =>
  v !== null && (v.side === 'ahead' || v.side === 'behind');

/**
 * A warning about this PC's clock, or null. At an office, Dinsos is the reference: when Dinsos's clock is proven
 * ahead of ours, ours is behind. At Dinsos, when most offices' clocks are proven off the same way, the odd one
 * out is Dinsos's own PC.
 */
export async function ownClockWarning(
  db: DbOrTrx,
  ownType: string,
  nowMs: number,
): Promise<OwnClockWarning | null> {
  const latest = await latestPerSender(db, nowMs);
  if (ownType !== 'dinsos') {
    const dinsos = latest.find((l) => l.type === 'dinsos');
    const v = dinsos ? verdictOf(dinsos.low, dinsos.high) : null;
    if (!proven(v)) return null;
    const mine = mirrorVerdict(v) as typeof v;
    return {
      side: mine.side,
      atLeastMs: mine.atLeastMs,
      atMostMs: mine.atMostMs,
      reference: 'dinsos',
      agreeing: 1,
      seen: 1,
    };
  }
  const verdicts = latest
    .filter((l) => l.type !== 'dinsos')
    .map((l) => verdictOf(l.low, l.high))
    .filter((v): v is SkewVerdict => v !== null && v.side !== 'old');
  if (verdicts.length < MIN_OFFICES) return null;
  for (const side of ['ahead', 'behind'] as const) {
    const agree = verdicts.filter(proven).filter((v) => v.side === side);
    if (agree.length * 2 <= verdicts.length) continue;
    return {
      side: side === 'ahead' ? 'behind' : 'ahead',
      atLeastMs: Math.min(...agree.map((v) => v.atLeastMs)),
      atMostMs: null,
      reference: 'offices',
      agreeing: agree.length,
      seen: verdicts.length,
    };
  }
  return null;
}
