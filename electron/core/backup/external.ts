// Encrypted backups for a folder outside the data directory (a USB stick): written, verified, and read back.
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { DbKeyRing, Sqlite } from '../db/cipher.ts';
import { sweepTempFiles, tempNameFor } from '../datadir/temp-names.ts';
import { readKeys, type KeyProtector } from '../office/keystore.ts';
import { shortId } from '../sync/peers.ts';
import { fileStamp } from '../db/backup.ts';
import { ENCRYPTED_EXT, decryptBackupFile, encryptBackupFile } from './encrypted.ts';
import { checkKind, type BackupKind } from './names.ts';
import { takeBackup } from './take.ts';
import { OperationCancelled, type OperationControl } from '../operations/control.ts';
import { stopIfCancelled } from './progress.ts';
import { logRegisterCopy } from '../storage/sqlite/register-copy-log.ts';
import { externalBackupDetail } from './external-detail.ts';
import { isPlainSqliteFile } from '../db/cipher.ts';
import { encryptPlainCopyInPlace } from '../db/encrypt-plain.ts';
import { sha256File, verifyBackupFile, type BackupCheck, type BackupSidecar } from './verify.ts';
import { STORE_DIR } from '../attachments/blob-store.ts';
import { mirrorStore, sweepStoreTemps } from '../attachments/store-mirror.ts';

export interface KeyAccess {
  keysPath: string;
  keyProtector: KeyProtector;
  /** The register's keys: the SQLite file inside the age envelope is itself encrypted with them. */
  dbKeys: DbKeyRing;
}

export interface EncryptedBackupOptions extends KeyAccess {
  sqlite: Sqlite;
  /** Where the encrypted file goes (the chosen USB folder, or backups/ of the data directory). */
  outDir: string;
  /** Scratch space on the PC's own disk for the (database-encrypted) copy, removed afterwards (backups/.sementara). */
  scratchDir: string;
  kind: BackupKind;
  officeId: string;
  regionCode: string;
  now: () => number;
  appVersion: string;
  /**
   * The attachment store (`<dataDir>/lampiran`): its files, still encrypted under the data key that travels
   * inside the register copy, are copied to `lampiran/` beside the backup (only those the folder lacks).
   */
  storeDir: string;
}

export interface WrittenEncryptedBackup {
  path: string;
  fileName: string;
  bytes: number;
  check: BackupCheck;
}

/** `cadangan-33.01.08-1a2b3c4d-manual-2026-11-22T19-05-01-123Z.sqlite.zst.age` */
export const encryptedBackupName = (
  regionCode: string,
  officeId: string,
  kind: BackupKind,
  ms: number,
): string =>
  `cadangan-${regionCode}-${shortId(officeId)}-${checkKind(kind)}-${fileStamp(ms)}${ENCRYPTED_EXT}`;

/** The attachment files beside an encrypted backup (a USB folder): `<folder>/lampiran/`, shared by its backups. */
export const externalStoreRoot = (encrypted: string): string => join(dirname(encrypted), STORE_DIR);

/** The sidecar beside an encrypted backup holds the plain file's SHA-256 (checked after decryption). */
const sidecarOf = (encrypted: string): string => `${encrypted}.json`;

function readEncryptedSidecar(encrypted: string): BackupSidecar | null {
  try {
    return JSON.parse(readFileSync(sidecarOf(encrypted), 'utf8')) as BackupSidecar;
  } catch {
    return null;
  }
}

/**
 * Decrypts `encrypted` with this office's private key into `out` (a .sqlite on the PC's disk, still encrypted
 * with the register's database key) and verifies it; `out` is removed again when the check fails.
 */
export async function decryptAndVerify(
  encrypted: string,
  out: string,
  keys: KeyAccess,
  expect: { officeId?: string | null; maxSchemaVersion?: number } = {},
): Promise<BackupCheck> {
  const { box } = readKeys(keys.keysPath, keys.keyProtector);
  rmSync(out, { force: true });
  mkdirSync(dirname(out), { recursive: true });
  await decryptBackupFile(encrypted, out, box.privateKey);
  const sidecar = readEncryptedSidecar(encrypted);
  let sha256 = sidecar?.sha256;
  // A USB backup from before encryption at rest holds a plain SQLite file: checked, then encrypted on the PC.
  if (isPlainSqliteFile(out)) {
    if (sha256 && (await sha256File(out)) !== sha256) {
      rmSync(out, { force: true });
      const message = 'File cadangan rusak: isinya berubah sejak dicadangkan (sidik SHA-256 tidak cocok).';
      return { ok: false, message, schemaVersion: null, officeId: null, hashMatches: false };
    }
    encryptPlainCopyInPlace(out, keys.dbKeys);
    sha256 = undefined;
  }
  const check = await verifyBackupFile(out, keys.dbKeys, { ...expect, ...(sha256 ? { sha256 } : {}) });
  if (!check.ok) rmSync(out, { force: true });
  return check;
}

/**
 * A fresh verified backup, encrypted to the office's own X25519 key only: a lost stick leaks nothing, and only
 * this office (its keys.json) can open it. The written file is then decrypted again and checked.
 *
 * With a `control` (backups.exportExternalRun) it reports the copy's `salin`, `periksa`, `sidik`, then
 * `enkripsi` and `periksa` of the written file; a cancel at any of those steps removes whatever was written.
 */
export async function writeEncryptedBackup(
  opts: EncryptedBackupOptions,
  control?: OperationControl,
): Promise<WrittenEncryptedBackup> {
  mkdirSync(opts.outDir, { recursive: true });
  mkdirSync(opts.scratchDir, { recursive: true });
  sweepTempFiles(opts.outDir, 'dead-writers');
  sweepStoreTemps(join(opts.outDir, STORE_DIR), 'dead-writers');
  const keys = readKeys(opts.keysPath, opts.keyProtector);
  const plain = await takeBackup(
    opts.sqlite,
    {
      dir: opts.scratchDir,
      kind: opts.kind,
      now: opts.now,
      appVersion: opts.appVersion,
      keys: opts.dbKeys,
    },
    control,
  );
  const fileName = encryptedBackupName(opts.regionCode, opts.officeId, opts.kind, opts.now());
  const path = join(opts.outDir, fileName);
  const check = join(opts.scratchDir, `periksa-${basename(plain.path)}`);
  const step = (phase: string, done: number): void =>
    control?.progress({ phase, done, total: 1, item: fileName });
  let kept = false;
  try {
    await stopIfCancelled(control);
    step('enkripsi', 0);
    const { bytes } = await encryptBackupFile(plain.path, path, [keys.box.publicKey]);
    step('enkripsi', 1);
    const sideTmp = tempNameFor(sidecarOf(path));
    writeFileSync(sideTmp, `${JSON.stringify(plain.sidecar, null, 2)}\n`);
    renameSync(sideTmp, sidecarOf(path));
    const result = await decryptAndVerify(path, check, opts, { officeId: opts.officeId });
    if (!result.ok) {
      rmSync(path, { force: true });
      rmSync(sidecarOf(path), { force: true });
      throw new Error(`Cadangan terenkripsi gagal diperiksa: ${result.message}`);
    }
    step('periksa', 1);
    if (control && (await control.checkpoint())) throw new OperationCancelled();
    // The attachments' files, shared by every backup in the folder (content-addressed, never rewritten).
    mirrorStore(opts.storeDir, externalStoreRoot(path));
    kept = true;
    logRegisterCopy(opts.sqlite, {
      kind: 'backup_external',
      fileName,
      atMs: Date.parse(plain.sidecar.takenAt),
      sha256: await sha256File(path),
      detail: externalBackupDetail(opts.kind, opts.outDir),
    });
    return { path, fileName, bytes, check: result };
  } finally {
    for (const f of [plain.path, `${plain.path}.json`, check]) if (existsSync(f)) rmSync(f, { force: true });
    // Cancelled (or failed) after the encrypted file was written: it goes too, so no half-kept copy remains.
    if (!kept && control) for (const f of [path, sidecarOf(path)]) rmSync(f, { force: true });
  }
}
