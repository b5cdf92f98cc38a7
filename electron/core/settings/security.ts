// Security settings (lockout and idle lock), stored in the local settings table with defaults.
import type { DbOrTrx } from '../db/database.ts';
import type { SecuritySettings } from '../../../shared/types/users.ts';

export const DEFAULT_SECURITY: SecuritySettings = {
  maxFailedAttempts: 5,
  lockoutSeconds: 5 * 60,
  idleLockSeconds: 10 * 60,
};

export async function getSetting<T>(db: DbOrTrx, key: string, fallback: T): Promise<T> {
  const row = await db.selectFrom('settings').select('value').where('key', '=', key).executeTakeFirst();
  return row ? { ...fallback, ...(JSON.parse(row.value) as T) } : fallback;
}

export async function putSetting(db: DbOrTrx, key: string, value: unknown, now: number): Promise<void> {
  const row = { key, value: JSON.stringify(value), updated_at: new Date(now).toISOString() };
  await db
    .insertInto('settings')
    .values(row)
    .onConflict((oc) => oc.column('key').doUpdateSet({ value: row.value, updated_at: row.updated_at }))
    .execute();
}

export const getSecurity = (db: DbOrTrx): Promise<SecuritySettings> =>
  getSetting(db, 'security', DEFAULT_SECURITY);
