// Migration 9: erasure of a resident (UU 27/2022) — the synced `erasures` record, and a name index that forgets.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  // One row per erased resident; it travels like any synced record and every holder scrubs the same fields.
  await db.schema
    .createTable('erasures')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('origin_office_id', 'text', (c) => c.notNull())
    .addColumn('person_id', 'text', (c) => c.notNull())
    /** The resident's household and what of it goes: 'all' (no other member), 'head' (its head's name), 'none'. */
    .addColumn('household_id', 'text')
    .addColumn('household_part', 'text', (c) => c.notNull().defaultTo('none'))
    .addColumn('erased_at', 'text', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('deleted', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('clocks', 'text', (c) => c.notNull())
    .addColumn('hlc', 'text', (c) => c.notNull())
    .addColumn('local_seq', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema.createIndex('erasures_hlc').on('erasures').column('hlc').execute();
  await db.schema.createIndex('erasures_origin').on('erasures').column('origin_office_id').execute();
  await db.schema.createIndex('erasures_local_seq').on('erasures').column('local_seq').execute();
  await db.schema.createIndex('erasures_person').on('erasures').column('person_id').execute();
  await db.schema.createIndex('erasures_household').on('erasures').column('household_id').execute();
  // Scrubbing cases and their children looks them up by reporter too.
  await db.schema.createIndex('cases_reporter').on('cases').column('reporter_id').execute();
  // FTS5 secure-delete: a removed name's trigrams leave the index at once instead of waiting for a merge.
  await sql`insert into persons_fts(persons_fts, rank) values ('secure-delete', 1)`.execute(db);
}
