// Migration 8: an index on a case number's sequence part, so "00220" or "2026/00220" finds the case without a scan.
import { sql, type Kysely } from 'kysely';

/*
 * The clerk often has only the last part of a case number in hand (the "00220" written on a slip) or the
 * year and number without the region code. Sequence first: "any year, this number" is an equality on it,
 * and "this year, numbers starting 002" a short range on it with the year read from the same index.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create index cases_seq on cases (case_seq, case_year)`.execute(db);
}
