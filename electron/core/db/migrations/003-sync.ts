// Migration 3: the sync ledger (local): trusted offices, per-peer watermarks, bundles in and out,
// conflicts, quarantine, and a local change sequence on every synced row for "what is not yet acknowledged".
import { sql, type Kysely } from 'kysely';

const SYNCED = [
  'offices',
  'households',
  'household_kk_history',
  'persons',
  'cases',
  'case_events',
  'referrals',
  'follow_ups',
  'ppks_assignments',
  'program_memberships',
];

export async function up(db: Kysely<unknown>): Promise<void> {
  // A local, strictly increasing change counter: every insert, edit or merge sets the row's local_seq to the
  // next value (meta 'local_seq'). Exports send rows above the peer's acknowledged watermark, whatever the
  // clocks on the PCs say.
  for (const t of SYNCED) {
    await sql.raw(`alter table ${t} add column local_seq integer not null default 0`).execute(db);
    await sql.raw(`create index ${t}_local_seq on ${t} (local_seq)`).execute(db);
  }

  // Offices this installation trusts: for a kecamatan/desa office, its Dinsos and the offices in the network
  // file; for Dinsos, every office it enrolled. Revoked keys stay listed so their bundles can be refused.
  await db.schema
    .createTable('trusted_keys')
    .addColumn('fingerprint', 'text', (c) => c.primaryKey())
    .addColumn('office_id', 'text', (c) => c.notNull())
    .addColumn('office_type', 'text', (c) => c.notNull())
    .addColumn('region_code', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('sign_public_key', 'text', (c) => c.notNull())
    .addColumn('box_public_key', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('active','revoked')`))
    .addColumn('enrolled_at', 'text', (c) => c.notNull())
    .addColumn('revoked_at', 'text')
    .execute();
  await db.schema.createIndex('trusted_keys_office').on('trusted_keys').column('office_id').execute();

  // One row per office we exchange bundles with.
  await db.schema
    .createTable('sync_peers')
    .addColumn('office_id', 'text', (c) => c.primaryKey())
    .addColumn('next_out_seq', 'integer', (c) => c.notNull().defaultTo(1))
    /** local_seq high-water mark the peer has acknowledged applying (-1: nothing yet, so rows at 0 go too). */
    .addColumn('acked_local_seq', 'integer', (c) => c.notNull().defaultTo(-1))
    .addColumn('acked_out_seq', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('acked_at', 'text')
    /** Highest bundle sequence from this peer we applied (what our next bundle acknowledges). */
    .addColumn('applied_in_seq', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('last_in_at', 'text')
    .addColumn('last_out_at', 'text')
    .execute();

  await db.schema
    .createTable('bundles_out')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('peer_office_id', 'text', (c) => c.notNull())
    .addColumn('sequence', 'integer', (c) => c.notNull())
    .addColumn('file_name', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('local_seq_max', 'integer', (c) => c.notNull())
    .addColumn('records', 'integer', (c) => c.notNull())
    .addColumn('counts', 'text', (c) => c.notNull())
    .addColumn('bytes', 'integer', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('bundles_out_peer_seq')
    .on('bundles_out')
    .columns(['peer_office_id', 'sequence'])
    .unique()
    .execute();

  await db.schema
    .createTable('bundles_in')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('sender_office_id', 'text')
    .addColumn('sequence', 'integer')
    .addColumn('file_name', 'text', (c) => c.notNull())
    .addColumn('file_sha256', 'text', (c) => c.notNull())
    .addColumn('received_at', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) =>
      c.notNull().check(sql`status in ('applied','already_applied','refused')`),
    )
    .addColumn('reason', 'text')
    .addColumn('records', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('applied', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('conflicts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('quarantined', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('counts', 'text')
    /** Sender's newest stamp minus our wall clock at import: a large value flags a skewed PC clock. */
    .addColumn('clock_skew_ms', 'integer')
    .execute();
  await db.schema
    .createIndex('bundles_in_sender')
    .on('bundles_in')
    .columns(['sender_office_id', 'sequence'])
    .execute();

  await db.schema
    .createTable('sync_conflicts')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('table_name', 'text', (c) => c.notNull())
    .addColumn('row_id', 'text', (c) => c.notNull())
    .addColumn('column_name', 'text', (c) => c.notNull())
    .addColumn('winner_value', 'text')
    .addColumn('winner_stamp', 'text', (c) => c.notNull())
    .addColumn('loser_value', 'text')
    .addColumn('loser_stamp', 'text', (c) => c.notNull())
    .addColumn('detected_at', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('open','kept','overridden')`))
    .addColumn('resolved_by', 'text')
    .addColumn('resolved_at', 'text')
    .execute();
  await db.schema
    .createIndex('sync_conflicts_open')
    .on('sync_conflicts')
    .columns(['status', 'detected_at'])
    .execute();

  await db.schema
    .createTable('sync_quarantine')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('bundle_in_id', 'text', (c) => c.notNull())
    .addColumn('table_name', 'text', (c) => c.notNull())
    .addColumn('row_id', 'text', (c) => c.notNull())
    .addColumn('record', 'text', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('retried_at', 'text')
    .addColumn('resolved', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
}
