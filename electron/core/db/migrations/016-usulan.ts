// Migration 16: DTSEN proposals (usulan) and their append-only steps, both synced (issue 16).
import { sql, type Kysely } from 'kysely';

/** The sync bookkeeping every synced table carries (see digest/synced-tables.ts SYNC_META_COLUMNS). */
const SYNC_META = sql`created_at text not null,
    updated_at text not null,
    deleted integer not null default 0,
    clocks text not null,
    hlc text not null,
    local_seq integer not null default 0`;

/*
 * `usulan`: one proposal about a household, owned by the office that made it (origin). Its state is never
 * stored: it is derived from its `usulan_steps`, each owned by the office that wrote it (the desa or
 * kecamatan for its own steps, Dinsos for verification and the national result), ordered by their stamps.
 * So two offices never write the same row, and concurrent steps converge to one state everywhere.
 * The musdes decision's session (date, place, chair, participants) rides on its step until the musdes
 * session becomes a record of its own.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create table usulan (
    id text primary key,
    origin_office_id text not null,
    household_id text not null,
    case_id text,
    person_ids text not null default '[]',
    kind text not null,
    reason text not null,
    evidence text not null default '[]',
    desa_code text not null,
    proposer_name text not null,
    proposer_role text not null,
    proposed_at text not null,
    ${SYNC_META}
  )`.execute(db);
  await sql`create table usulan_steps (
    id text primary key,
    origin_office_id text not null,
    usulan_id text not null,
    step text not null,
    reason text,
    desil integer,
    effective_date text,
    session_date text,
    session_place text,
    session_chair text,
    session_participants integer,
    actor_name text not null,
    actor_role text not null,
    at text not null,
    ${SYNC_META}
  )`.execute(db);
  for (const t of ['usulan', 'usulan_steps']) {
    await sql.raw(`create index ${t}_hlc on ${t} (hlc)`).execute(db);
    await sql.raw(`create index ${t}_origin on ${t} (origin_office_id)`).execute(db);
    await sql.raw(`create index ${t}_local_seq on ${t} (local_seq)`).execute(db);
  }
  await sql`create index usulan_household on usulan (household_id)`.execute(db);
  await sql`create index usulan_case on usulan (case_id)`.execute(db);
  await sql`create index usulan_steps_usulan on usulan_steps (usulan_id)`.execute(db);
}
