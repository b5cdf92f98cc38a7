// Restore: verify the chosen backup, save unsent changes, stage it; on reopen the current database is set aside.
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { copyFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { CoreDeps } from '../context.ts';
import { stagedRestoreFile, type DataDirPaths } from '../datadir/layout.ts';
import { fileStamp } from '../db/backup.ts';
import { writeFileAtomic } from '../datadir/files.ts';
import { tempNameFor } from '../datadir/temp-names.ts';
import { rekeyToCurrent } from '../db/rotate-key.ts';
import { getOwnOfficeId } from '../office/office-repo.ts';
import type { OperationControl } from '../operations/control.ts';
import { ENCRYPTED_EXT } from './encrypted.ts';
import { decryptAndVerify, externalStoreRoot } from './external.ts';
import { carrySyncLedger } from './ledger-carry.ts';
import { carryErasures } from './erasure-carry.ts';
import { stopIfCancelled } from './progress.ts';
import { saveUnsentBeforeDestructive, type UnsentSaveResult } from './unsent-guard.ts';
import { storeRoot } from '../attachments/store-key.ts';
import { backupStoreRoot, mirrorStore } from '../attachments/store-mirror.ts';
import { inspectSqlite, readSidecar, verifyBackupFile, type BackupCheck } from './verify.ts';

/** Staging area inside the data directory; the staged file and its marker live here until the swap. */
export const restoreDir = (paths: DataDirPaths): string => join(paths.dir, 'pemulihan');
/** Databases replaced by a restore: kept here, never overwritten, never deleted by the app. */
export const setAsideDir = (paths: DataDirPaths): string => join(paths.dir, 'disisihkan');

const STAGED = basename(stagedRestoreFile('.'));
const MARKER = 'tertunda.json';

interface Marker {
  source: string;
  setAsideName: string;
  stagedAt: string;
}

export interface StagedRestore {
  source: string;
  check: BackupCheck;
  unsent: UnsentSaveResult;
  /** Where the current database will be kept: disisihkan/<name>. */
  setAsidePath: string;
  /** Erasures made after the backup and applied to the copy, so no erased resident comes back. */
  erasuresCarried: number;
}

export interface AppliedRestore {
  source: string;
  setAsidePath: string;
}

export class RestoreError extends Error {}

/** Copies (or decrypts) the source next to the register and verifies the copy against the office and schema. */
async function stageCopy(
  deps: CoreDeps,
  source: string,
  out: string,
  maxSchemaVersion: number,
  control?: OperationControl,
) {
  const officeId = await getOwnOfficeId(deps.db);
  if (!officeId) throw new RestoreError('Kantor belum disiapkan: tidak ada register untuk dipulihkan.');
  const expect = { officeId, maxSchemaVersion };
  if (source.endsWith(ENCRYPTED_EXT)) {
    control?.progress({ phase: 'dekripsi', done: 0, total: 1, item: basename(source) });
    try {
      return await decryptAndVerify(
        source,
        out,
        { keysPath: deps.paths.keys, keyProtector: deps.keyProtector, dbKeys: deps.dbKeys },
        expect,
      );
    } catch (err) {
      throw new RestoreError((err as Error).message);
    }
  }
  const original = await verifyBackupFile(source, deps.dbKeys, expect, control);
  if (!original.ok) return original;
  // Copied off the event loop (libuv), so the window and other callers are answered meanwhile.
  control?.progress({ phase: 'salin', done: 0, total: 1, item: basename(source) });
  await copyFile(source, out);
  control?.progress({ phase: 'salin', done: 1, total: 1, item: basename(source) });
  await stopIfCancelled(control);
  const sha = readSidecar(source)?.sha256;
  const copy = await verifyBackupFile(
    out,
    deps.dbKeys,
    { ...expect, ...(sha ? { sha256: sha } : {}) },
    control,
  );
  if (!copy.ok) rmSync(out, { force: true });
  return copy;
}

/**
 * Everything a restore needs while the register is still open: the backup is verified (a damaged one or
 * another office's is refused before anything happens), unsent changes are saved to the outbox, the copy gets
 * the sync sequence numbers and clock already used (so Dinsos never takes a new bundle for an old one), and
 * erasures made since the backup are applied to it (erasure-carry.ts), and it is staged. The swap happens when the register is reopened (`applyPendingRestore`).
 *
 * With a `control` (the backups.restoreRun operation) it reports `sidik`/`periksa` (or `dekripsi`), `salin`,
 * then `siapkan`; a cancel up to the end of the copy's check stops it with nothing changed (OperationCancelled,
 * the copy removed). Saving unsent changes is the point of no return: from there cancel is refused.
 */
export async function stageRestore(
  deps: CoreDeps,
  source: string,
  maxSchemaVersion: number,
  control?: OperationControl,
): Promise<StagedRestore> {
  if (!existsSync(source)) throw new RestoreError(`File cadangan tidak ditemukan: ${source}`);
  const dir = restoreDir(deps.paths);
  mkdirSync(dir, { recursive: true });
  const tmp = tempNameFor(join(dir, STAGED));
  try {
    const check = await stageCopy(deps, source, tmp, maxSchemaVersion, control);
    if (!check.ok) throw new RestoreError(check.message);
    await stopIfCancelled(control);
    control?.pointOfNoReturn();
    control?.progress({ phase: 'siapkan', done: 0, total: 1, item: basename(source) });
    const unsent = await saveUnsentBeforeDestructive(deps, 'pemulihan');
    // A copy taken before a key rotation is brought to the current key before it becomes the register.
    rekeyToCurrent(tmp, deps.dbKeys);
    carrySyncLedger(deps.sqlite, tmp, deps.dbKeys);
    const erasuresCarried = await carryErasures(deps.sqlite, tmp, {
      keys: deps.dbKeys,
      schemaVersion: maxSchemaVersion,
      scratchDir: dir,
      now: deps.now,
    });
    // Attachment files the backup refers to and the store lost come back from the backups' copy (extra files
    // are harmless: encrypted, named by content, and reused if the same scan is attached again).
    mirrorStore(backupStoreRoot(deps.paths.backups), storeRoot(deps.paths.dir));
    // A USB backup's files lie beside it: the same, for a store lost with the PC's backups/ folder.
    if (source.endsWith(ENCRYPTED_EXT)) mirrorStore(externalStoreRoot(source), storeRoot(deps.paths.dir));
    const after = inspectSqlite(tmp, deps.dbKeys);
    if (after.integrity !== 'ok') throw new RestoreError(`Salinan cadangan rusak: ${after.integrity}`);
    renameSync(tmp, join(dir, STAGED));
    const setAsideName = `puskesos-sebelum-pemulihan-${fileStamp(deps.now())}.sqlite`;
    const marker: Marker = {
      source: basename(source),
      setAsideName,
      stagedAt: new Date(deps.now()).toISOString(),
    };
    writeFileAtomic(join(dir, MARKER), JSON.stringify(marker, null, 2), 0o600);
    control?.progress({ phase: 'siapkan', done: 1, total: 1, item: basename(source) });
    return {
      source,
      check,
      unsent,
      setAsidePath: join(setAsideDir(deps.paths), setAsideName),
      erasuresCarried,
    };
  } finally {
    rmSync(tmp, { force: true });
    rmSync(`${tmp}-journal`, { force: true });
  }
}

/** True when a staged restore waits for the register to be reopened. */
export const hasPendingRestore = (paths: DataDirPaths): boolean =>
  existsSync(join(restoreDir(paths), MARKER));

/**
 * Performs a staged restore while the database is closed and the data directory locked: the current file
 * (with its -wal/-shm, if a crash left them) is renamed into disisihkan/, then the staged copy takes its name.
 * Safe to run again after a power cut between the steps.
 */
export function applyPendingRestore(paths: DataDirPaths): AppliedRestore | null {
  const dir = restoreDir(paths);
  const markerPath = join(dir, MARKER);
  if (!existsSync(markerPath)) return null;
  const marker = JSON.parse(readFileSync(markerPath, 'utf8')) as Marker;
  const staged = join(dir, STAGED);
  const setAside = join(setAsideDir(paths), basename(marker.setAsideName));
  if (existsSync(staged)) {
    mkdirSync(setAsideDir(paths), { recursive: true });
    if (existsSync(paths.db)) {
      if (existsSync(setAside)) throw new RestoreError(`${setAside} sudah ada; pemulihan dihentikan.`);
      renameSync(paths.db, setAside);
      for (const suffix of ['-wal', '-shm']) {
        if (existsSync(paths.db + suffix)) renameSync(paths.db + suffix, setAside + suffix);
      }
    }
    renameSync(staged, paths.db);
  }
  rmSync(markerPath, { force: true });
  return { source: marker.source, setAsidePath: setAside };
}
