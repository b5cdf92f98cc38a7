// Migration 4: what the merge needs to tell a concurrent edit from a knowing one, and what exports acknowledged.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  // Our HLC when a bundle was written: every write of ours stamped at or below it travelled in that bundle
  // (or an earlier one), so a peer that acknowledges the bundle has seen them.
  await sql`alter table bundles_out add column hlc_at_export text not null default ''`.execute(db);
  // The peer's bundle sequence this bundle acknowledged: a new acknowledgement is worth a bundle of its own.
  await sql`alter table bundles_out add column acked_in_seq integer not null default 0`.execute(db);
  // The hlc_at_export of the newest of our bundles the peer has acknowledged.
  await sql`alter table sync_peers add column acked_hlc text not null default ''`.execute(db);
  // Per office: the newest stamp written by that office that reached us in one of its own bundles. Bundles carry
  // every unacknowledged change, so every write of that office stamped at or below it has been applied here.
  await db.schema
    .createTable('sync_seen')
    .addColumn('office_id', 'text', (c) => c.primaryKey())
    .addColumn('max_stamp', 'text', (c) => c.notNull())
    .execute();
}
