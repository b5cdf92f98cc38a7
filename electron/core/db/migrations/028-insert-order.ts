// Migration 28: the insertion order that reads use as a tie-break; SQLite has it already (rowid), PostgreSQL gets a column.
import type { Kysely } from 'kysely';

/*
 * Case events, follow-ups, referrals, musdes decisions (usulan_steps) and import batches are listed oldest first
 * with the order they were written in as the last key (storage/port.ts `insertionOrder`). On SQLite that is the
 * rowid every table has: nothing to do, the version only moves so both stores share one list. The PostgreSQL step
 * (storage/postgres/migrations/steps-028.ts) adds the identity column `insert_order` to those tables.
 */
export async function up(_db: Kysely<unknown>): Promise<void> {
  // Intentionally empty on SQLite (see above).
}
