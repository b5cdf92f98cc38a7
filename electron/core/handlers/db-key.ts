// Contract handler for rotating the register's database key (admin; `puskesos db-key rotate`), audited.
import type { Handlers } from '../context.ts';
import { requestReopen } from '../backup/reopen-request.ts';
import { readerThreadOf } from '../db/reader-thread.ts';
import { rotateDbKey } from '../db/rotate-key.ts';

export const dbKeyHandlers: Pick<Handlers, 'security.rotateDbKey'> = {
  'security.rotateDbKey': async (ctx) => {
    // The read-only connection still holds the retired key: reads use the writer until both are reopened with
    // the new key right after this call (the same close-and-reopen a restore uses).
    ctx.deps.reader = undefined;
    // The reader thread's connection too: closed before the file is rewritten, reopened with the others.
    const thread = readerThreadOf(ctx.deps);
    await thread?.pause();
    let rotated;
    try {
      rotated = rotateDbKey(ctx.deps);
    } catch (err) {
      // Nothing was rotated: the reader thread goes on with the key it had.
      await thread?.resume(ctx.deps).catch(() => undefined);
      throw err;
    }
    const { keys, files } = rotated;
    ctx.deps.dbKeys = keys;
    requestReopen(ctx.deps);
    // The audit entry records that and how much, never a key.
    ctx.note(`kunci basis data diganti; ${files.length} file dienkripsi ulang`);
    return { rotatedAt: new Date(ctx.deps.now()).toISOString(), files };
  },
};
