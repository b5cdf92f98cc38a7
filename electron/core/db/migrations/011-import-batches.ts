// Migration 11: spreadsheet import batches (who, when, file, hash, template, counts), the records each touched (for undo), and saved mappings.
import { sql, type Kysely } from 'kysely';

/*
 * All three tables are local to the office's PC and never synced: the records an import wrote sync as
 * ordinary register rows through the synced writer. `import_batch_items` keeps, per record, what undo
 * needs: whether the batch created or updated it, the column values before an update, and the row's
 * HLC right after the batch wrote it (a different HLC at undo time means someone changed it since).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create table import_batches (
    id text primary key,
    at text not null,
    user_id text,
    username text not null,
    kind text not null,
    file_name text not null,
    file_sha256 text not null,
    template text,
    counts text not null,
    undone_at text,
    undo_report text
  ) strict`.execute(db);
  await sql`create index import_batches_hash on import_batches (file_sha256)`.execute(db);
  await sql`create table import_batch_items (
    batch_id text not null references import_batches (id),
    seq integer not null,
    entity_table text not null,
    entity_id text not null,
    action text not null check (action in ('create', 'update')),
    before_values text,
    hlc_after text not null,
    primary key (batch_id, seq)
  ) strict`.execute(db);
  await sql`create table import_templates (
    name text primary key,
    kind text not null,
    mapping text not null,
    updated_at text not null
  ) strict`.execute(db);
}
