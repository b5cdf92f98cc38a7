// After a re-seed: where this installation's bundles to Dinsos continue, and what Dinsos already holds.
import type BetterSqlite3 from 'better-sqlite3-multiple-ciphers';
import type { CoreDeps } from '../context.ts';
import { SYNCED_TABLES } from '../digest/synced-tables.ts';
import { fingerprintOf } from '../office/keys.ts';
import { getMeta, putMeta } from '../office/office-repo.ts';
import { baseStamp, formatStamp, type Hlc } from '../sync/hlc.ts';
import { peerOf, type OwnIdentity } from '../sync/peers.ts';
import { parseRowClock } from '../sync/row-clock.ts';
import { stampOffice } from '../sync/scope.ts';
import { createWriter } from '../sync/writer.ts';

/** What the last re-seed import left in `meta` (for support and `puskesos info`-style questions). */
export const RESEED_META_KEY = 'reseed_last';

/**
 * True when some row above Dinsos's watermark carries a write of this office that Dinsos may lack. The base
 * stamp of a recovered installation's own `offices` row (setup with `recoverOfficeId`) is not a write: it
 * only stands in until the row arrives from Dinsos, so a fresh recovered installation has nothing unsent.
 */
export function hasUnsentWork(
  sqlite: BetterSqlite3.Database,
  own: OwnIdentity,
  ackedLocalSeq: number,
): boolean {
  const base = baseStamp(own.officeId);
  for (const t of SYNCED_TABLES) {
    const rows = sqlite
      .prepare(`select "clocks" from "${t.name}" where "local_seq" > ? and instr("clocks", ?) > 0`)
      .pluck()
      .iterate(ackedLocalSeq, own.officeId) as Iterable<string>;
    for (const json of rows) {
      const c = parseRowClock(json);
      if ([c.b, ...Object.values(c.f)].some((s) => s !== base && stampOffice(s) === own.officeId))
        return true;
    }
  }
  return false;
}

export interface Continuation {
  /** The sequence of this installation's next bundle to Dinsos. */
  nextSequence: number;
  /** True when the re-seeded rows were marked as held by Dinsos (nothing of this office was unsent). */
  acknowledged: boolean;
  /** Bundles this installation had numbered in the range the earlier installation used (made harmless). */
  neutralized: number;
}

/**
 * Dinsos remembers (office, sequence) of every bundle it applied from the office's earlier installation and
 * skips a repeated pair as "already applied": this installation continues after `continueAfter`. A bundle
 * it had already numbered in that range (exported before the re-seed) was or will be skipped at Dinsos, so
 * Dinsos's acknowledgement of that range must not count for it: its watermark is cleared, and the changes
 * it carried are sent again with the next bundle.
 *
 * When nothing was unsent before the import (`unsent` false), every row now in the register is one Dinsos
 * holds (it came from Dinsos, or Dinsos acknowledged it earlier): the watermark moves to the current change
 * counter and HLC, so the first bundle after recovery carries only new work, not the whole register again.
 * Otherwise the watermark stays: the next bundle re-sends the re-seeded rows with the unsent ones, which is
 * harmless (the merge is idempotent), only larger.
 */
export async function continueAfterReseed(
  deps: CoreDeps,
  own: Pick<OwnIdentity, 'officeId'>,
  dinsosId: string,
  continueAfter: number,
  unsent: boolean,
  record: Record<string, unknown>,
): Promise<Continuation> {
  return deps.db.transaction().execute(async (trx) => {
    const peer = await peerOf(trx, dinsosId);
    const stale = await trx
      .updateTable('bundles_out')
      .set({ local_seq_max: -1, hlc_at_export: '' })
      .where('peer_office_id', '=', dinsosId)
      .where('sequence', '<=', continueAfter)
      .executeTakeFirst();
    const neutralized = Number(stale.numUpdatedRows);
    const nextSequence = Math.max(peer.next_out_seq, continueAfter + 1);
    const set: {
      next_out_seq: number;
      acked_out_seq: number;
      acked_local_seq?: number;
      acked_hlc?: string;
    } = { next_out_seq: nextSequence, acked_out_seq: Math.max(peer.acked_out_seq, continueAfter) };
    if (!unsent) {
      const localSeq = Number((await getMeta(trx, 'local_seq')) ?? '0');
      const raw = await getMeta(trx, 'hlc_last');
      const hlc = formatStamp(raw ? (JSON.parse(raw) as Hlc) : { ms: 0, counter: 0 }, own.officeId);
      set.acked_local_seq = Math.max(peer.acked_local_seq, localSeq);
      set.acked_hlc = hlc > peer.acked_hlc ? hlc : peer.acked_hlc;
    } else if (neutralized > 0) {
      set.acked_local_seq = -1;
      set.acked_hlc = '';
    }
    await trx.updateTable('sync_peers').set(set).where('office_id', '=', dinsosId).execute();
    await putMeta(trx, RESEED_META_KEY, JSON.stringify({ ...record, nextSequence, acknowledged: !unsent }));
    return { nextSequence, acknowledged: !unsent, neutralized };
  });
}

/**
 * The own `offices` row must publish the keys on disk, or this office's bundles would name a fingerprint its
 * signature does not match. Dinsos's row carries the new keys once it accepted the new enrollment; should
 * the re-seed still have brought other keys, they are written again here (a real edit that travels).
 */
export async function ensureOwnKeysPublished(deps: CoreDeps, own: OwnIdentity): Promise<boolean> {
  const row = await deps.db
    .selectFrom('offices')
    .selectAll()
    .where('id', '=', own.officeId)
    .executeTakeFirst();
  const k = own.keys;
  const fingerprint = fingerprintOf(k.sign.publicKey, k.box.publicKey);
  if (row && row.fingerprint === fingerprint && row.sign_public_key === k.sign.publicKey) return false;
  await deps.db.transaction().execute(async (trx) => {
    await createWriter(trx, own.officeId, deps.now).update('offices', own.officeId, {
      sign_public_key: k.sign.publicKey,
      box_public_key: k.box.publicKey,
      fingerprint,
    });
  });
  return true;
}
