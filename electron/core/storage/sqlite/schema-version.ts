// SQLite keeps the schema version in the file header's user_version, written inside each migration's transaction.
import { sql, type Kysely, type Transaction } from 'kysely';
import type { Sqlite } from '../../db/cipher.ts';

/** The version of an open SQLite handle (the register, a backup copy, a file being encrypted). */
export const schemaVersionOf = (sqlite: Sqlite): number =>
  Number(sqlite.pragma('user_version', { simple: true }));

/** The same through Kysely, on any connection to the file (the read-only reader too). */
export async function readSqliteVersion<D>(db: Kysely<D> | Transaction<D>): Promise<number> {
  const { rows } = await sql<{ v: number }>`select user_version as v from pragma_user_version`.execute(db);
  return Number(rows[0]?.v ?? 0);
}

/** Inside the migration's own transaction: the DDL and the version bump commit together or not at all. */
export async function writeSqliteVersion<D>(trx: Transaction<D>, version: number): Promise<void> {
  if (!Number.isInteger(version) || version < 0) throw new Error(`Bad schema version ${version}`);
  await sql.raw(`pragma user_version = ${version}`).execute(trx);
}
