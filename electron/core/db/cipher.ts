// SQLite3 Multiple Ciphers: keys a connection (SQLCipher 4 scheme, raw 256-bit key) and opens encrypted files.
import { closeSync, existsSync, openSync, readSync, statSync } from 'node:fs';
import BetterSqlite3 from 'better-sqlite3-multiple-ciphers';
import { DbKeyError } from '../errors.ts';

export type Sqlite = BetterSqlite3.Database;

/** The register's database keys (64 hex digits each): the one in use and those a rotation retired. */
export interface DbKeyRing {
  current: string;
  /** Older keys, newest first: only to read copies taken before a rotation (an encrypted USB backup). */
  retired: readonly string[];
}

const HEX_KEY = /^[0-9a-f]{64}$/;
const SQLITE_MAGIC = Buffer.from('SQLite format 3\0', 'latin1');

export const isDbKey = (key: string): boolean => HEX_KEY.test(key);

/**
 * SQLCipher 4 page format (AES-256-CBC, HMAC-SHA512 per page) so a copy can be opened with standard SQLCipher
 * tools; the key is given raw (`x'…'`), so no passphrase KDF runs at open. Must precede every other statement.
 */
export function keyConnection(sqlite: Sqlite, key: string, pragma: 'key' | 'rekey' = 'key'): void {
  if (!isDbKey(key)) throw new DbKeyError('Kunci basis data tidak sah (harus 64 digit heksadesimal).');
  sqlite.pragma("cipher = 'sqlcipher'");
  sqlite.pragma('legacy = 4');
  sqlite.pragma(`${pragma} = "x'${key}'"`);
}

/** Temporary b-trees (sorts, VACUUM, rekey) stay in memory: SQLite would otherwise write them unencrypted. */
export const keepTempInMemory = (sqlite: Sqlite): void => {
  sqlite.pragma('temp_store = MEMORY');
};

/** A file that starts with SQLite's plain header: readable by anyone (a register from before encryption). */
export function isPlainSqliteFile(path: string): boolean {
  if (!existsSync(path) || statSync(path).size < SQLITE_MAGIC.length) return false;
  const fd = openSync(path, 'r');
  try {
    const head = Buffer.alloc(SQLITE_MAGIC.length);
    readSync(fd, head, 0, head.length, 0);
    return head.equals(SQLITE_MAGIC);
  } finally {
    closeSync(fd);
  }
}

/** True when the connection can read its schema; false when the key does not fit (SQLITE_NOTADB). */
export function keyFits(sqlite: Sqlite): boolean {
  try {
    sqlite.prepare('select count(*) from sqlite_master').get();
    return true;
  } catch (err) {
    if ((err as { code?: string }).code === 'SQLITE_NOTADB') return false;
    throw err;
  }
}

export interface OpenEncryptedOptions {
  readonly?: boolean;
  fileMustExist?: boolean;
  /** Shown in the refusal: "register", "cadangan" … */
  what?: string;
}

export const wrongKeyMessage = (what: string): string =>
  `Kunci basis data tidak cocok dengan ${what} ini, atau file rusak. File tidak dibuka dan tidak diubah. ` +
  'Pastikan file kunci (db-key.json) berasal dari direktori data yang sama.';

/**
 * Opens `path` with the first key of the ring that reads it (current first). A plain file or a key that fits
 * none is refused with a DbKeyError before anything is written.
 */
export function openEncrypted(
  path: string,
  ring: DbKeyRing,
  opts: OpenEncryptedOptions = {},
): { sqlite: Sqlite; key: string } {
  const what = opts.what ?? 'basis data';
  if (isPlainSqliteFile(path)) {
    throw new DbKeyError(`File ${what} ini tidak terenkripsi; tidak dibuka sebagai data register.`);
  }
  for (const key of [ring.current, ...ring.retired]) {
    const sqlite = new BetterSqlite3(path, {
      readonly: opts.readonly ?? false,
      fileMustExist: opts.fileMustExist ?? opts.readonly ?? false,
    });
    try {
      keyConnection(sqlite, key);
      if (keyFits(sqlite)) {
        keepTempInMemory(sqlite);
        return { sqlite, key };
      }
    } catch (err) {
      sqlite.close();
      throw err;
    }
    sqlite.close();
  }
  throw new DbKeyError(wrongKeyMessage(what));
}

/** Opens an encrypted copy (a backup, a staged restore) with the ring; the caller closes it. */
export const openEncryptedFile = (path: string, ring: DbKeyRing, opts: OpenEncryptedOptions = {}): Sqlite =>
  openEncrypted(path, ring, opts).sqlite;
