// Migration 18: the office tree, the once-only watermark of author batches, and who wrote a quarantined record (issue 15).
import { sql, type Kysely } from 'kysely';

/*
 * `office_tree`: each office whose upstream is not Dinsos, with that upstream (a desa under its kecamatan), as
 * the newest network file says; an office not listed is directly under Dinsos (docs/network-tree.md). Local:
 * replaced whole at every network-file import, never synced.
 * `batch_watermarks`: per (author, audience), the newest author batch sequence applied here; a batch at or
 * below it is skipped whole (the same batch arriving by two routes is applied once). Local, never synced.
 * `sync_quarantine.author_office_id`: the author of a relayed batch's record (null: the bundle's sender), so a
 * retry judges it as its author's, never as the relaying office's; `verified` = 0 when its batch failed the
 * author's signature or route: such a record is never retried.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create table office_tree (
    office_id text primary key,
    upstream_office_id text not null
  )`.execute(db);
  await sql`create table batch_watermarks (
    author_office_id text not null,
    audience_office_id text not null,
    applied_seq integer not null,
    applied_at text not null,
    primary key (author_office_id, audience_office_id)
  )`.execute(db);
  await sql`alter table sync_quarantine add column author_office_id text`.execute(db);
  await sql`alter table sync_quarantine add column verified integer not null default 1`.execute(db);
}
