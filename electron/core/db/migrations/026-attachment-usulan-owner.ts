// Migration 26: attachments may belong to a DTSEN proposal (owner_type 'usulan'): the table rebuilt to widen its CHECK.
import { sql, type Kysely } from 'kysely';

/*
 * SQLite cannot alter a CHECK constraint, so the table is rebuilt the documented way (sqlite.org/lang_altertable.html,
 * "Making Other Kinds Of Table Schema Changes"): a new table with the same columns in the same order (015's, then
 * 020's sync columns), the same constraints but the owner check, every row copied as it is, the old table dropped,
 * the new one renamed, its indexes and triggers recreated from the statements the catalog held. No foreign key
 * refers to `attachments` and it declares none, so the register's `foreign_keys = ON` does not get in the way; no
 * view or trigger refers to it (checked: a future one would make this migration fail loudly rather than break).
 * Runs inside the runner's transaction, so a failure leaves the old table and version.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const dependants = await sql<{ type: string; name: string; sql: string | null }>`
    select type, name, sql from sqlite_master
    where tbl_name = 'attachments' and type in ('index', 'trigger') and sql is not null
    order by type, name`.execute(db);
  const views = await sql<{ name: string }>`
    select name from sqlite_master where type = 'view' and sql like '%attachments%'`.execute(db);
  if (views.rows.length > 0) {
    throw new Error(`Migration 26: views refer to attachments (${views.rows.map((v) => v.name).join(', ')})`);
  }
  await sql`create table attachments_026 (
    id text primary key,
    origin_office_id text not null,
    owner_type text not null check (owner_type in ('person', 'household', 'case', 'referral', 'usulan')),
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
    created_at text not null default '',
    updated_at text not null default '',
    deleted integer not null default 0,
    clocks text not null default '',
    hlc text not null default '',
    local_seq integer not null default 0,
    check ((removed_at is null) = (removed_reason is null))
  ) strict`.execute(db);
  const columns = sql.raw(
    [
      'id, origin_office_id, owner_type, owner_id, kind, note, legal_basis, content_hash, mime, size',
      'original_size, width, height, added_by, added_at, removed_at, removed_by, removed_reason',
      'created_at, updated_at, deleted, clocks, hlc, local_seq',
    ].join(', '),
  );
  await sql`insert into attachments_026 (${columns}) select ${columns} from attachments`.execute(db);
  await sql`drop table attachments`.execute(db);
  await sql`alter table attachments_026 rename to attachments`.execute(db);
  for (const d of dependants.rows) {
    if (d.sql) await sql.raw(d.sql).execute(db);
  }
}
