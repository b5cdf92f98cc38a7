// One outbox bundle handed to the user as a file: where it is, how big, and a streamed copy to a chosen place.
import { createReadStream, createWriteStream, statSync } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { tempNameFor } from '../datadir/temp-names.ts';
import { CoreError } from '../errors.ts';
import { outboxDir } from './status.ts';

/** The bundle's path in the outbox (a bare name only: folders in `fileName` are dropped). */
export const outboxBundlePath = (dataDir: string, fileName: string): string =>
  join(outboxDir(dataDir), basename(fileName));

/** Its size in bytes; NOT_FOUND with the clerk's message when it is no longer in the outbox. */
export function outboxBundleSize(dataDir: string, fileName: string): number {
  const stat = statSync(outboxBundlePath(dataDir, fileName), { throwIfNoEntry: false });
  if (!stat?.isFile()) throw new CoreError('NOT_FOUND', `Paket ${fileName} tidak ada lagi di folder outbox.`);
  return stat.size;
}

/**
 * Copies the bundle to `dest` as a stream (never whole in memory) under a temporary name, renamed once complete:
 * a copy cut short leaves no file that looks like a bundle.
 */
export async function copyOutboxBundle(dataDir: string, fileName: string, dest: string): Promise<void> {
  const tmp = tempNameFor(dest);
  try {
    await pipeline(
      createReadStream(outboxBundlePath(dataDir, fileName)),
      createWriteStream(tmp, { flags: 'wx' }),
    );
    await rename(tmp, dest);
  } finally {
    await rm(tmp, { force: true });
  }
}
