// Migration 23: author batches held for sending (own and relayed), and this office's own batches with their end-to-end acknowledgements (issue 15).
import { sql, type Kysely } from 'kysely';

/*
 * `held_batches` + `held_batch_records`: the newest author batch per (author, audience) that this office sends
 * on to `next_hop_office_id` — its own (author = this office) or one relayed unchanged (docs/network-tree.md,
 * section 4). Head (canonical JSON) and signature as the author wrote them, the records in order. Kept in the
 * encrypted register (they hold personal data) until the next hop acknowledges a bundle that carried it
 * (`sent_out_seq`); a newer batch of the same author for the same audience replaces it. Local, never synced.
 * `batches_out`: every batch this office wrote, per audience, with the newest local_seq it covers and the
 * acknowledgements it gave; `acked_at` once the audience's own signed batch acknowledged it (end to end).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create table held_batches (
    author_office_id text not null,
    audience_office_id text not null,
    sequence integer not null,
    next_hop_office_id text not null,
    head text not null,
    signature text not null,
    held_at text not null,
    sent_out_seq integer,
    primary key (author_office_id, audience_office_id)
  )`.execute(db);
  await sql`create table held_batch_records (
    author_office_id text not null,
    audience_office_id text not null,
    ordinal integer not null,
    record text not null,
    primary key (author_office_id, audience_office_id, ordinal)
  )`.execute(db);
  await sql`create table batches_out (
    audience_office_id text not null,
    sequence integer not null,
    local_seq_max integer not null,
    records integer not null,
    acks text not null,
    created_at text not null,
    acked_at text,
    primary key (audience_office_id, sequence)
  )`.execute(db);
}
