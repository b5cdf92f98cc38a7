// Author batches held to send on (relayed unchanged, or this office's own), and their hop and end-to-end acknowledgements.
import type BetterSqlite3 from 'better-sqlite3-multiple-ciphers';
import type { DbOrTrx } from '../../db/database.ts';
import type { HeldBatchesTable } from '../../db/tables/sync-ledger.ts';
import type { BatchHead, BundleBatch } from '../bundle/batch-line.ts';
import type { ChangeRecord } from '../bundle/change-record.ts';
import { canonicalJson } from '../canonical-json.ts';
import type { OfficeTree } from '../tree.ts';

const PAGE = 500;

/**
 * Where a batch for `audience` goes on from office `me`: down to a desa directly below, up to `upstream` (my
 * kecamatan or Dinsos; null at Dinsos), or nowhere when it is for me.
 */
export function nextHopOf(
  tree: OfficeTree,
  me: string,
  audience: string,
  upstream: string | null,
): string | null {
  if (audience === me) return null;
  if (tree.upstreamOf(audience) === me) return audience;
  return upstream;
}

/** The office this one sends up to: its kecamatan when the tree places it there, else its Dinsos (null at Dinsos). */
export async function upstreamOf(db: DbOrTrx, tree: OfficeTree, me: string): Promise<string | null> {
  const placed = tree.upstreamOf(me);
  if (placed) return placed;
  const dinsos = await db
    .selectFrom('trusted_keys')
    .select('office_id')
    .where('office_type', '=', 'dinsos')
    .where('status', '=', 'active')
    .executeTakeFirst();
  return dinsos && dinsos.office_id !== me ? dinsos.office_id : null;
}

/**
 * Deletes the held records of `author` for `audience` with freed pages zeroed (`secure_delete` ON for the
 * statement): whole pages of relayed records go at once, and a resident's values left in free pages could not be
 * reached by a later erasure (docs/data-protection.md).
 */
export function deleteHeldRecords(sqlite: BetterSqlite3.Database, author: string, audience: string): void {
  const before = Number(sqlite.pragma('secure_delete', { simple: true }));
  sqlite.pragma('secure_delete = ON');
  try {
    sqlite
      .prepare('delete from held_batch_records where author_office_id = ? and audience_office_id = ?')
      .run(author, audience);
  } finally {
    if (before !== 1) sqlite.pragma(`secure_delete = ${before === 2 ? 'FAST' : 'OFF'}`);
  }
}

/** Removes the held batch of `author` for `audience`, head and records (inside the caller's transaction). */
export function dropHeldBatch(sqlite: BetterSqlite3.Database, author: string, audience: string): void {
  deleteHeldRecords(sqlite, author, audience);
  sqlite
    .prepare('delete from held_batches where author_office_id = ? and audience_office_id = ?')
    .run(author, audience);
}

/**
 * Empties the held batch of `author` for `audience` and returns the sink for its new records, in order (ordinal
 * from 0); `putHead` then records its head. Synchronous statements: they run inside the caller's transaction.
 */
export function heldRecordSink(
  sqlite: BetterSqlite3.Database,
  author: string,
  audience: string,
): (r: ChangeRecord) => void {
  deleteHeldRecords(sqlite, author, audience);
  const insert = sqlite.prepare(
    'insert into held_batch_records (author_office_id, audience_office_id, ordinal, record) values (?, ?, ?, ?)',
  );
  let ordinal = 0;
  return (r) => void insert.run(author, audience, ordinal++, JSON.stringify(r));
}

/** The held batch's head and signature, for `nextHop`, in place of any older one (not yet sent). */
export function putHeldHead(
  sqlite: BetterSqlite3.Database,
  h: BatchHead,
  signature: string,
  nextHop: string,
  at: string,
): void {
  sqlite
    .prepare(
      `insert into held_batches (author_office_id, audience_office_id, sequence, next_hop_office_id, head, signature,
         held_at, sent_out_seq) values (?, ?, ?, ?, ?, ?, ?, null)
       on conflict (author_office_id, audience_office_id) do update set sequence = excluded.sequence,
         next_hop_office_id = excluded.next_hop_office_id, head = excluded.head, signature = excluded.signature,
         held_at = excluded.held_at, sent_out_seq = null`,
    )
    .run(h.author.officeId, h.audience, h.sequence, nextHop, canonicalJson(h), signature, at);
}

/**
 * Starts holding a received batch for `nextHop` in place of any older batch of the same author for the same
 * audience (batches are cumulative); returns the sink for its records. Runs inside the receiving savepoint: a
 * batch whose records turn out altered is never held.
 */
export function holdBatch(
  sqlite: BetterSqlite3.Database,
  h: BatchHead,
  signature: string,
  nextHop: string,
  at: string,
): (r: ChangeRecord) => void {
  putHeldHead(sqlite, h, signature, nextHop, at);
  return heldRecordSink(sqlite, h.author.officeId, h.audience);
}

/** Lets go of held batches of `author` for `audience` up to `sequence` (acknowledged end to end, or superseded). */
async function dropHeld(
  db: DbOrTrx,
  sqlite: BetterSqlite3.Database,
  author: string,
  audience: string,
  sequence: number,
): Promise<void> {
  const gone = await db
    .deleteFrom('held_batches')
    .where('author_office_id', '=', author)
    .where('audience_office_id', '=', audience)
    .where('sequence', '<=', sequence)
    .returning('author_office_id')
    .execute();
  if (gone.length > 0) deleteHeldRecords(sqlite, author, audience);
}

/**
 * A verified batch's acknowledgements (its author applied every batch of `officeId` addressed to it up to
 * `sequence`): our own batches to the author are acknowledged end to end, and copies held on the route let go.
 */
export async function noteEndToEndAcks(
  db: DbOrTrx,
  sqlite: BetterSqlite3.Database,
  me: string,
  h: BatchHead,
  at: string,
): Promise<void> {
  for (const ack of h.acks) {
    if (ack.officeId === me) {
      await db
        .updateTable('batches_out')
        .set({ acked_at: at })
        .where('audience_office_id', '=', h.author.officeId)
        .where('sequence', '<=', ack.sequence)
        .where('acked_at', 'is', null)
        .execute();
    }
    await dropHeld(db, sqlite, ack.officeId, h.author.officeId, ack.sequence);
  }
}

/**
 * The next hop acknowledged our bundles up to `sequence` (a hop acknowledgement): the held batches those bundles
 * carried are there, applied or quarantined, and need not travel again.
 */
export async function releaseDelivered(
  db: DbOrTrx,
  sqlite: BetterSqlite3.Database,
  nextHop: string,
  sequence: number,
): Promise<void> {
  const delivered = await db
    .selectFrom('held_batches')
    .select(['author_office_id', 'audience_office_id', 'sequence'])
    .where('next_hop_office_id', '=', nextHop)
    .where('sent_out_seq', '<=', sequence)
    .execute();
  for (const d of delivered) await dropHeld(db, sqlite, d.author_office_id, d.audience_office_id, d.sequence);
}

/** The batches held for `nextHop`: relayed ones first (so a row written at two levels finds its proof applied), then ours. */
export async function heldFor(db: DbOrTrx, me: string, nextHop: string): Promise<HeldBatchesTable[]> {
  // Our own batch for an office also goes straight to it (a desa with a connection sending to Dinsos directly).
  const rows = await db
    .selectFrom('held_batches')
    .selectAll()
    .where((eb) =>
      eb.or([
        eb('next_hop_office_id', '=', nextHop),
        eb.and([eb('author_office_id', '=', me), eb('audience_office_id', '=', nextHop)]),
      ]),
    )
    .orderBy('author_office_id')
    .orderBy('audience_office_id')
    .execute();
  return [...rows.filter((r) => r.author_office_id !== me), ...rows.filter((r) => r.author_office_id === me)];
}

function* heldRecords(sqlite: BetterSqlite3.Database, row: HeldBatchesTable): Generator<ChangeRecord> {
  const page = sqlite.prepare(
    `select ordinal, record from held_batch_records where author_office_id = ? and audience_office_id = ?
       and ordinal > ? order by ordinal limit ${PAGE}`,
  );
  let after = -1;
  for (;;) {
    const rows = page.all(row.author_office_id, row.audience_office_id, after) as {
      ordinal: number;
      record: string;
    }[];
    for (const r of rows) yield JSON.parse(r.record) as ChangeRecord;
    const last = rows.at(-1);
    if (!last || rows.length < PAGE) return;
    after = last.ordinal;
  }
}

/** A held batch as the bundle writer takes it: head and signature as the author wrote them, records paged. */
export const asBundleBatch = (
  sqlite: BetterSqlite3.Database,
  row: HeldBatchesTable,
): BundleBatch & { records: Generator<ChangeRecord> } => ({
  head: JSON.parse(row.head) as BatchHead,
  signature: row.signature,
  records: heldRecords(sqlite, row),
});

/** Notes the bundle to `nextHop` that carried these held batches (its acknowledgement lets them go). */
export async function markSent(
  db: DbOrTrx,
  nextHop: string,
  rows: readonly HeldBatchesTable[],
  bundleSeq: number,
): Promise<void> {
  for (const r of rows) {
    await db
      .updateTable('held_batches')
      .set({ sent_out_seq: bundleSeq })
      .where('author_office_id', '=', r.author_office_id)
      .where('audience_office_id', '=', r.audience_office_id)
      .where('next_hop_office_id', '=', nextHop)
      .execute();
  }
}
