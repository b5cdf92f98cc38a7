// Handlers for sign-in with lockout, session info, lock and unlock, sign-out and password change.
import type { Handlers, HandlerContext } from '../context.ts';
import { CoreError } from '../errors.ts';
import { DUMMY_HASH, hashPassword, verifyPassword } from '../auth/password.ts';
import { createSession, endSession, setSessionLocked } from '../auth/sessions.ts';
import { findUserByName, getUserRow } from '../auth/users-repo.ts';
import { lockedError, recordFailedPassword } from '../auth/lockout.ts';
import { getSecurity } from '../settings/security.ts';
import type { Role } from '../../../shared/api/roles.ts';
import type { SessionInfo } from '../../../shared/types/users.ts';

type AuthHandlers = Pick<
  Handlers,
  'auth.signIn' | 'auth.session' | 'auth.lock' | 'auth.unlock' | 'auth.signOut' | 'auth.changePassword'
>;

async function sessionInfo(ctx: HandlerContext, sessionId: string, userId: string): Promise<SessionInfo> {
  const row = await getUserRow(ctx.db, userId);
  return {
    sessionId,
    user: { id: row.id, username: row.username, fullName: row.full_name, role: row.role as Role },
    security: await getSecurity(ctx.db),
  };
}

const requireSession = (ctx: HandlerContext): { sessionId: string; userId: string } => {
  if (!ctx.sessionId || !ctx.user)
    throw new CoreError('UNAUTHENTICATED', 'Sesi tidak ditemukan. Silakan masuk lagi.');
  return { sessionId: ctx.sessionId, userId: ctx.user.id };
};

export const authHandlers: AuthHandlers = {
  'auth.signIn': async (ctx, input) => {
    const { db, deps } = ctx;
    const now = deps.now();
    const security = await getSecurity(db);
    const user = await findUserByName(db, input.username);
    ctx.note(`masuk sebagai ${input.username}`);
    if (!user) {
      await verifyPassword(input.password, DUMMY_HASH);
      throw new CoreError('BAD_CREDENTIALS', 'Nama pengguna atau kata sandi salah.');
    }
    ctx.subject('user', user.id);
    if (user.locked_until && Date.parse(user.locked_until) > now) throw lockedError(user.locked_until);
    if (!(await verifyPassword(input.password, user.password_hash))) {
      throw (await recordFailedPassword(db, user, security, now, 'Nama pengguna atau kata sandi salah.'))
        .error;
    }
    if (user.active !== 1) throw new CoreError('FORBIDDEN', 'Akun ini dinonaktifkan. Hubungi admin kantor.');
    await db
      .updateTable('users')
      .set({ failed_attempts: 0, locked_until: null })
      .where('id', '=', user.id)
      .execute();
    const sessionId = await createSession(db, user.id, deps.device, ctx.caller.channel, now);
    return sessionInfo(ctx, sessionId, user.id);
  },

  'auth.session': async (ctx) => {
    const s = requireSession(ctx);
    return sessionInfo(ctx, s.sessionId, s.userId);
  },

  'auth.lock': async (ctx) => {
    const s = requireSession(ctx);
    await setSessionLocked(ctx.db, s.sessionId, true, ctx.deps.now());
    return { locked: true };
  },

  'auth.unlock': async (ctx, input) => {
    const s = requireSession(ctx);
    const now = ctx.deps.now();
    const user = await getUserRow(ctx.db, s.userId);
    ctx.subject('user', user.id);
    if (user.locked_until && Date.parse(user.locked_until) > now) {
      await endSession(ctx.db, s.sessionId, now);
      throw lockedError(user.locked_until);
    }
    if (!(await verifyPassword(input.password, user.password_hash))) {
      // Wrong unlock passwords count like failed sign-ins, so a locked screen cannot be guessed at forever.
      const failed = await recordFailedPassword(
        ctx.db,
        user,
        await getSecurity(ctx.db),
        now,
        'Kata sandi salah.',
      );
      if (failed.locked) await endSession(ctx.db, s.sessionId, now);
      throw failed.error;
    }
    await ctx.db.updateTable('users').set({ failed_attempts: 0 }).where('id', '=', user.id).execute();
    await setSessionLocked(ctx.db, s.sessionId, false, now);
    return sessionInfo(ctx, s.sessionId, s.userId);
  },

  'auth.signOut': async (ctx) => {
    const s = requireSession(ctx);
    await endSession(ctx.db, s.sessionId, ctx.deps.now());
    return { signedOut: true };
  },

  'auth.changePassword': async (ctx, input) => {
    const s = requireSession(ctx);
    const user = await getUserRow(ctx.db, s.userId);
    if (!(await verifyPassword(input.currentPassword, user.password_hash))) {
      throw new CoreError('BAD_CREDENTIALS', 'Kata sandi lama salah.', {
        fields: { currentPassword: 'Kata sandi lama salah.' },
      });
    }
    await ctx.db
      .updateTable('users')
      .set({
        password_hash: await hashPassword(input.newPassword),
        updated_at: new Date(ctx.deps.now()).toISOString(),
      })
      .where('id', '=', user.id)
      .execute();
    ctx.subject('user', user.id);
    return { changed: true };
  },
};
