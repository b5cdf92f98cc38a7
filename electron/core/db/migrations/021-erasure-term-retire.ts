// Migration 21: which peers have confirmed an erasure, and which erasures' term hashes are gone (local), to retire the hashes.
import { sql, type Kysely } from 'kysely';

/*
 * `erasure_term_acks`: per erasure whose term hashes this holder keeps, each peer that has confirmed it: a bundle
 * of that peer carrying records acknowledged a bundle of ours written after we applied the erasure
 * (erasure/term-retire.ts). When every peer that may hold the resident has, the hashes are deleted.
 * `erasure_terms_retired`: the erasures whose hashes were deleted that way, so a restore of an older backup does
 * not bring them back (backup/erasure-carry.ts). Both local, never synced.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create table erasure_term_acks (
    erasure_id text not null,
    peer_office_id text not null,
    acked_at text not null,
    primary key (erasure_id, peer_office_id)
  ) strict`.execute(db);
  await sql`create table erasure_terms_retired (
    erasure_id text primary key,
    retired_at text not null
  ) strict`.execute(db);
}
