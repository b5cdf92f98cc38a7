// Which of the named tables exist in the open store: SQLite's catalog or PostgreSQL's information_schema.
import { sql, type Kysely, type Transaction } from 'kysely';
import { dialectOf } from './sql-for.ts';

/**
 * The names among `names` that are tables of this store (code that runs before the migrations, or on a register
 * an older version left, asks before it reads). One indexed catalog lookup, cheaper than Kysely's introspection
 * (which reads every table's columns). PostgreSQL: the connection's current schema.
 */
export async function existingTables<D>(
  db: Kysely<D> | Transaction<D>,
  names: readonly string[],
): Promise<Set<string>> {
  if (names.length === 0) return new Set();
  const list = sql.join(names.map((n) => sql`${n}`));
  const q =
    dialectOf(db) === 'postgres'
      ? sql<{ name: string }>`select table_name as name from information_schema.tables
          where table_schema = current_schema() and table_name in (${list})`
      : sql<{ name: string }>`select name from sqlite_master where type = 'table' and name in (${list})`;
  return new Set((await q.execute(db)).rows.map((r) => r.name));
}
