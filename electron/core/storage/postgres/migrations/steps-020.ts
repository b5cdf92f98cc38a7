// PostgreSQL counterparts of SQLite migrations 20–22: the same tables, columns and indexes (text collate "C", bigint).
import { sql, type Kysely } from 'kysely';

/** 020-attachment-sync: attachments become synced (a province register starts empty, so no rows to stamp). */
export async function attachmentSync(db: Kysely<unknown>): Promise<void> {
  for (const column of [
    sql`add column created_at text collate "C" not null default ''`,
    sql`add column updated_at text collate "C" not null default ''`,
    sql`add column deleted bigint not null default 0`,
    sql`add column clocks text collate "C" not null default ''`,
    sql`add column hlc text collate "C" not null default ''`,
    sql`add column local_seq bigint not null default 0`,
  ]) {
    await sql`alter table attachments ${column}`.execute(db);
  }
  await sql`create index attachments_hlc on attachments (hlc)`.execute(db);
  await sql`create index attachments_origin on attachments (origin_office_id)`.execute(db);
  await sql`create index attachments_local_seq on attachments (local_seq)`.execute(db);
  await sql`create table attachment_sent (
    peer_office_id text collate "C" not null,
    content_hash text collate "C" not null check (length(content_hash) = 64),
    bundle_sequence bigint not null,
    primary key (peer_office_id, content_hash)
  )`.execute(db);
  await sql`create table attachment_policies (
    id text collate "C" primary key,
    origin_office_id text collate "C" not null,
    bundle_budget_bytes bigint not null check (bundle_budget_bytes > 0),
    metadata_only_kinds text collate "C" not null default '[]',
    created_at text collate "C" not null,
    updated_at text collate "C" not null,
    deleted bigint not null default 0,
    clocks text collate "C" not null,
    hlc text collate "C" not null,
    local_seq bigint not null default 0
  )`.execute(db);
  await sql`create index attachment_policies_local_seq on attachment_policies (local_seq)`.execute(db);
}

/** 021-erasure-term-retire: which peers confirmed an erasure, and whose term hashes are gone (local tables). */
export async function erasureTermRetire(db: Kysely<unknown>): Promise<void> {
  await sql`create table erasure_term_acks (
    erasure_id text collate "C" not null,
    peer_office_id text collate "C" not null,
    acked_at text collate "C" not null,
    primary key (erasure_id, peer_office_id)
  )`.execute(db);
  await sql`create table erasure_terms_retired (
    erasure_id text collate "C" primary key,
    retired_at text collate "C" not null
  )`.execute(db);
}
