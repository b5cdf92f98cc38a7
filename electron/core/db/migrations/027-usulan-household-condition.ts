// Migration 27: a DTSEN proposal carries the household condition DTSEN asks for (usulan.household_condition).
import { sql, type Kysely } from 'kysely';

/*
 * `household_condition`: a JSON object (shared/reference/household-condition.ts: floor area, materials, water,
 * lighting and power, cooking fuel, toilet, assets) on `usul baru` and `perbaikan data` proposals; null when none was
 * recorded and on proposals written before this migration. Synced with the proposal (docs/usulan.md).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table usulan add column household_condition text`.execute(db);
}
