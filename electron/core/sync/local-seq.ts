// The local change counter: one value per writing transaction, stored on every row it touches (local_seq).
import type { DbOrTrx } from '../db/database.ts';
import { getMeta, putMeta } from '../office/office-repo.ts';

const KEY = 'local_seq';

/**
 * Next value of the counter. Transactions on the one SQLite connection never interleave, so values grow in
 * commit order, and "every row with local_seq above what the peer acknowledged" is exactly what it lacks —
 * whatever the PC clocks say. Rows written before the counter existed carry 0.
 */
export async function nextLocalSeq(db: DbOrTrx): Promise<number> {
  const next = Number((await getMeta(db, KEY)) ?? '0') + 1;
  await putMeta(db, KEY, String(next));
  return next;
}
