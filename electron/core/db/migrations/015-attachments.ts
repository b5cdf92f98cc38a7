// Migration 15: attachments — references to encrypted, content-addressed files in lampiran/ (local in this slice).
import { sql, type Kysely } from 'kysely';

/*
 * `attachments`: one row per file attached to a record; the bytes live outside the register under their content
 * hash (attachments/blob-store.ts), never in a row. Shaped to become a synced table in the sync slice (id,
 * origin, timestamps, tombstone); local for now, so it is not in digest/synced-tables.ts.
 * `attachment_store_key`: the random data key the files are encrypted with. It lives inside the encrypted
 * register, so it has the register's protection, travels with every backup and is re-wrapped by a register key
 * rotation (PRAGMA rekey re-encrypts the page that holds it) without touching a single file.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create table attachments (
    id text primary key,
    origin_office_id text not null,
    owner_type text not null check (owner_type in ('person', 'household', 'case', 'referral')),
    owner_id text not null,
    kind text not null,
    note text not null default '',
    legal_basis text not null,
    content_hash text not null check (length(content_hash) = 64),
    mime text not null check (mime in ('image/jpeg', 'image/webp', 'application/pdf')),
    size integer not null check (size > 0),
    original_size integer not null,
    width integer,
    height integer,
    added_by text not null,
    added_at text not null,
    removed_at text,
    removed_by text,
    removed_reason text,
    check ((removed_at is null) = (removed_reason is null))
  ) strict`.execute(db);
  await sql`create index attachments_owner on attachments (owner_type, owner_id)`.execute(db);
  await sql`create index attachments_hash on attachments (content_hash)`.execute(db);
  await sql`create table attachment_store_key (
    id integer primary key check (id = 1),
    data_key text not null check (length(data_key) = 64),
    created_at text not null
  ) strict`.execute(db);
}
