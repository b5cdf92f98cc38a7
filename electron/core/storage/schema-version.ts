// The register's schema version through the storage port: the open handle's dialect decides where it is kept.
import type { Kysely, Transaction } from 'kysely';
import { readPostgresVersion, writePostgresVersion } from './postgres/schema-version.ts';
import { dialectOf } from './sql-for.ts';
import { readSqliteVersion, writeSqliteVersion } from './sqlite/schema-version.ts';

export const readSchemaVersion = <D>(db: Kysely<D> | Transaction<D>): Promise<number> =>
  dialectOf(db) === 'postgres' ? readPostgresVersion(db) : readSqliteVersion(db);

export const writeSchemaVersion = <D>(trx: Transaction<D>, version: number): Promise<void> =>
  dialectOf(trx) === 'postgres' ? writePostgresVersion(trx, version) : writeSqliteVersion(trx, version);
