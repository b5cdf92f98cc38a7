// The cipher layer with encryption switched off, for the benchmark's plain baseline only: loaded in place of
// electron/core/db/cipher.ts in a bench child process (plain-hooks.ts); nothing outside bench/ imports it.
import BetterSqlite3 from 'better-sqlite3-multiple-ciphers';
import * as real from '../electron/core/db/cipher.ts';
import { DbKeyError } from '../electron/core/errors.ts';

// Everything else (types, keyFits, keepTempInMemory, wrongKeyMessage, isDbKey) is the real layer's.
export * from '../electron/core/db/cipher.ts';

/**
 * No `PRAGMA cipher`/`key`/`rekey`: SQLite3 Multiple Ciphers without a key reads and writes ordinary SQLite
 * files ("if the key is omitted or is an empty string no encryption is performed"), so the WAL, journal and
 * `VACUUM INTO` backups of the baseline register stay plain as well.
 */
export const keyConnection: typeof real.keyConnection = () => {};

/** Nothing counts as "plain, to be encrypted": the open leaves the baseline register as it is. */
export const isPlainSqliteFile: typeof real.isPlainSqliteFile = () => false;

/**
 * Opens `path` without a key and reports the ring's current key as the one that fits (so no rotation is
 * "finished"); an encrypted file does not read without its key and is refused as the real layer refuses it.
 */
export const openEncrypted: typeof real.openEncrypted = (path, ring, opts = {}) => {
  const sqlite = new BetterSqlite3(path, {
    readonly: opts.readonly ?? false,
    fileMustExist: opts.fileMustExist ?? opts.readonly ?? false,
  });
  if (!real.keyFits(sqlite)) {
    sqlite.close();
    throw new DbKeyError(real.wrongKeyMessage(opts.what ?? 'basis data'));
  }
  real.keepTempInMemory(sqlite);
  return { sqlite, key: ring.current };
};

export const openEncryptedFile: typeof real.openEncryptedFile = (path, ring, opts = {}) =>
  openEncrypted(path, ring, opts).sqlite;
