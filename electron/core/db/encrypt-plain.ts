// Encrypts a plain SQLite file where it lies: a register or a copy from before encryption at rest.
import { createHash } from 'node:crypto';
import {
  closeSync,
  copyFileSync,
  existsSync,
  openSync,
  readFileSync,
  readSync,
  renameSync,
  rmSync,
  statSync,
} from 'node:fs';
import BetterSqlite3 from 'better-sqlite3-multiple-ciphers';
import { writeFileAtomic } from '../datadir/files.ts';
import { tempNameFor } from '../datadir/temp-names.ts';
import {
  isPlainSqliteFile,
  keepTempInMemory,
  keyConnection,
  openEncryptedFile,
  type DbKeyRing,
  type Sqlite,
} from './cipher.ts';

export class EncryptionMigrationError extends Error {}

/** Rows per table: what must be the same before and after (a cheap, complete enough content check). */
export function tableCounts(sqlite: Sqlite): Record<string, number> {
  const tables = sqlite
    .prepare("select name from sqlite_master where type = 'table' and name not like 'sqlite_%' order by name")
    .pluck()
    .all() as string[];
  const out: Record<string, number> = {};
  for (const t of tables) {
    out[t] = Number(
      sqlite
        .prepare(`select count(*) from "${t.replaceAll('"', '""')}"`)
        .pluck()
        .get(),
    );
  }
  return out;
}

export interface PlainFacts {
  counts: Record<string, number>;
  userVersion: number;
}

/** Folds a plain file's WAL into it and leaves it in rollback-journal mode (rekey refuses WAL). */
export function settlePlain(path: string): PlainFacts {
  const plain = new BetterSqlite3(path, { fileMustExist: true });
  try {
    plain.pragma('wal_checkpoint(TRUNCATE)');
    plain.pragma('journal_mode = DELETE');
    return {
      counts: tableCounts(plain),
      userVersion: Number(plain.pragma('user_version', { simple: true })),
    };
  } finally {
    plain.close();
  }
}

/** Encrypts `path` (plain, rollback-journal mode, not open elsewhere) with `key` through `PRAGMA rekey`. */
function rekeyPlainFile(path: string, key: string): void {
  const db = new BetterSqlite3(path, { fileMustExist: true });
  try {
    keepTempInMemory(db);
    keyConnection(db, key, 'rekey');
  } finally {
    db.close();
  }
}

/** Opens `path` with the ring and checks integrity and content against the plain original's facts. */
export function checkEncryptedCopy(path: string, keys: DbKeyRing, facts: PlainFacts): void {
  if (isPlainSqliteFile(path)) throw new EncryptionMigrationError(`${path} masih tidak terenkripsi.`);
  const db = openEncryptedFile(path, keys, { readonly: true, what: 'salinan terenkripsi' });
  try {
    const integrity = String(db.pragma('integrity_check', { simple: true }));
    if (integrity !== 'ok') throw new EncryptionMigrationError(`Salinan terenkripsi rusak: ${integrity}`);
    const same =
      Number(db.pragma('user_version', { simple: true })) === facts.userVersion &&
      JSON.stringify(tableCounts(db)) === JSON.stringify(facts.counts);
    if (!same) throw new EncryptionMigrationError('Isi salinan terenkripsi berbeda dari aslinya.');
  } finally {
    db.close();
  }
}

/**
 * Makes an encrypted copy of the plain file `source` at `target`: copied under a temporary name (removed at the
 * next open if a power cut interrupts), encrypted there, checked against `facts`, then renamed into place.
 */
export function encryptedCopy(source: string, target: string, keys: DbKeyRing, facts: PlainFacts): void {
  const tmp = tempNameFor(target);
  try {
    copyFileSync(source, tmp);
    rekeyPlainFile(tmp, keys.current);
    checkEncryptedCopy(tmp, keys, facts);
    renameSync(tmp, target);
  } finally {
    rmSync(tmp, { force: true });
    rmSync(`${tmp}-journal`, { force: true });
  }
}

/**
 * Replaces a plain copy (an old backup, a database set aside by a restore) by its encrypted equivalent under the
 * same name, atomically. A sidecar's checksum and size are brought up to date. Returns false when not plain.
 */
export function encryptPlainCopyInPlace(path: string, keys: DbKeyRing, sidecar?: string): boolean {
  if (!isPlainSqliteFile(path)) return false;
  const facts = settlePlain(path);
  encryptedCopy(path, path, keys, facts);
  for (const suffix of ['-wal', '-shm', '-journal']) rmSync(path + suffix, { force: true });
  if (sidecar && existsSync(sidecar)) updateSidecar(sidecar, path);
  return true;
}

/** The sidecar (`<file>.json`) records the file's SHA-256 and size: recomputed for the encrypted file. */
export function updateSidecar(sidecar: string, file: string): void {
  const hash = createHash('sha256');
  const fd = openSync(file, 'r');
  try {
    const buf = Buffer.alloc(1 << 20);
    for (let n = readSync(fd, buf); n > 0; n = readSync(fd, buf)) hash.update(buf.subarray(0, n));
  } finally {
    closeSync(fd);
  }
  const data = JSON.parse(readFileSync(sidecar, 'utf8')) as Record<string, unknown>;
  data.sha256 = hash.digest('hex');
  data.bytes = statSync(file).size;
  writeFileAtomic(sidecar, `${JSON.stringify(data, null, 2)}\n`, 0o600);
}
