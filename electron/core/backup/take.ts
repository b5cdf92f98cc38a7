// Takes one verified backup: encrypted copy (VACUUM INTO) under a temporary name, integrity check, sidecar, rename.
import { mkdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DbKeyRing, Sqlite } from '../db/cipher.ts';
import { sweepTempFiles, tempNameFor } from '../datadir/temp-names.ts';
import type { OperationControl } from '../operations/control.ts';
import { backupBaseName, type BackupKind } from './names.ts';
import { stopIfCancelled } from './progress.ts';
import { vacuumCopy } from './vacuum-copy.ts';
import { inspectSqlite, sha256File, sidecarPath, type BackupSidecar } from './verify.ts';

export interface TakeBackupOptions {
  dir: string;
  kind: BackupKind;
  now: () => number;
  /** The register's keys: the copy is encrypted with the current one, like the register. */
  keys: DbKeyRing;
  appVersion?: string;
}

export interface TakenBackup {
  path: string;
  fileName: string;
  sidecar: BackupSidecar;
}

export class BackupFailedError extends Error {}

/**
 * `VACUUM INTO` writes a consistent, compacted copy of the open database; SQLite3 Multiple Ciphers encrypts it
 * with the connection's cipher and key (the backup API cannot: it refuses an encrypted source with a plain
 * target), and it comes out in rollback-journal mode, so opening it read-only later never writes beside it.
 * It is checked with integrity_check before it gets its final name: a backup that exists is a good one. The
 * temporary name (`<name>.sqlite.<pid>-<hex>.tmp`) is removed at the next open or the next backup if a power
 * cut interrupts it. VACUUM INTO cannot run inside a transaction; callers take backups between transactions.
 *
 * With a `control` (the backups.createRun operation) it reports its phases — `salin` (bytes of the copy, written
 * on a worker thread: vacuum-copy.ts), `periksa`, `sidik` (bytes) — and stops at a cancel during or between them
 * (OperationCancelled); the temporary files are removed either way, so a cancelled backup leaves no file behind.
 */
export async function takeBackup(
  sqlite: Sqlite,
  opts: TakeBackupOptions,
  control?: OperationControl,
): Promise<TakenBackup> {
  mkdirSync(opts.dir, { recursive: true });
  sweepTempFiles(opts.dir, 'dead-writers');
  const at = opts.now();
  const fileName = `${backupBaseName(opts.kind, at)}.sqlite`;
  const final = join(opts.dir, fileName);
  const tmp = tempNameFor(final);
  const sideTmp = tempNameFor(sidecarPath(final));
  const step = (phase: string, done: number, total: number): void =>
    control?.progress({ phase, done, total, item: fileName });
  try {
    await stopIfCancelled(control);
    // With a control the copy runs on a worker thread and reports its growing size (bytes) meanwhile.
    await vacuumCopy(
      { sqlite, keys: opts.keys, into: tmp, onProgress: (done, total) => step('salin', done, total) },
      control,
    );
    await stopIfCancelled(control);
    step('periksa', 0, 1);
    const inside = inspectSqlite(tmp, opts.keys);
    step('periksa', 1, 1);
    if (inside.integrity !== 'ok') {
      throw new BackupFailedError(
        `Cadangan gagal diperiksa (integritas: ${inside.integrity.slice(0, 200)}).`,
      );
    }
    const sidecar: BackupSidecar = {
      sha256: await sha256File(tmp, control && { control, item: fileName }),
      bytes: statSync(tmp).size,
      schemaVersion: inside.schemaVersion,
      officeId: inside.officeId,
      localSeq: inside.localSeq,
      appVersion: opts.appVersion ?? '',
      takenAt: new Date(at).toISOString(),
    };
    await stopIfCancelled(control);
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
