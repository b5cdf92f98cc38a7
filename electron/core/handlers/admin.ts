// Handlers for user administration, security settings and the audit log.
import { v7 as uuidv7 } from 'uuid';
import type { Handlers } from '../context.ts';
import { CoreError } from '../errors.ts';
import { hashPassword } from '../auth/password.ts';
import { endSessionsOfUser } from '../auth/sessions.ts';
import { countActiveAdmins, findUserByName, getUserRow, toUserSummary } from '../auth/users-repo.ts';
import { listAudit } from '../audit/audit-log.ts';
import { getSecurity, putSetting } from '../settings/security.ts';

type AdminHandlers = Pick<
  Handlers,
  | 'users.list'
  | 'users.create'
  | 'users.update'
  | 'users.resetPassword'
  | 'settings.security'
  | 'settings.updateSecurity'
  | 'audit.list'
>;

export const adminHandlers: AdminHandlers = {
  'users.list': async ({ db }) =>
    (await db.selectFrom('users').selectAll().orderBy('username').execute()).map(toUserSummary),

  'users.create': async (ctx, input) => {
    const { db, deps } = ctx;
    if (await findUserByName(db, input.username)) {
      throw new CoreError('CONFLICT', `Nama pengguna "${input.username}" sudah dipakai.`, {
        fields: { username: 'Nama pengguna sudah dipakai.' },
      });
    }
    const now = deps.now();
    const at = new Date(now).toISOString();
    const id = uuidv7({ msecs: now });
    await db
      .insertInto('users')
      .values({
        id,
        username: input.username,
        full_name: input.fullName,
        role: input.role,
        password_hash: await hashPassword(input.password),
        active: 1,
        failed_attempts: 0,
        locked_until: null,
        created_at: at,
        updated_at: at,
      })
      .execute();
    ctx.subject('user', id);
    ctx.note(`peran ${input.role}`);
    return toUserSummary(await getUserRow(db, id));
  },

  'users.update': async (ctx, input) => {
    const { db, deps } = ctx;
    const row = await getUserRow(db, input.id);
    ctx.subject('user', row.id);
    const demotes =
      row.role === 'admin' && ((input.role && input.role !== 'admin') || input.active === false);
    if (demotes && row.active === 1 && (await countActiveAdmins(db)) <= 1) {
      throw new CoreError('CONFLICT', 'Harus ada setidaknya satu admin aktif.');
    }
    const now = deps.now();
    await db
      .updateTable('users')
      .set({
        ...(input.fullName !== undefined ? { full_name: input.fullName } : {}),
        ...(input.role !== undefined ? { role: input.role } : {}),
        ...(input.active !== undefined ? { active: input.active ? 1 : 0 } : {}),
        updated_at: new Date(now).toISOString(),
      })
      .where('id', '=', row.id)
      .execute();
    if (input.active === false) await endSessionsOfUser(db, row.id, now);
    const changes = Object.keys(input).filter((k) => k !== 'id');
    ctx.note(`ubah: ${changes.join(', ')}`);
    return toUserSummary(await getUserRow(db, row.id));
  },

  'users.resetPassword': async (ctx, input) => {
    const { db, deps } = ctx;
    const row = await getUserRow(db, input.id);
    ctx.subject('user', row.id);
    const now = deps.now();
    await db
      .updateTable('users')
      .set({
        password_hash: await hashPassword(input.newPassword),
        failed_attempts: 0,
        locked_until: null,
        updated_at: new Date(now).toISOString(),
      })
      .where('id', '=', row.id)
      .execute();
    await endSessionsOfUser(db, row.id, now);
    return toUserSummary(await getUserRow(db, row.id));
  },

  'settings.security': async ({ db }) => getSecurity(db),

  'settings.updateSecurity': async (ctx, input) => {
    await putSetting(ctx.db, 'security', input, ctx.deps.now());
    ctx.subject('settings', 'security');
    return getSecurity(ctx.db);
  },

  'audit.list': async ({ db }, input) => listAudit(db, input),
};
