// The backups/ folder of a data directory: list, take a verified backup, apply the rotation.
import { existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import { logRegisterCopy } from '../storage/sqlite/register-copy-log.ts';
import { join } from 'node:path';
import type { CoreDeps } from '../context.ts';
import type { OperationControl } from '../operations/control.ts';
import { getOwnOffice } from '../office/office-repo.ts';
import { localDay, zoneOfRegion, type OfficeZone } from '../../../shared/time/office-zone.ts';
import { parseBackupName, type BackupKind } from './names.ts';
import { backupsToKeep, DEFAULT_ROTATION, type RotationPolicy } from './rotation.ts';
import { takeBackup, type TakenBackup } from './take.ts';
import { storeRoot } from '../attachments/store-key.ts';
import { backupStoreRoot, mirrorStore } from '../attachments/store-mirror.ts';
import { readSidecar, sidecarPath } from './verify.ts';

export interface LocalBackup {
  fileName: string;
  path: string;
  kind: BackupKind;
  takenAt: number;
  /** Office-local day. */
  day: string;
  bytes: number;
  /** A SHA-256 was recorded when it was taken (verify compares it). */
  hasChecksum: boolean;
}

/** The office's time zone (WIB when the office is not set up yet). */
export async function officeZoneOf(deps: CoreDeps): Promise<OfficeZone> {
  const office = await getOwnOffice(deps.db).catch(() => null);
  return office ? zoneOfRegion(office.regionCode) : 'Asia/Jakarta';
}

/** Backups in `dir`, newest first; files whose names are not ours are ignored. */
export function listBackupsIn(dir: string, zone: string): LocalBackup[] {
  if (!existsSync(dir)) return [];
  const out: LocalBackup[] = [];
  for (const file of readdirSync(dir)) {
    const parsed = parseBackupName(file);
    if (!parsed) continue;
    const path = join(dir, file);
    out.push({
      fileName: file,
      path,
      kind: parsed.kind,
      takenAt: parsed.takenAt,
      day: localDay(parsed.takenAt, zone),
      bytes: statSync(path).size,
      hasChecksum: readSidecar(path) !== null,
    });
  }
  return out.sort((a, b) => b.takenAt - a.takenAt || b.fileName.localeCompare(a.fileName));
}

/** Deletes what the rotation does not keep (the file and its sidecar); returns the deleted names. */
export function rotateBackups(
  dir: string,
  zone: string,
  nowMs: number,
  policy: RotationPolicy = DEFAULT_ROTATION,
): string[] {
  const all = listBackupsIn(dir, zone);
  const keep = backupsToKeep(
    all.map((b) => ({ file: b.fileName, kind: b.kind, day: b.day, takenAt: b.takenAt })),
    localDay(nowMs, zone),
    policy,
  );
  const deleted: string[] = [];
  for (const b of all) {
    if (keep.has(b.fileName)) continue;
    rmSync(b.path, { force: true });
    rmSync(sidecarPath(b.path), { force: true });
    deleted.push(b.fileName);
  }
  return deleted;
}

/** Takes a verified backup of the open register into backups/ (attachment files beside it), then the rotation. */
export async function createLocalBackup(
  deps: CoreDeps,
  kind: BackupKind,
  control?: OperationControl,
): Promise<TakenBackup> {
  const taken = await takeBackup(
    deps.sqlite,
    { dir: deps.paths.backups, kind, now: deps.now, appVersion: deps.appVersion, keys: deps.dbKeys },
    control,
  );
  // Attachments live outside the register: their encrypted files are copied beside the backups (new ones only).
  mirrorStore(storeRoot(deps.paths.dir), backupStoreRoot(deps.paths.backups));
  // The breach list's knowledge: this file holds the whole register as of now.
  logRegisterCopy(deps.sqlite, {
    kind: 'backup',
    fileName: taken.fileName,
    atMs: Date.parse(taken.sidecar.takenAt),
    sha256: taken.sidecar.sha256,
    detail: kind,
  });
  rotateBackups(deps.paths.backups, await officeZoneOf(deps), deps.now());
  return taken;
}
