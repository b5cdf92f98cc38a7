// An exclusive lock file so that the CLI never works on a data directory a running app holds.
import { closeSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { DataDirError } from '../errors.ts';

interface LockInfo {
  pid: number;
  holder: string;
  since: string;
}

const isAlive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
};

const readLock = (path: string): LockInfo | null => {
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as LockInfo;
  } catch {
    return null;
  }
};

/** Takes the lock or throws a DataDirError naming the holder. A lock left by a dead process is taken over. */
export function acquireLock(path: string, holder: string, now: number): () => void {
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(path, 'wx', 0o600);
      const info: LockInfo = { pid: process.pid, holder, since: new Date(now).toISOString() };
      writeSync(fd, JSON.stringify(info));
      closeSync(fd);
      return () => rmSync(path, { force: true });
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      const info = readLock(path);
      if (info && isAlive(info.pid)) {
        throw new DataDirError(
          `Direktori data sedang dipakai oleh ${info.holder} (PID ${info.pid}, sejak ${info.since}). ` +
            'Tutup aplikasi itu terlebih dahulu.',
        );
      }
      rmSync(path, { force: true });
    }
  }
  throw new DataDirError(`Tidak dapat mengunci direktori data (${path}).`);
}
