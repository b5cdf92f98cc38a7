// Where an office's files live in its data directory, and the check that a directory really is one.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { DataDirError } from '../errors.ts';

export const DB_FILE = 'puskesos.sqlite';

export interface DataDirPaths {
  dir: string;
  db: string;
  keys: string;
  /** The register's database key (db/key-store.ts). */
  dbKey: string;
  lock: string;
  backups: string;
}

/** Where a restore stages the verified copy until the database is reopened (backup/restore.ts). */
export const stagedRestoreFile = (dir: string): string => join(resolve(dir), 'pemulihan', 'tertunda.sqlite');

export const dataDirPaths = (dir: string): DataDirPaths => {
  const abs = resolve(dir);
  return {
    dir: abs,
    db: join(abs, DB_FILE),
    keys: join(abs, 'keys.json'),
    dbKey: join(abs, 'db-key.json'),
    lock: join(abs, 'puskesos.lock'),
    backups: join(abs, 'backups'),
  };
};

/**
 * `existing`: the directory must already hold a register.
 * `create`: a register is created if the directory is missing or empty; a directory holding
 * anything else is refused, so the app never scatters files into someone's documents folder.
 */
export function checkDataDir(dir: string, mode: 'existing' | 'create'): DataDirPaths {
  const p = dataDirPaths(dir);
  if (!existsSync(p.dir)) {
    if (mode === 'existing') throw new DataDirError(`Direktori data tidak ditemukan: ${p.dir}`);
    return p;
  }
  if (!statSync(p.dir).isDirectory()) throw new DataDirError(`Bukan direktori: ${p.dir}`);
  // A restore cut off between its two renames leaves only the staged file: still this register (backup/restore.ts).
  if (existsSync(p.db) || existsSync(stagedRestoreFile(p.dir))) return p;
  if (mode === 'existing') {
    throw new DataDirError(
      `${p.dir} bukan direktori data Puskesos (tidak ada ${DB_FILE}). Jalankan 'puskesos init' terlebih dahulu.`,
    );
  }
  // db-key.json alone: a first open cut off before it created the database (db/unlock.ts).
  const other = readdirSync(p.dir).filter((f) => !f.startsWith('.') && f !== 'db-key.json');
  if (other.length > 0) {
    throw new DataDirError(
      `${p.dir} berisi file lain dan bukan direktori data Puskesos. Pilih direktori kosong atau direktori data yang benar.`,
    );
  }
  return p;
}
