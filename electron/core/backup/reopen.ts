// Wraps the dispatch so a call that staged a restore is followed by closing and reopening the database in place.
import { existsSync, mkdirSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import type { CoreDeps } from '../context.ts';
import type { OpenedDb } from '../db/open.ts';
import { fileStamp } from '../db/backup.ts';
import type { Dispatch } from '../dispatch.ts';
import { takeReopenRequest } from './reopen-request.ts';
import { applyPendingRestore, setAsideDir } from './restore.ts';

export interface Reopenable {
  dispatch: Dispatch;
  /** Closes whichever connection is current. */
  close(): Promise<void>;
}

/**
 * The register keeps its data-directory lock throughout; only the connection changes. `deps.db` and
 * `deps.sqlite` are replaced on the same object, so the dispatch, the hosts' timers and the sync scheduler,
 * which all hold `deps`, use the restored database from their next call on. Should the restored file fail to
 * open, the replaced database is put back (and the failed one kept aside) so the office can keep working.
 */
export function reopenable(
  deps: CoreDeps,
  inner: Dispatch,
  firstClose: () => Promise<void>,
  openAgain: () => Promise<OpenedDb>,
): Reopenable {
  let closeCurrent = firstClose;
  const swap = async (): Promise<void> => {
    await closeCurrent();
    const applied = applyPendingRestore(deps.paths);
    let next: OpenedDb;
    try {
      next = await openAgain();
    } catch (err) {
      if (!applied || !existsSync(applied.setAsidePath)) throw err;
      mkdirSync(setAsideDir(deps.paths), { recursive: true });
      renameSync(
        deps.paths.db,
        join(setAsideDir(deps.paths), `gagal-dipulihkan-${fileStamp(deps.now())}.sqlite`),
      );
      renameSync(applied.setAsidePath, deps.paths.db);
      next = await openAgain();
    }
    deps.db = next.db;
    deps.sqlite = next.sqlite;
    closeCurrent = next.close;
  };
  const dispatch: Dispatch = async (caller, method, input) => {
    const result = await inner(caller, method, input);
    const after = takeReopenRequest(deps);
    if (!after) return result;
    await swap();
    for (const f of after) await f(deps);
    return result;
  };
  return { dispatch, close: () => closeCurrent() };
}
