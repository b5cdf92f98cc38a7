// Takes one verified backup: online copy under a temporary name, rollback-journal mode, integrity check, sidecar, rename.
import { mkdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { backupBaseName, type BackupKind } from './names.ts';
import { inspectSqlite, sha256File, sidecarPath, type BackupSidecar } from './verify.ts';

export interface TakeBackupOptions {
  dir: string;
  kind: BackupKind;
  now: () => number;
  appVersion?: string;
}

export interface TakenBackup {
  path: string;
  fileName: string;
  sidecar: BackupSidecar;
}

export class BackupFailedError extends Error {}

/**
 * better-sqlite3's online backup copies the open database page by page while others may keep writing. The copy
 * is switched to rollback-journal mode so that opening it read-only later never creates -wal/-shm files beside
 * it, then checked with integrity_check before it gets its final name: a backup that exists is a good one.
 */
export async function takeBackup(
  sqlite: BetterSqlite3.Database,
  opts: TakeBackupOptions,
): Promise<TakenBackup> {
  mkdirSync(opts.dir, { recursive: true });
  const at = opts.now();
  const fileName = `${backupBaseName(opts.kind, at)}.sqlite`;
  const final = join(opts.dir, fileName);
  const tmp = `${final}.tmp`;
  const sideTmp = `${sidecarPath(final)}.tmp`;
  rmSync(tmp, { force: true });
  try {
    await sqlite.backup(tmp);
    const copy = new BetterSqlite3(tmp, { fileMustExist: true });
    try {
      copy.pragma('journal_mode = DELETE');
    } finally {
      copy.close();
    }
    const inside = inspectSqlite(tmp);
    if (inside.integrity !== 'ok') {
      throw new BackupFailedError(
        `Cadangan gagal diperiksa (integritas: ${inside.integrity.slice(0, 200)}).`,
      );
    }
    const sidecar: BackupSidecar = {
      sha256: await sha256File(tmp),
      bytes: statSync(tmp).size,
      schemaVersion: inside.schemaVersion,
      officeId: inside.officeId,
      localSeq: inside.localSeq,
      appVersion: opts.appVersion ?? '',
      takenAt: new Date(at).toISOString(),
    };
    writeFileSync(sideTmp, `${JSON.stringify(sidecar, null, 2)}\n`, { mode: 0o600 });
    renameSync(tmp, final);
    renameSync(sideTmp, sidecarPath(final));
    return { path: final, fileName, sidecar };
  } finally {
    rmSync(tmp, { force: true });
    rmSync(`${tmp}-journal`, { force: true });
    rmSync(sideTmp, { force: true });
  }
}
