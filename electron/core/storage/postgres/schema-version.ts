// PostgreSQL keeps the schema version in a one-row table, updated in the migration's transaction (DDL is transactional).
import { sql, type Kysely, type Transaction } from 'kysely';

/** Created by the first migration run on an empty database; absent means version 0. */
export async function readPostgresVersion<D>(db: Kysely<D> | Transaction<D>): Promise<number> {
  const exists = await sql<{ t: string | null }>`select to_regclass('schema_version')::text as t`.execute(db);
  if (!exists.rows[0]?.t) return 0;
  const { rows } = await sql<{ version: number }>`select version from schema_version`.execute(db);
  return Number(rows[0]?.version ?? 0);
}

export async function writePostgresVersion<D>(trx: Transaction<D>, version: number): Promise<void> {
  await sql`create table if not exists schema_version (version integer not null)`.execute(trx);
  await sql`delete from schema_version`.execute(trx);
  await sql`insert into schema_version (version) values (${version})`.execute(trx);
}
