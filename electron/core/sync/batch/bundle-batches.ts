// The author batches of one imported bundle (format 2): each received, verified and applied as it streams past.
import type BetterSqlite3 from 'better-sqlite3-multiple-ciphers';
import type { DbOrTrx } from '../../db/database.ts';
import type { BundleAck } from '../bundle/payload-lines.ts';
import type { BundleEntry } from '../bundle/reader.ts';
import type { ChangeRecord } from '../bundle/change-record.ts';
import type { MergeStats } from '../merge.ts';
import {
  receiveAuthorBatch,
  type BatchContext,
  type BatchOutcome,
  type BatchReception,
} from './apply-batch.ts';
import { releaseDelivered } from './held-batches.ts';

export interface BundleBatches {
  /**
   * Takes a batch head, a change inside a batch, or a batch's end. Returns false for a change outside any batch:
   * the sender's own, which the caller merges as today.
   */
  take(e: BundleEntry): Promise<boolean>;
  outcomes: BatchOutcome[];
}

/** `again(i)`: the i-th batch's records read once more (only for a batch whose records were altered). */
export function bundleBatches(
  c: BatchContext,
  again: (index: number) => AsyncIterable<ChangeRecord>,
): BundleBatches {
  let current: BatchReception | null = null;
  const outcomes: BatchOutcome[] = [];
  return {
    outcomes,
    async take(e) {
      if (e.type === 'change') {
        if (e.batch === null) return false;
        current?.add(e.record);
      } else if (e.type === 'batch') {
        current = await receiveAuthorBatch(c, e.head, e.signature);
      } else if (current) {
        outcomes.push(await current.end(e.intact, () => again(e.index)));
        current = null;
      }
      return true;
    },
  };
}

/** The sender's own merge statistics with those of the batches it carried (the bundle's totals). */
export function withBatches(own: MergeStats, outcomes: readonly BatchOutcome[]): MergeStats {
  const total: MergeStats = { ...own, refusedByRule: { ...own.refusedByRule } };
  for (const o of outcomes) {
    const s = o.stats;
    if (!s) continue;
    total.records += s.records;
    total.applied += s.applied;
    total.conflicts += s.conflicts;
    total.quarantined += s.quarantined;
    total.erasures += s.erasures;
    if (s.acceptedMax > total.acceptedMax) total.acceptedMax = s.acceptedMax;
    for (const [rule, n] of Object.entries(s.refusedByRule)) {
      total.refusedByRule[rule] = (total.refusedByRule[rule] ?? 0) + n;
    }
  }
  return total;
}

/** Our bundles the sender acknowledged (hop): the held batches they carried to it are let go. */
export async function releaseAcknowledged(
  db: DbOrTrx,
  sqlite: BetterSqlite3.Database,
  me: string,
  sender: string,
  acks: readonly BundleAck[],
): Promise<void> {
  for (const ack of acks) if (ack.officeId === me) await releaseDelivered(db, sqlite, sender, ack.sequence);
}
