// Migration 17: musdes / muskel sessions (and SPTJM statements) as synced records; decision steps name their session (issue 16).
import { sql, type Kysely } from 'kysely';

/*
 * `musdes_sessions`: one musyawarah desa or kelurahan, or the SPTJM a desa signs when it holds none, owned by
 * the office that recorded it (origin). Its decisions stay `usulan_steps` (disetujui / ditolak musdes), which
 * now name the session in `session_id`; the step keeps its copy of the session's date, place, chair and
 * participants so a step read alone still says where it was decided.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create table musdes_sessions (
    id text primary key,
    origin_office_id text not null,
    kind text not null,
    desa_code text not null,
    held_on text not null,
    place text,
    chair text not null,
    participants integer,
    recorded_by_name text not null,
    recorded_by_role text not null,
    created_at text not null,
    updated_at text not null,
    deleted integer not null default 0,
    clocks text not null,
    hlc text not null,
    local_seq integer not null default 0
  )`.execute(db);
  await sql`create index musdes_sessions_hlc on musdes_sessions (hlc)`.execute(db);
  await sql`create index musdes_sessions_origin on musdes_sessions (origin_office_id)`.execute(db);
  await sql`create index musdes_sessions_local_seq on musdes_sessions (local_seq)`.execute(db);
  await sql`create index musdes_sessions_desa on musdes_sessions (desa_code, held_on)`.execute(db);
  await sql`alter table usulan_steps add column session_id text`.execute(db);
  await sql`create index usulan_steps_session on usulan_steps (session_id)`.execute(db);
}
