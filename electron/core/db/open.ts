// Opens the office's encrypted SQLite file with the register's durability pragmas and wraps it in Kysely.
import { Kysely, SqliteDialect } from 'kysely';
import { keepTempInMemory, openEncrypted, type DbKeyRing, type Sqlite } from './cipher.ts';
import type { Database } from './database.ts';

export interface OpenedDb {
  sqlite: Sqlite;
  db: Kysely<Database>;
  close(): Promise<void>;
}

/**
 * WAL, foreign keys, synchronous=FULL (a power cut must not lose a committed case), busy timeout, and deleted
 * cell content zeroed inside the pages written anyway (`secure_delete = FAST`: no extra I/O); an erasure turns
 * it fully on for its transaction (erasure/purge.ts).
 */
export function applyPragmas(sqlite: Sqlite): void {
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('secure_delete = FAST');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('synchronous = FULL');
  sqlite.pragma('busy_timeout = 5000');
  keepTempInMemory(sqlite);
}

/**
 * The key goes first (`PRAGMA cipher`, `PRAGMA key`), before any other statement; a key that does not fit is
 * refused (DbKeyError) before the file is touched. The WAL and the rollback journal are encrypted with it.
 */
export function openDb(file: string, keys: DbKeyRing, opts: { readonly?: boolean } = {}): OpenedDb {
  const { sqlite } = openEncrypted(file, keys, {
    readonly: opts.readonly ?? false,
    fileMustExist: opts.readonly ?? false,
    what: 'register',
  });
  if (!opts.readonly) applyPragmas(sqlite);
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) });
  return {
    sqlite,
    db,
    // Kysely's destroy closes the SQLite handle too.
    close: () => db.destroy(),
  };
}
