// Migration 6: covering indexes for Beranda's counts, so a Dinsos register answers them from indexes alone.
import { sql, type Kysely } from 'kysely';

/*
 * Measured on the full benchmark register (960,000 residents, 240,000 cases) with the OS page cache dropped,
 * as after a PC restart: open cases by status 1,096 → 27 ms, open fast-track cases 532 → 10 ms, overdue
 * follow-ups 906 → 64 ms, open and overdue referrals 1,025 → 9 ms (docs/performance.md, "App start").
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  // The overdue rule's index, widened so the follow-up side never reads the table (same name, same prefix).
  await sql`drop index follow_ups_due`.execute(db);
  await sql`create index follow_ups_due on follow_ups (done_date, due_date, deleted, case_id, referral_id)`.execute(
    db,
  );
  // Open cases by status and fast track, scanned from the index alone. Status leads: an index led by
  // `deleted` would look selective to SQLite for every `deleted = 0` query (it has no statistics).
  await sql`create index cases_open on cases (status, deleted, fast_track)`.execute(db);
  // A case's tombstone looked up by id without reading the row.
  await sql`create index cases_id_deleted on cases (id, deleted)`.execute(db);
  // Open referrals (TERKIRIM) with their case.
  await sql`create index referrals_open on referrals (status, deleted, case_id, id)`.execute(db);
}
