// Migration 19: an erased resident's NIK, name and address kept only as keyed hashes (local), to scrub free text arriving later.
import { sql, type Kysely } from 'kysely';

/*
 * `erasure_terms`: per erasure, each term (NIK, name, household address) as HMAC-SHA256 of its normal form under
 * `erasure_term_key`, with its class, size (digits or words) and length, so free text arriving after the erasure
 * is compared candidate by candidate without the term in clear (erasure/term-digests.ts). Local: every holder
 * writes its own when it applies the erasure, from its own rows, under its own key.
 * `erasure_term_key`: the random key, created on first use, inside the encrypted register.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create table erasure_terms (
    erasure_id text not null,
    kind text not null check (kind in ('nik', 'name', 'address')),
    cls text not null check (cls in ('nik', 'phrase')),
    size integer not null check (size > 0),
    length integer not null check (length > 0),
    digest text not null check (length(digest) = 64),
    created_at text not null,
    primary key (erasure_id, kind)
  ) strict`.execute(db);
  await sql`create table erasure_term_key (
    id integer primary key check (id = 1),
    term_key text not null check (length(term_key) = 64),
    created_at text not null
  ) strict`.execute(db);
}
