// Migration 24: Dinsos's DTSEN calendar (musdes window, upload cut-off), a synced table with one row per office.
import { sql, type Kysely } from 'kysely';

/*
 * `usulan_calendars`: one row per office describing its own monthly calendar (owned by itself, like `offices` and
 * `attachment_policies`); only the Dinsos row is read, by every office that received it (docs/usulan.md, "The
 * monthly calendar"). Days of the month 1–28 (every month has them); that the window runs forward and the cut-off
 * follows it is checked when Dinsos writes and again when read (a row breaking it reads as the default). Without a Dinsos row the calendar is 1–14, cut-off 17 (shared/reference/usulan.ts).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create table usulan_calendars (
    id text primary key,
    origin_office_id text not null,
    musdes_first_day integer not null check (musdes_first_day between 1 and 28),
    musdes_last_day integer not null check (musdes_last_day between 1 and 28),
    cutoff_day integer not null check (cutoff_day between 1 and 28),
    created_at text not null,
    updated_at text not null,
    deleted integer not null default 0,
    clocks text not null,
    hlc text not null,
    local_seq integer not null default 0
  )`.execute(db);
  await sql`create index usulan_calendars_local_seq on usulan_calendars (local_seq)`.execute(db);
}
