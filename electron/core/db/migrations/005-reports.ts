// Migration 5: the TKSK activity log, the month's obstacles/recommendations and finalized monthly reports (all synced).
import { sql, type Kysely } from 'kysely';

type Col = [name: string, type: 'text' | 'integer', notNull?: boolean];

/** The same sync metadata every synced table carries (002 + local_seq of 003). */
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
    .addColumn('local_seq', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema.createIndex(`${name}_hlc`).on(name).column('hlc').execute();
  await db.schema.createIndex(`${name}_origin`).on(name).column('origin_office_id').execute();
  await sql.raw(`create index ${name}_local_seq on ${name} (local_seq)`).execute(db);
}

export async function up(db: Kysely<unknown>): Promise<void> {
  // One entry of the TKSK's activity log; the office is the row's origin.
  await syncedTable(db, 'tksk_activities', [
    ['date', 'text', true],
    ['type', 'text', true],
    ['desa_code', 'text'],
    ['target_group', 'text', true],
    ['result', 'text', true],
    ['note', 'text'],
    ['author_name', 'text', true],
    ['author_user', 'text'],
  ]);
  await db.schema
    .createIndex('tksk_activities_office_date')
    .on('tksk_activities')
    .columns(['origin_office_id', 'date'])
    .execute();

  // The month's free text, one per office and month: the id is derived from both (reports/ids.ts), so two
  // PCs that create it concurrently write the same row and merge field by field.
  await syncedTable(db, 'tksk_month_notes', [
    ['office_id', 'text', true],
    ['month', 'text', true],
    ['obstacles', 'text', true],
    ['recommendations', 'text', true],
  ]);
  await db.schema
    .createIndex('tksk_month_notes_office_month')
    .on('tksk_month_notes')
    .columns(['office_id', 'month'])
    .execute();

  // A finalized month: the canonical JSON of the numbers, its hash and the office's Ed25519 signature over
  // the snapshot (reports/snapshot.ts). The id is derived from office, month and version.
  await syncedTable(db, 'monthly_reports', [
    ['office_id', 'text', true],
    ['month', 'text', true],
    ['version', 'integer', true],
    ['finalized_at', 'text', true],
    ['finalized_by_name', 'text', true],
    ['finalized_by_role', 'text', true],
    ['data_json', 'text', true],
    ['data_hash', 'text', true],
    ['signature', 'text', true],
    ['sign_public_key', 'text', true],
  ]);
  await db.schema
    .createIndex('monthly_reports_office_month')
    .on('monthly_reports')
    .columns(['office_id', 'month', 'version'])
    .execute();
}
