// Copies the encrypted lampiran/ files between a store and its backup mirror, and sweeps their temporary files.
import { constants, copyFileSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { sweepTempFiles, tempNameFor } from '../datadir/temp-names.ts';
import { STORE_DIR } from './blob-store.ts';

/** The backups' copy of the store, shared by every local backup (files are immutable and named by content). */
export const backupStoreRoot = (backupsDir: string): string => join(backupsDir, STORE_DIR);

const STORE_NAME = /^[0-9a-f]{64}$/;
const PREFIX = /^[0-9a-f]{2}$/;

/** The store's `<prefix>/<name>` files (temporary and foreign names left out). */
export function storeFiles(root: string): string[] {
  if (!existsSync(root)) return [];
  const out: string[] = [];
  for (const prefix of readdirSync(root)) {
    if (!PREFIX.test(prefix)) continue;
    for (const name of readdirSync(join(root, prefix))) {
      if (STORE_NAME.test(name) && name.startsWith(prefix)) out.push(join(prefix, name));
    }
  }
  return out;
}

/**
 * Copies every file of `from` that `to` lacks (temporary name, rename), as is: still encrypted, under the same
 * name (the data key travels inside the register copy). A file never changes once written, so a file present
 * under its name is complete and is not copied again: backing up a store of 3 GB copies only the new scans.
 * A copy, not a hard link: a damaged sector under the store must not damage the backup too.
 */
export function mirrorStore(from: string, to: string): number {
  let copied = 0;
  for (const rel of storeFiles(from)) {
    const target = join(to, rel);
    if (existsSync(target)) continue;
    mkdirSync(join(target, '..'), { recursive: true, mode: 0o700 });
    const tmp = tempNameFor(target);
    try {
      copyFileSync(join(from, rel), tmp, constants.COPYFILE_FICLONE);
      renameSync(tmp, target);
      copied += 1;
    } finally {
      rmSync(tmp, { force: true });
    }
  }
  return copied;
}

/**
 * Temporary files a power cut left inside a store's prefix folders: all of them at open (data directory
 * locked); on a USB stick only those whose writer process is gone (another PC may be writing there).
 */
export function sweepStoreTemps(root: string, mode: 'all' | 'dead-writers' = 'all'): string[] {
  if (!existsSync(root)) return [];
  const removed: string[] = [];
  for (const prefix of readdirSync(root)) {
    if (PREFIX.test(prefix))
      removed.push(...sweepTempFiles(join(root, prefix), mode).map((f) => `${prefix}/${f}`));
  }
  return removed;
}
