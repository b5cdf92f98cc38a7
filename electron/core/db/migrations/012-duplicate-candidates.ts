// Migration 12: duplicate candidates at Dinsos — pairs of person records that are probably one resident (local, never synced).
import { sql, type Kysely } from 'kysely';

/*
 * One row per pair, the lower person id first, so a pair has one row whichever record was scanned first.
 * A rescan upserts score, reasons and seen_at and removes the pairs that no longer match while still 'baru';
 * a decided pair ('sama' / 'bukan', with who, when and why) stays, so decisions — a later, synced slice —
 * are never proposed again. Nothing here is personal data beyond the two ids; reasons name no one.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create table duplicate_candidates (
    person_a text not null,
    person_b text not null,
    score real not null,
    reasons text not null,
    status text not null default 'baru' check (status in ('baru', 'sama', 'bukan')),
    found_at text not null,
    seen_at text not null,
    decided_at text,
    decided_by text,
    decision_reason text,
    primary key (person_a, person_b),
    check (person_a < person_b)
  ) strict, without rowid`.execute(db);
  await sql`create index duplicate_candidates_queue on duplicate_candidates (status, score desc)`.execute(db);
  await sql`create index duplicate_candidates_b on duplicate_candidates (person_b)`.execute(db);
}
