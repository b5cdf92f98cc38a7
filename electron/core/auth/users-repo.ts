// Reads users and maps rows to the shared camelCase types.
import type { DbOrTrx } from '../db/database.ts';
import type { UsersTable } from '../db/tables/users.ts';
import type { Role } from '../../../shared/api/roles.ts';
import type { UserSummary } from '../../../shared/types/users.ts';
import { CoreError } from '../errors.ts';

export const toUserSummary = (r: UsersTable): UserSummary => ({
  id: r.id,
  username: r.username,
  fullName: r.full_name,
  role: r.role as Role,
  active: r.active === 1,
  lockedUntil: r.locked_until,
  failedAttempts: r.failed_attempts,
  createdAt: r.created_at,
});

export async function getUserRow(db: DbOrTrx, id: string): Promise<UsersTable> {
  const row = await db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw new CoreError('NOT_FOUND', 'Pengguna tidak ditemukan.');
  return row;
}

export const findUserByName = (db: DbOrTrx, username: string): Promise<UsersTable | undefined> =>
  db
    .selectFrom('users')
    .selectAll()
    .where((eb) => eb(eb.fn('lower', ['username']), '=', username.toLowerCase()))
    .executeTakeFirst();

export async function countActiveAdmins(db: DbOrTrx): Promise<number> {
  const r = await db
    .selectFrom('users')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('role', '=', 'admin')
    .where('active', '=', 1)
    .executeTakeFirstOrThrow();
  return Number(r.n);
}
