// PostgreSQL counterparts of SQLite migrations from 24 on: the same tables, columns and indexes (text collate "C", bigint).
import { sql, type Kysely } from 'kysely';

/** 024-usulan-calendars: one DTSEN calendar row per office (synced, owned by itself; Dinsos's is read). */
export async function usulanCalendars(db: Kysely<unknown>): Promise<void> {
  await sql`create table usulan_calendars (
    id text collate "C" primary key,
    origin_office_id text collate "C" not null,
    musdes_first_day bigint not null check (musdes_first_day between 1 and 28),
    musdes_last_day bigint not null check (musdes_last_day between 1 and 28),
    cutoff_day bigint not null check (cutoff_day between 1 and 28),
    created_at text collate "C" not null,
    updated_at text collate "C" not null,
    deleted bigint not null default 0,
    clocks text collate "C" not null,
    hlc text collate "C" not null,
    local_seq bigint not null default 0
  )`.execute(db);
  await sql`create index usulan_calendars_local_seq on usulan_calendars (local_seq)`.execute(db);
}

/** 025-usulan-evidence-asked: the evidence a Dinsos return asks for (JSON array, null elsewhere). */
export async function usulanEvidenceAsked(db: Kysely<unknown>): Promise<void> {
  await sql`alter table usulan_steps add column evidence_asked text collate "C"`.execute(db);
}

/** 027-usulan-household-condition: the household condition on a proposal (JSON object, null when none). */
export async function usulanHouseholdCondition(db: Kysely<unknown>): Promise<void> {
  await sql`alter table usulan add column household_condition text collate "C"`.execute(db);
}
