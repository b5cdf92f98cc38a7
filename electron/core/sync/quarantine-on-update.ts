// After an app update, records the quarantine set aside (unknown tables, columns) get one more chance.
import type { CoreDeps } from '../context.ts';
import { getMeta, getOwnOfficeId, putMeta } from '../office/office-repo.ts';
import { existingTables } from '../storage/tables.ts';
import { retryQuarantine, type RetryOutcome } from './quarantine.ts';

const KEY = 'app_version';

/**
 * Called on every open. When the app version differs from the one that last opened this register (an
 * update, usually with migrations that teach it new tables or columns) and records wait in the quarantine,
 * they are retried once. Never blocks opening: a failure is logged and the records stay for the next try.
 * Returns the outcome, or null when there was nothing to do.
 */
export async function retryQuarantineAfterUpdate(deps: CoreDeps): Promise<RetryOutcome | null> {
  const tables = await existingTables(deps.db, ['meta', 'sync_quarantine']);
  if (tables.size < 2 || !(await getOwnOfficeId(deps.db))) return null;
  const last = await getMeta(deps.db, KEY);
  if (last === deps.appVersion) return null;
  await putMeta(deps.db, KEY, deps.appVersion);
  const waiting = await deps.db
    .selectFrom('sync_quarantine')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('resolved', '=', 0)
    .executeTakeFirstOrThrow();
  if (Number(waiting.n) === 0) return null;
  try {
    return await retryQuarantine(deps);
  } catch (err) {
    console.error('[puskesos] quarantine retry after update failed:', err);
    return null;
  }
}
