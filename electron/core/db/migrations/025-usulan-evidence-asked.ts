// Migration 25: a Dinsos return (`dikembalikan`) names the evidence it asks the office for (usulan_steps.evidence_asked).
import { sql, type Kysely } from 'kysely';

/*
 * `evidence_asked`: a JSON array of evidence codes (shared/reference/usulan.ts) the step asks for, on a
 * `dikembalikan` step only; null on every other step and on steps written before this migration. Synced with the
 * step (docs/usulan.md, "States and who takes each step").
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table usulan_steps add column evidence_asked text`.execute(db);
}
