// Names of temporary files: `<final>.<pid>-<8 hex>.tmp`, so a later start or run finds and removes a left-over.
import { randomBytes } from 'node:crypto';
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

/** `<final>.<pid>-<hex>.<suffix>`: unique per writer, and the pid tells whether its writer still runs. */
export const tempNameFor = (final: string, suffix = 'tmp'): string =>
  `${final}.${process.pid}-${randomBytes(4).toString('hex')}.${suffix}`;

/** A temporary file of ours, with what SQLite may leave beside one (a rollback journal, WAL, shared memory). */
const TEMP = /\.(\d+)-[0-9a-f]{8}\.(?:payload\.)?tmp(?:-journal|-wal|-shm)?$/;

const isAlive = (pid: number): boolean => {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
};

/**
 * Removes our temporary files in `dir` (not recursive). `all`: every one (at a start, the data directory's lock
 * held, so no writer runs); otherwise only those whose writer process is gone (the next run of the same job,
 * possibly beside another process writing to the same USB folder). Returns the removed names.
 */
export function sweepTempFiles(dir: string, mode: 'all' | 'dead-writers'): string[] {
  if (!existsSync(dir)) return [];
  const removed: string[] = [];
  for (const name of readdirSync(dir)) {
    const m = TEMP.exec(name);
    if (!m) continue;
    if (mode === 'dead-writers' && isAlive(Number(m[1]))) continue;
    rmSync(join(dir, name), { force: true, recursive: true });
    removed.push(name);
  }
  return removed;
}
