// Failed-password bookkeeping shared by sign-in, unlock and password change: count, lock at the limit, explain.
import type { DbOrTrx } from '../db/database.ts';
import type { UsersTable } from '../db/tables/users.ts';
import { CoreError } from '../errors.ts';
import { endSessionsOfUser } from './sessions.ts';
import type { SecuritySettings } from '../../../shared/types/users.ts';

export const timeOfDay = (iso: string): string =>
  new Date(iso).toLocaleTimeString('id-ID', { hour: '2-digit', minute: '2-digit' });

export const lockedError = (lockedUntil: string): CoreError =>
  new CoreError(
    'ACCOUNT_LOCKED',
    `Akun terkunci karena terlalu banyak percobaan masuk yang gagal. Coba lagi setelah pukul ${timeOfDay(lockedUntil)}, atau minta admin mengatur ulang kata sandi.`,
  );

/**
 * The sign-in refusal, word for word the same for an unknown user name and a wrong password, so names
 * cannot be told apart by it; the lockout rule it states is the office's, not the account's count.
 */
export const signInRefusal = (security: SecuritySettings): string =>
  `Nama pengguna atau kata sandi salah. Setelah ${security.maxFailedAttempts} kali gagal, akun dikunci ` +
  `selama ${Math.round(security.lockoutSeconds / 60)} menit.`;

export interface Refusal {
  /** The BAD_CREDENTIALS message, given the attempts left before the lockout. */
  message: (left: number) => string;
  /** The form field the refusal belongs to. */
  field?: string;
}

/**
 * Records one wrong password and returns the error to throw (marked `commit`, so the counter survives the
 * failed call). At the limit the account is locked for `lockoutSeconds`, every live session of it ends
 * (wherever it was opened) and the counter starts again.
 */
export async function recordFailedPassword(
  db: DbOrTrx,
  user: Pick<UsersTable, 'id' | 'failed_attempts'>,
  security: SecuritySettings,
  now: number,
  refusal: Refusal,
): Promise<{ error: CoreError; locked: boolean }> {
  const attempts = user.failed_attempts + 1;
  const at = new Date(now).toISOString();
  if (attempts >= security.maxFailedAttempts) {
    const until = new Date(now + security.lockoutSeconds * 1000).toISOString();
    await db
      .updateTable('users')
      .set({ failed_attempts: 0, locked_until: until, updated_at: at })
      .where('id', '=', user.id)
      .execute();
    await endSessionsOfUser(db, user.id, now);
    const minutes = Math.round(security.lockoutSeconds / 60);
    return {
      locked: true,
      error: new CoreError(
        'ACCOUNT_LOCKED',
        `Kata sandi salah ${attempts} kali. Akun dikunci sampai pukul ${timeOfDay(until)} (${minutes} menit).`,
        { commit: true },
      ),
    };
  }
  await db
    .updateTable('users')
    .set({ failed_attempts: attempts, updated_at: at })
    .where('id', '=', user.id)
    .execute();
  const message = refusal.message(security.maxFailedAttempts - attempts);
  return {
    locked: false,
    error: new CoreError('BAD_CREDENTIALS', message, {
      commit: true,
      ...(refusal.field ? { fields: { [refusal.field]: message } } : {}),
    }),
  };
}
