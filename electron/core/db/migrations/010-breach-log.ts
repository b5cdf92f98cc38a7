// Migration 010: the local log of what each export, bundle and backup carried, recorded breaches, and persons.legal_basis.
import { sql, type Kysely } from 'kysely';

/*
 * export_log and export_log_persons are local (never synced): this register's own knowledge of which files it
 * wrote and whose personal data each one held, so a lost stick or a leaked file can be listed in minutes
 * (UU 27/2022 Pasal 46). breach_incidents are the breaches an admin recorded; the 3 × 24-hour deadline counts
 * from recorded_at. persons.legal_basis is synced: the basis for processing the resident's specific data.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('export_log')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('at', 'integer', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('file_name', 'text', (c) => c.notNull())
    .addColumn('sha256', 'text')
    .addColumn('bundle_ref', 'text')
    .addColumn('scope', 'text', (c) => c.notNull())
    .addColumn('person_count', 'integer', (c) => c.notNull())
    .addColumn('username', 'text')
    .addColumn('detail', 'text')
    .execute();
  await db.schema.createIndex('export_log_at').on('export_log').column('at').execute();
  await db.schema.createIndex('export_log_sha256').on('export_log').column('sha256').execute();
  await db.schema
    .createTable('export_log_persons')
    .addColumn('export_id', 'text', (c) => c.notNull())
    .addColumn('person_id', 'text', (c) => c.notNull())
    .addColumn('categories', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('export_log_persons_pk', ['export_id', 'person_id'])
    .execute();
  await db.schema
    .createIndex('export_log_persons_person')
    .on('export_log_persons')
    .column('person_id')
    .execute();
  await db.schema
    .createTable('breach_incidents')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('recorded_at', 'integer', (c) => c.notNull())
    .addColumn('recorded_by', 'text', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('source_label', 'text', (c) => c.notNull())
    .addColumn('occurred_on', 'text')
    .addColumn('how', 'text', (c) => c.notNull())
    .addColumn('steps', 'text', (c) => c.notNull())
    .addColumn('person_count', 'integer', (c) => c.notNull())
    .execute();
  await sql`alter table persons add column legal_basis text`.execute(db);
}
