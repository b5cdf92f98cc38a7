// Migration 13: per received bundle, the upper bound of the sender's clock offset and the open work it reported.
import { sql, type Kysely } from 'kysely';

/*
 * `clock_skew_ms` stays what it was (the sender's clock at export minus ours at import: a lower bound of the
 * offset, and what recovers the bundle's creation time on the sender's clock). `clock_skew_max_ms` is the
 * sender's clock when it applied a bundle of ours minus ours when we wrote it (an upper bound); null when the
 * bundle acknowledged nothing of ours with a time (shared/time/clock-skew.ts). `reported_conflicts` and
 * `reported_quarantined` are the sender's open conflicts and quarantined records at export (null from older
 * senders): Dinsos shows them per office.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table bundles_in add column clock_skew_max_ms integer`.execute(db);
  await sql`alter table bundles_in add column reported_conflicts integer`.execute(db);
  await sql`alter table bundles_in add column reported_quarantined integer`.execute(db);
}
