// Retires an erasure's term hashes once every peer that may hold the resident has confirmed the erasure, both ways.
import type BetterSqlite3 from 'better-sqlite3-multiple-ciphers';
import type { DbOrTrx } from '../db/database.ts';
import { syncedTable } from '../digest/synced-tables.ts';
import type { BundleAck } from '../sync/bundle/payload-lines.ts';
import { loadOfficeTree } from '../sync/office-tree.ts';
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
 *
 * Offices below our direct peers in the tree (a desa Puskesos under its kecamatan, seen from Dinsos) hold the
 * resident too, but their bundles reach us only inside a relaying office's, which confirms for itself alone: a
 * desa's batch written before it learned of the erasure may still be on its way through the kecamatan. Such an
 * office confirms end to end instead, when its own signed batch acknowledged our batch that carried the erasure
 * (`batches_out.acked_at`, docs/network-tree.md section 4): its later batches it scrubbed itself, and an older one
 * is never applied after a newer (the watermark). That acknowledgement is applied with the relaying bundle's
 * records, so it counts from the relaying office's next bundle with records.
 */
export async function retireConfirmedTerms(
  db: DbOrTrx,
  sqlite: Sqlite,
  own: OwnIdentity,
  a: ArrivingAcks,
): Promise<string[]> {
  if (!a.carriesRecords || !hasTable(sqlite, 'erasure_term_acks')) return [];
  const peers = (await recipientsOf(db, own)).map((r) => r.office_id);
  const tree = await loadOfficeTree(db);
  const direct = new Set(peers);
  const relayed = peers.flatMap((p) => tree.below(p)).filter((d) => d !== own.officeId && !direct.has(d));
  const viaSender = relayed.filter((d) => tree.upstreamOf(d) === a.sender);
  const withTerms = sqlite
    .prepare('select id, local_seq from erasures where id in (select erasure_id from erasure_terms)')
    .all() as { id: string; local_seq: number }[];
  if (withTerms.length === 0) return [];
  const covered = coveredBy(sqlite, own, a);
  const confirmed = withTerms
    .filter((e) => e.local_seq <= covered && inScope(sqlite, own, e.id, a.sender))
    .map((e) => e.id);
  const note = sqlite.prepare(
    'insert or ignore into erasure_term_acks (erasure_id, peer_office_id, acked_at) values (?, ?, ?)',
  );
  for (const id of confirmed) note.run(id, a.sender, a.nowIso);
  // Also an erasure held by an office below the sender, which may have confirmed end to end meanwhile.
  const candidates = new Set([
    ...confirmed,
    ...withTerms.filter((e) => viaSender.some((d) => inScope(sqlite, own, e.id, d))).map((e) => e.id),
  ]);
  const ackedBy = sqlite.prepare(
    'select 1 from erasure_term_acks where erasure_id = ? and peer_office_id = ?',
  );
  const endToEnd = sqlite.prepare(
    `select 1 from batches_out where audience_office_id = ? and acked_at is not null
       and local_seq_max >= (select local_seq from erasures where id = ?) limit 1`,
  );
  const retired = [...candidates].filter((id) => {
    const holders = peers.filter((p) => inScope(sqlite, own, id, p));
    const below = relayed.filter((d) => inScope(sqlite, own, id, d));
    return (
      holders.length + below.length > 0 &&
      holders.every((p) => ackedBy.get(id, p) !== undefined) &&
      below.every((d) => ackedBy.get(id, d) !== undefined || endToEnd.get(d, id) !== undefined)
    );
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
