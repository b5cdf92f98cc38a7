// Retires an erasure's term hashes once every peer that may hold the resident has confirmed the erasure, both ways.
import type BetterSqlite3 from 'better-sqlite3-multiple-ciphers';
import type { DbOrTrx } from '../db/database.ts';
import { syncedTable } from '../digest/synced-tables.ts';
import type { BundleAck } from '../sync/bundle/payload-lines.ts';
import { recipientsOf, type OwnIdentity } from '../sync/peers.ts';
import { scopeFor } from '../sync/scope.ts';
import { hasTable } from '../db/has-table.ts';

type Sqlite = BetterSqlite3.Database;

/** The acknowledgements a bundle being applied carries, and whether it carries records too. */
export interface ArrivingAcks {
  sender: string;
  acks: readonly BundleAck[];
  carriesRecords: boolean;
  nowIso: string;
}

/**
 * The local change number up to which this bundle's own acknowledgement says the sender holds our changes (0:
 * none). Only an acknowledgement the ledger accepted counts (not one of an earlier installation's numbers).
 */
function coveredBy(sqlite: Sqlite, own: OwnIdentity, a: ArrivingAcks): number {
  const mine = a.acks.find((x) => x.officeId === own.officeId);
  if (!mine) return 0;
  const acked = sqlite
    .prepare('select acked_out_seq from sync_peers where office_id = ?')
    .pluck()
    .get(a.sender) as number | undefined;
  if (acked === undefined || mine.sequence > acked) return 0;
  const seq = sqlite
    .prepare(
      `select local_seq_max from bundles_out where peer_office_id = ? and sequence <= ?
       order by sequence desc limit 1`,
    )
    .pluck()
    .get(a.sender, mine.sequence) as number | undefined;
  return seq ?? 0;
}

/** True when the erasure record travels to `peer` (the peer may hold the resident), by the export's own scope. */
function inScope(sqlite: Sqlite, own: OwnIdentity, erasureId: string, peer: string): boolean {
  const s = scopeFor(syncedTable('erasures'), own.type, peer);
  return (
    sqlite.prepare(`select 1 from erasures where id = ? and ${s.where}`).get(erasureId, ...s.params) !==
    undefined
  );
}

/**
 * Called while a bundle is applied, after its acknowledgements and before its records (sync/import.ts).
 *
 * A peer confirms an erasure when a bundle of it **that carries records** acknowledges a bundle of ours written
 * after we applied the erasure: the peer applied the erasure before writing this bundle, so whatever it sends
 * from now on it scrubbed itself, and our next bundle acknowledges this one, which confirms the erasure to the
 * peer in turn. Once every peer the erasure record travels to has confirmed, the hashes are deleted here, before
 * this bundle's records are merged: a text either holder lets through from then on is let through by the other
 * too, so the copies stay equal. An erasure with no such peer keeps its hashes. Returns the erasures retired.
 */
export async function retireConfirmedTerms(
  db: DbOrTrx,
  sqlite: Sqlite,
  own: OwnIdentity,
  a: ArrivingAcks,
): Promise<string[]> {
  if (!a.carriesRecords || !hasTable(sqlite, 'erasure_term_acks')) return [];
  const covered = coveredBy(sqlite, own, a);
  if (covered === 0) return [];
  const pending = sqlite
    .prepare(
      `select id from erasures where local_seq <= ?
         and id in (select erasure_id from erasure_terms)`,
    )
    .pluck()
    .all(covered) as string[];
  const confirmed = pending.filter((id) => inScope(sqlite, own, id, a.sender));
  if (confirmed.length === 0) return [];
  const note = sqlite.prepare(
    'insert or ignore into erasure_term_acks (erasure_id, peer_office_id, acked_at) values (?, ?, ?)',
  );
  for (const id of confirmed) note.run(id, a.sender, a.nowIso);
  const peers = (await recipientsOf(db, own)).map((r) => r.office_id);
  const ackedBy = sqlite.prepare(
    'select 1 from erasure_term_acks where erasure_id = ? and peer_office_id = ?',
  );
  const retired = confirmed.filter((id) => {
    const holders = peers.filter((p) => inScope(sqlite, own, id, p));
    return holders.length > 0 && holders.every((p) => ackedBy.get(id, p) !== undefined);
  });
  for (const id of retired) retireTerms(sqlite, id, a.nowIso);
  return retired;
}

/** Deletes an erasure's hashes and remembers that they were retired (a restore must not bring them back). */
export function retireTerms(sqlite: Sqlite, erasureId: string, nowIso: string): void {
  sqlite.prepare('delete from erasure_terms where erasure_id = ?').run(erasureId);
  sqlite.prepare('delete from erasure_term_acks where erasure_id = ?').run(erasureId);
  sqlite
    .prepare('insert or ignore into erasure_terms_retired (erasure_id, retired_at) values (?, ?)')
    .run(erasureId, nowIso);
}
