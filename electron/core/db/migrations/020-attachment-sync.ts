// Migration 20: attachments become a synced table; what was sent to whom (local); Dinsos's attachment sync policy (synced).
import { sql, type Kysely } from 'kysely';

/*
 * `attachments` gets the sync columns of every synced table. Rows written before this migration get one base
 * stamp from their own added_at and origin office (so any later edit wins), and one new local_seq, so the next
 * export carries them. `attachment_sent` (local) remembers which file went to which peer in which bundle: a file
 * travels once until the peer acknowledges it or says it still lacks it (docs/attachments.md, "Sync").
 * `attachment_policies`: one row per office describing its own policy (owned by itself, like `offices`); only
 * the Dinsos row is read: the per-bundle budget and the document kinds Dinsos takes as metadata only.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table attachments add column created_at text not null default ''`.execute(db);
  await sql`alter table attachments add column updated_at text not null default ''`.execute(db);
  await sql`alter table attachments add column deleted integer not null default 0`.execute(db);
  await sql`alter table attachments add column clocks text not null default ''`.execute(db);
  await sql`alter table attachments add column hlc text not null default ''`.execute(db);
  await sql`alter table attachments add column local_seq integer not null default 0`.execute(db);
  const seq = await sql<{ value: string }>`select value from meta where key = 'local_seq'`.execute(db);
  const next = Number(seq.rows[0]?.value ?? '0') + 1;
  const count = await sql<{ n: number }>`select count(*) as n from attachments`.execute(db);
  if (Number(count.rows[0]?.n ?? 0) > 0) {
    await sql`update attachments set
      created_at = added_at, updated_at = added_at,
      hlc = printf('%013d-0000-%s', cast(round((julianday(added_at) - 2440587.5) * 86400000) as integer), origin_office_id),
      local_seq = ${next}`.execute(db);
    await sql`update attachments set clocks = json_object('b', hlc, 'f', json_object())`.execute(db);
    await sql`insert into meta (key, value) values ('local_seq', ${String(next)})
      on conflict (key) do update set value = excluded.value`.execute(db);
  }
  await sql`create index attachments_hlc on attachments (hlc)`.execute(db);
  await sql`create index attachments_origin on attachments (origin_office_id)`.execute(db);
  await sql`create index attachments_local_seq on attachments (local_seq)`.execute(db);
  await sql`create table attachment_sent (
    peer_office_id text not null,
    content_hash text not null check (length(content_hash) = 64),
    bundle_sequence integer not null,
    primary key (peer_office_id, content_hash)
  ) strict`.execute(db);
  await sql`create table attachment_policies (
    id text primary key,
    origin_office_id text not null,
    bundle_budget_bytes integer not null check (bundle_budget_bytes > 0),
    metadata_only_kinds text not null default '[]',
    created_at text not null,
    updated_at text not null,
    deleted integer not null default 0,
    clocks text not null,
    hlc text not null,
    local_seq integer not null default 0
  )`.execute(db);
  await sql`create index attachment_policies_local_seq on attachment_policies (local_seq)`.execute(db);
}
