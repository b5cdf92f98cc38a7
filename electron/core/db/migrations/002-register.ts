// Migration 2: the case register (households, persons, cases, events, referrals, follow-ups, PPKS,
// programs), sync metadata on every synced table, reference items and name search (FTS5 trigram).
import { sql, type Kysely } from 'kysely';

type Col = [name: string, type: 'text' | 'integer' | 'real', notNull?: boolean];

/** Every synced table: UUIDv7 id, office of origin, tombstone, compact per-field clocks, newest stamp. */
async function syncedTable(db: Kysely<unknown>, name: string, cols: Col[]): Promise<void> {
  let t = db.schema
    .createTable(name)
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('origin_office_id', 'text', (c) => c.notNull());
  for (const [col, type, notNull] of cols) t = t.addColumn(col, type, (c) => (notNull ? c.notNull() : c));
  await t
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('deleted', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('clocks', 'text', (c) => c.notNull())
    .addColumn('hlc', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex(`${name}_hlc`).on(name).column('hlc').execute();
  await db.schema.createIndex(`${name}_origin`).on(name).column('origin_office_id').execute();
}

export async function up(db: Kysely<unknown>): Promise<void> {
  // The offices table predates sync metadata; give it the same columns (existing rows get a base clock at 0).
  await sql`alter table offices add column updated_at text not null default ''`.execute(db);
  await sql`alter table offices add column deleted integer not null default 0`.execute(db);
  await sql`alter table offices add column clocks text not null default '{"b":"0000000000000-0000-","f":{}}'`.execute(
    db,
  );
  await sql`alter table offices add column hlc text not null default '0000000000000-0000-'`.execute(db);
  await sql`update offices set updated_at = created_at`.execute(db);

  await syncedTable(db, 'households', [
    ['no_kk', 'text'],
    ['head_name', 'text'],
    ['desa_code', 'text', true],
    ['address', 'text', true],
    ['rt', 'text'],
    ['rw', 'text'],
    ['dusun', 'text'],
    ['phone', 'text'],
    ['dtsen_id', 'text'],
    ['dtsen_desil', 'integer'],
    ['floor_area_m2', 'real'],
    ['floor_material', 'text'],
    ['wall_material', 'text'],
    ['roof_material', 'text'],
    ['drinking_water', 'text'],
    ['lighting', 'text'],
    ['cooking_fuel', 'text'],
    ['toilet', 'text'],
    ['assets', 'text', true],
    ['notes', 'text'],
  ]);
  await db.schema.createIndex('households_no_kk').on('households').column('no_kk').execute();
  await db.schema.createIndex('households_desa').on('households').column('desa_code').execute();

  await syncedTable(db, 'household_kk_history', [
    ['household_id', 'text', true],
    ['no_kk', 'text', true],
    ['valid_from', 'text', true],
    ['reason', 'text', true],
  ]);
  await db.schema
    .createIndex('household_kk_history_hh')
    .on('household_kk_history')
    .column('household_id')
    .execute();

  await syncedTable(db, 'persons', [
    ['household_id', 'text'],
    ['nik', 'text'],
    ['name', 'text', true],
    ['name_norm', 'text', true],
    ['sex', 'text', true],
    ['birth_place', 'text'],
    ['birth_date', 'text'],
    ['relationship', 'text'],
    ['religion', 'text'],
    ['marital_status', 'text'],
    ['education', 'text'],
    ['occupation', 'text'],
    ['disability_types', 'text', true],
    ['padan_dukcapil', 'text', true],
    ['dtsen_status', 'text', true],
    ['phone', 'text'],
    ['desa_code', 'text', true],
    ['nik_override_reason', 'text'],
    ['notes', 'text'],
  ]);
  await db.schema.createIndex('persons_nik').on('persons').column('nik').execute();
  await db.schema.createIndex('persons_household').on('persons').column('household_id').execute();
  await db.schema
    .createIndex('persons_desa_birth')
    .on('persons')
    .columns(['desa_code', 'birth_date'])
    .execute();
  await db.schema.createIndex('persons_name_norm').on('persons').column('name_norm').execute();

  await syncedTable(db, 'cases', [
    ['case_number', 'text', true],
    ['case_year', 'integer', true],
    ['case_seq', 'integer', true],
    ['kind', 'text', true],
    ['sub_kind', 'text'],
    ['category', 'text', true],
    ['sub_category', 'text'],
    ['channel', 'text', true],
    ['fast_track', 'integer', true],
    ['fast_track_reason', 'text'],
    ['beneficiary_id', 'text', true],
    ['reporter_id', 'text'],
    ['reporter_name', 'text'],
    ['description', 'text', true],
    ['assigned_to', 'text'],
    ['status', 'text', true],
    ['desa_code', 'text', true],
    ['received_at', 'text', true],
    ['closed_at', 'text'],
  ]);
  await db.schema
    .createIndex('cases_number')
    .on('cases')
    .columns(['origin_office_id', 'case_year', 'case_seq'])
    .unique()
    .execute();
  await db.schema.createIndex('cases_case_number').on('cases').column('case_number').execute();
  await db.schema.createIndex('cases_beneficiary').on('cases').column('beneficiary_id').execute();
  await db.schema.createIndex('cases_status').on('cases').columns(['status', 'received_at']).execute();
  await db.schema.createIndex('cases_received').on('cases').column('received_at').execute();

  await syncedTable(db, 'case_events', [
    ['case_id', 'text', true],
    ['at', 'text', true],
    ['type', 'text', true],
    ['from_status', 'text'],
    ['to_status', 'text'],
    ['reason', 'text'],
    ['note', 'text'],
    ['actor_name', 'text', true],
    ['actor_role', 'text', true],
  ]);
  await db.schema.createIndex('case_events_case').on('case_events').columns(['case_id', 'at']).execute();

  await syncedTable(db, 'referrals', [
    ['case_id', 'text', true],
    ['destination', 'text', true],
    ['letter_number', 'text', true],
    ['letter_date', 'text', true],
    ['reason', 'text', true],
    ['status', 'text', true],
    ['outcome', 'text'],
    ['outcome_date', 'text'],
    ['outcome_note', 'text'],
  ]);
  await db.schema.createIndex('referrals_case').on('referrals').column('case_id').execute();
  await db.schema
    .createIndex('referrals_status')
    .on('referrals')
    .columns(['status', 'letter_date'])
    .execute();

  await syncedTable(db, 'follow_ups', [
    ['case_id', 'text', true],
    ['referral_id', 'text'],
    ['due_date', 'text', true],
    ['done_date', 'text'],
    ['note', 'text'],
  ]);
  await db.schema.createIndex('follow_ups_case').on('follow_ups').column('case_id').execute();
  await db.schema.createIndex('follow_ups_due').on('follow_ups').columns(['done_date', 'due_date']).execute();

  await syncedTable(db, 'ppks_assignments', [
    ['person_id', 'text', true],
    ['category', 'text', true],
    ['disability_type', 'text'],
    ['since', 'text', true],
    ['source', 'text', true],
    ['active', 'integer', true],
  ]);
  await db.schema.createIndex('ppks_person').on('ppks_assignments').column('person_id').execute();

  await syncedTable(db, 'program_memberships', [
    ['person_id', 'text', true],
    ['program', 'text', true],
    ['status', 'text', true],
    ['period_start', 'text'],
    ['period_end', 'text'],
    ['source', 'text', true],
  ]);
  await db.schema.createIndex('programs_person').on('program_memberships').column('person_id').execute();

  // Reference lists: seeded from shared/reference (versioned), editable by an admin; local to the office.
  await db.schema
    .createTable('reference_items')
    .addColumn('list', 'text', (c) => c.notNull())
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('label', 'text', (c) => c.notNull())
    .addColumn('data', 'text', (c) => c.notNull())
    .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('sort', 'integer', (c) => c.notNull())
    .addColumn('edited', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('reference_items_pk', ['list', 'code'])
    .execute();

  // Name search: FTS5 trigram over the normalised name (accents folded before indexing), kept in step by triggers.
  await sql`create virtual table persons_fts using fts5(name_norm, content='persons', content_rowid='rowid', tokenize='trigram')`.execute(
    db,
  );
  await sql`create trigger persons_fts_ai after insert on persons begin
    insert into persons_fts(rowid, name_norm) values (new.rowid, new.name_norm); end`.execute(db);
  await sql`create trigger persons_fts_ad after delete on persons begin
    insert into persons_fts(persons_fts, rowid, name_norm) values ('delete', old.rowid, old.name_norm); end`.execute(
    db,
  );
  await sql`create trigger persons_fts_au after update of name_norm on persons begin
    insert into persons_fts(persons_fts, rowid, name_norm) values ('delete', old.rowid, old.name_norm);
    insert into persons_fts(rowid, name_norm) values (new.rowid, new.name_norm); end`.execute(db);
}
