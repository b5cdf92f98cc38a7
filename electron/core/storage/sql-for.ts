// Which dialect a Kysely handle speaks, read from its adapter (a transaction answers like its root), and its fragments.
import { PostgresAdapter, type Kysely, type Transaction } from 'kysely';
import type { Dialect, DialectSql } from './port.ts';
import { postgresSql } from './postgres/postgres-sql.ts';
import { sqliteSql } from './sqlite/sqlite-sql.ts';

export const dialectOf = <D>(db: Kysely<D> | Transaction<D>): Dialect =>
  db.getExecutor().adapter instanceof PostgresAdapter ? 'postgres' : 'sqlite';

export const sqlFor = <D>(db: Kysely<D> | Transaction<D>): DialectSql =>
  dialectOf(db) === 'postgres' ? postgresSql : sqliteSql;
