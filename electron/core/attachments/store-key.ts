// The lampiran/ store's data key: random, created on first use, kept inside the encrypted register.
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import type { DbOrTrx } from '../db/database.ts';
import { STORE_DIR, storeKeys, type StoreKeys } from './blob-store.ts';

/** The store beside the register: <dataDir>/lampiran. */
export const storeRoot = (dataDir: string): string => join(dataDir, STORE_DIR);

/** The keys if the store has a data key yet (null on a register that never held an attachment). */
export async function findStoreKeys(db: DbOrTrx): Promise<StoreKeys | null> {
  const row = await db
    .selectFrom('attachment_store_key')
    .select('data_key')
    .where('id', '=', 1)
    .executeTakeFirst();
  return row ? storeKeys(row.data_key) : null;
}

/** The keys, creating the data key on first use (inside the caller's transaction). */
export async function ensureStoreKeys(db: DbOrTrx, nowMs: number): Promise<StoreKeys> {
  const found = await findStoreKeys(db);
  if (found) return found;
  const dataKey = randomBytes(32).toString('hex');
  await db
    .insertInto('attachment_store_key')
    .values({ id: 1, data_key: dataKey, created_at: new Date(nowMs).toISOString() })
    .execute();
  return storeKeys(dataKey);
}
