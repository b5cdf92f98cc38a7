// The copy step of a backup (VACUUM INTO): inline, or with a control on a worker thread while the caller reports
// the growing output against the register's size and answers cancel.
import { existsSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { DbKeyRing, Sqlite } from '../db/cipher.ts';
import { OperationCancelled, type OperationControl } from '../operations/control.ts';
import { vacuumIntoSql } from './vacuum-sql.ts';
import type { VacuumWorkerData, VacuumWorkerDone } from './vacuum-worker.ts';

/** How often the size of the growing copy is reported. */
const POLL_MS = 200;

/**
 * The worker's script: vacuum-worker.ts beside this module in source; in a build core-vacuum.js in out/main
 * (electron.vite.config.ts), where this module sits in out/main or in a chunk folder below it.
 */
export function vacuumWorkerEntry(): URL {
  const here = new URL(import.meta.url);
  if (here.pathname.endsWith('.ts')) return new URL('./vacuum-worker.ts', here);
  const candidates = [new URL('./core-vacuum.js', here), new URL('../core-vacuum.js', here)];
  const built = candidates.find((u) => existsSync(fileURLToPath(u)));
  if (!built)
    throw new Error(`Berkas worker salinan tidak ditemukan di ${fileURLToPath(candidates[0] ?? here)}`);
  return built;
}

const sizeOf = (path: string): number => statSync(path, { throwIfNoEntry: false })?.size ?? 0;

export interface VacuumCopy {
  /** The register's open connection (its file is copied; without a control the copy runs on it). */
  sqlite: Sqlite;
  keys: DbKeyRing;
  /** The temporary file to write; the caller removes it on failure or cancel. */
  into: string;
  /** Called with the bytes written so far and the register's size in bytes (the copy is compacted: at most that). */
  onProgress?(done: number, total: number): void;
  /** How often the growing copy is measured; default 200 ms. */
  pollMs?: number;
}

/**
 * Writes the encrypted copy. Without a control it is one synchronous `VACUUM INTO` on the caller's connection (the
 * daily, pre-migration and pre-import backups). With one, it runs on a short-lived worker thread with its own
 * read-only connection: this thread keeps its event loop, reports the growing file about every 200 ms, and on a
 * cancel stops the worker and throws OperationCancelled (SQLite cannot stop a VACUUM half-way from outside, so
 * the worker is ended once the statement returns; the caller removes the partial file).
 */
export async function vacuumCopy(c: VacuumCopy, control?: OperationControl): Promise<void> {
  const pages = Number(c.sqlite.pragma('page_count', { simple: true }));
  const total = pages * Number(c.sqlite.pragma('page_size', { simple: true }));
  if (!control) {
    c.sqlite.exec(vacuumIntoSql(c.into));
    return;
  }
  const data: VacuumWorkerData = { file: c.sqlite.name, keys: c.keys, into: c.into };
  const worker = new Worker(vacuumWorkerEntry(), { workerData: data, name: 'puskesos-vacuum' });
  const report = (): void => c.onProgress?.(Math.min(sizeOf(c.into), total), total);
  const onAbort = (): void => void worker.terminate();
  control.signal.addEventListener('abort', onAbort, { once: true });
  const timer = setInterval(report, c.pollMs ?? POLL_MS);
  try {
    report();
    const done = await new Promise<VacuumWorkerDone>((resolve, reject) => {
      worker.once('message', resolve);
      worker.once('error', reject);
      worker.once('exit', () => resolve({ ok: false, message: 'Penyalinan register dihentikan.' }));
    });
    if (control.signal.aborted) throw new OperationCancelled();
    if (!done.ok) throw new Error(done.message);
    report();
  } finally {
    clearInterval(timer);
    control.signal.removeEventListener('abort', onAbort);
    // The worker is gone before the caller removes the file it wrote (Windows refuses to delete an open file).
    await worker.terminate();
  }
}
