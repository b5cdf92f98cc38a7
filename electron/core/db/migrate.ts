// Runs pending migrations, each in its own transaction, after backing the database up; refuses newer schemas.
import type { Kysely } from 'kysely';
import type { DbKeyRing, Sqlite } from './cipher.ts';
import { NewerSchemaError } from '../errors.ts';
import { takeBackup } from '../backup/take.ts';
import type { Migration } from './migrations/index.ts';
import type { Database } from './database.ts';
import { schemaVersionOf } from '../storage/sqlite/schema-version.ts';
import { writeSchemaVersion } from '../storage/schema-version.ts';

export interface MigrateOptions {
  migrations: readonly Migration[];
  /** Where the pre-migration backup goes. */
  backupDir: string;
  now: () => number;
  /** The register's keys: the pre-migration backup is encrypted like the register. */
  keys: DbKeyRing;
}

export interface MigrateReport {
  from: number;
  to: number;
  /** Path of the backup taken before migrating, or null when nothing needed one (new or current database). */
  backupPath: string | null;
}

/**
 * The schema version lives in SQLite's `user_version` header field, which is written inside the
 * migration's own transaction: a migration either fully applies and bumps the version, or neither.
 * (Kysely's Migrator records progress in a separate table outside the DDL on SQLite, which a power cut
 * between the two can desynchronise; this runner keeps both in one commit.)
 */
export async function migrate(
  sqlite: Sqlite,
  db: Kysely<Database>,
  opts: MigrateOptions,
): Promise<MigrateReport> {
  const known = opts.migrations.length;
  opts.migrations.forEach((m, i) => {
    if (m.version !== i + 1) throw new Error(`Migration list out of order at ${m.name}`);
  });
  const from = schemaVersionOf(sqlite);
  if (from > known) throw new NewerSchemaError(from, known);
  const pending = opts.migrations.filter((m) => m.version > from);
  if (pending.length === 0) return { from, to: from, backupPath: null };

  // Same naming, integrity check and checksum as every other backup (electron/core/backup).
  const backupPath =
    from > 0
      ? (
          await takeBackup(sqlite, {
            dir: opts.backupDir,
            kind: `pra-migrasi-v${from}`,
            now: opts.now,
            keys: opts.keys,
          })
        ).path
      : null;
  for (const m of pending) {
    await db.transaction().execute(async (trx) => {
      // Migrations are written against the schema of their own time, not today's typed Database.
      await m.up(trx as unknown as Kysely<unknown>);
      await writeSchemaVersion(trx, m.version);
    });
  }
  return { from, to: known, backupPath };
}
