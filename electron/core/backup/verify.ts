// Checks a backup file: its recorded SHA-256, SQLite's integrity_check opened read-only, schema version and office id.
import { createHash } from 'node:crypto';
import { basename } from 'node:path';
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { isPlainSqliteFile, openEncryptedFile, type DbKeyRing } from '../db/cipher.ts';
import { DbKeyError } from '../errors.ts';
import { OperationCancelled, type OperationControl } from '../operations/control.ts';

/** Written beside each backup (`<file>.json`) when it is taken. */
export interface BackupSidecar {
  sha256: string;
  bytes: number;
  schemaVersion: number;
  officeId: string | null;
  /** The register's local change counter (meta.local_seq) in the copy. */
  localSeq: string | null;
  appVersion: string;
  takenAt: string;
}

export interface BackupCheck {
  ok: boolean;
  /** Indonesian, for the clerk: "Cadangan utuh." or what is wrong. */
  message: string;
  schemaVersion: number | null;
  officeId: string | null;
  /** null when no sidecar was recorded (older pre-migration backups). */
  hashMatches: boolean | null;
}

export interface VerifyExpectations {
  /** The office whose register this must be; another office's backup is refused. */
  officeId?: string | null;
  /** The newest schema this app knows: a backup from a newer app cannot be restored by this one. */
  maxSchemaVersion?: number;
  /** The SHA-256 the file must have, when it is not recorded beside it (a decrypted external backup). */
  sha256?: string;
}

export const sidecarPath = (file: string): string => `${file}.json`;

/** Hashing progress: phase `sidik`, done/total in bytes, about every 1% (a few hundred events at most). */
export interface HashProgress {
  control: OperationControl;
  item: string;
}

/** SHA-256 of a file, streamed; with `progress`, reports bytes and stops on cancel (OperationCancelled). */
export async function sha256File(path: string, progress?: HashProgress): Promise<string> {
  const hash = createHash('sha256');
  const total = progress ? statSync(path).size : 0;
  const every = Math.max(1_048_576, Math.ceil(total / 100));
  let done = 0;
  let reported = 0;
  progress?.control.progress({ phase: 'sidik', done: 0, total, item: progress.item });
  for await (const chunk of createReadStream(path)) {
    hash.update(chunk as Buffer);
    if (!progress) continue;
    if (progress.control.signal.aborted) throw new OperationCancelled();
    done += (chunk as Buffer).length;
    if (done - reported >= every) {
      reported = done;
      progress.control.progress({ phase: 'sidik', done, total, item: progress.item });
    }
  }
  progress?.control.progress({ phase: 'sidik', done: total, total, item: progress.item });
  return hash.digest('hex');
}

export function readSidecar(file: string): BackupSidecar | null {
  const p = sidecarPath(file);
  if (!existsSync(p)) return null;
  try {
    return JSON.parse(readFileSync(p, 'utf8')) as BackupSidecar;
  } catch {
    return null;
  }
}

interface Inside {
  integrity: string;
  schemaVersion: number;
  officeId: string | null;
  localSeq: string | null;
}

/**
 * Opens read-only with the register's keys (never creates -wal/-shm: backups are stored in rollback-journal
 * mode) and asks SQLite. A plain file or a key that fits none throws (DbKeyError).
 */
export function inspectSqlite(path: string, keys: DbKeyRing): Inside {
  const db = openEncryptedFile(path, keys, { readonly: true, what: 'cadangan' });
  try {
    const rows = db.pragma('integrity_check') as { integrity_check: string }[];
    const integrity = rows.map((r) => r.integrity_check).join('; ');
    const schemaVersion = Number(db.pragma('user_version', { simple: true }));
    const hasMeta = db.prepare("select 1 from sqlite_master where type = 'table' and name = 'meta'").get();
    const meta = (key: string): string | null =>
      hasMeta
        ? ((db.prepare('select value from meta where key = ?').pluck().get(key) as string | undefined) ??
          null)
        : null;
    return { integrity, schemaVersion, officeId: meta('office_id'), localSeq: meta('local_seq') };
  } finally {
    db.close();
  }
}

const bad = (message: string, more: Partial<BackupCheck> = {}): BackupCheck => ({
  ok: false,
  message,
  schemaVersion: null,
  officeId: null,
  hashMatches: null,
  ...more,
});

/** Never throws for a damaged file: the result says what is wrong. */
export async function verifyBackupFile(
  path: string,
  keys: DbKeyRing,
  expect: VerifyExpectations = {},
  control?: OperationControl,
): Promise<BackupCheck> {
  if (!existsSync(path)) return bad(`File cadangan tidak ditemukan: ${path}`);
  const expected = expect.sha256 ?? readSidecar(path)?.sha256;
  let hashMatches: boolean | null = null;
  if (expected) {
    hashMatches = (await sha256File(path, control && { control, item: basename(path) })) === expected;
    if (!hashMatches) {
      return bad('File cadangan rusak: isinya berubah sejak dicadangkan (sidik SHA-256 tidak cocok).', {
        hashMatches,
      });
    }
  }
  let inside: Inside;
  if (control && (await control.checkpoint())) throw new OperationCancelled();
  control?.progress({ phase: 'periksa', done: 0, total: 1, item: basename(path) });
  try {
    inside = inspectSqlite(path, keys);
  } catch (err) {
    if (err instanceof DbKeyError && !isPlainSqliteFile(path)) {
      return bad(
        'Cadangan ini tidak dapat dibuka dengan kunci basis data kantor ini (cadangan kantor lain, atau file ' +
          'rusak); tidak dapat dipulihkan di sini.',
        { hashMatches },
      );
    }
    return bad(`File cadangan rusak atau bukan basis data Puskesos: ${(err as Error).message}`, {
      hashMatches,
    });
  }
  control?.progress({ phase: 'periksa', done: 1, total: 1, item: basename(path) });
  const facts = { hashMatches, schemaVersion: inside.schemaVersion, officeId: inside.officeId };
  if (inside.integrity !== 'ok') {
    return bad(
      `File cadangan rusak (pemeriksaan integritas SQLite: ${inside.integrity.slice(0, 200)}).`,
      facts,
    );
  }
  if (inside.schemaVersion < 1)
    return bad('File ini bukan cadangan register Puskesos (skema kosong).', facts);
  if (expect.maxSchemaVersion !== undefined && inside.schemaVersion > expect.maxSchemaVersion) {
    return bad(
      `Cadangan ini dibuat oleh versi aplikasi yang lebih baru (skema ${inside.schemaVersion}). Perbarui aplikasi terlebih dahulu.`,
      facts,
    );
  }
  if (expect.officeId !== undefined && inside.officeId !== expect.officeId) {
    return bad('Cadangan ini milik kantor lain (ID kantor berbeda); tidak dapat dipulihkan di sini.', facts);
  }
  return { ok: true, message: 'Cadangan utuh.', ...facts };
}
