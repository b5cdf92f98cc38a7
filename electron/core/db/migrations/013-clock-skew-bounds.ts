// Migration 13: the upper bound of a sender's clock offset, known once one of our bundles made the round trip.
import { sql, type Kysely } from 'kysely';

/*
 * `clock_skew_ms` stays what it was (the sender's clock at export minus ours at import: a lower bound of the
 * offset, and what recovers the bundle's creation time on the sender's clock). `clock_skew_max_ms` is the
 * sender's clock when it applied a bundle of ours minus ours when we wrote it (an upper bound); null when the
 * bundle acknowledged nothing of ours with a time (shared/time/clock-skew.ts).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table bundles_in add column clock_skew_max_ms integer`.execute(db);
}
