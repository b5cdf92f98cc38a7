// Handlers for sign-in with lockout, session info, lock and unlock, sign-out and password change.
import type { Handlers, HandlerContext } from '../context.ts';
import { CoreError } from '../errors.ts';
import { DUMMY_HASH, hashPassword, verifyPassword } from '../auth/password.ts';
import { createSession, endOtherSessionsOfUser, endSession, setSessionLocked } from '../auth/sessions.ts';
import { findUserByName, getUserRow } from '../auth/users-repo.ts';
import { lockedError, recordFailedPassword, signInRefusal } from '../auth/lockout.ts';
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
      throw new CoreError('BAD_CREDENTIALS', signInRefusal(security));
    }
    ctx.subject('user', user.id);
    if (user.locked_until && Date.parse(user.locked_until) > now) throw lockedError(user.locked_until);
    if (!(await verifyPassword(input.password, user.password_hash))) {
      const refusal = { message: () => signInRefusal(security) };
      throw (await recordFailedPassword(db, user, security, now, refusal)).error;
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
      // The user is already known to the session, so the attempts left may be named here.
      throw (
        await recordFailedPassword(ctx.db, user, await getSecurity(ctx.db), now, {
          message: (left) => `Kata sandi salah. Sisa percobaan: ${left}.`,
        })
      ).error;
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
    const now = ctx.deps.now();
    const user = await getUserRow(ctx.db, s.userId);
    ctx.subject('user', user.id);
    if (user.locked_until && Date.parse(user.locked_until) > now) {
      await endSession(ctx.db, s.sessionId, now);
      throw lockedError(user.locked_until);
    }
    if (!(await verifyPassword(input.currentPassword, user.password_hash))) {
      // Counts like a failed sign-in: an unattended open session is no way to guess the password.
      throw (
        await recordFailedPassword(ctx.db, user, await getSecurity(ctx.db), now, {
          message: (left) => `Kata sandi lama salah. Sisa percobaan: ${left}.`,
          field: 'currentPassword',
        })
      ).error;
    }
    await ctx.db
      .updateTable('users')
      .set({
        password_hash: await hashPassword(input.newPassword),
        failed_attempts: 0,
        updated_at: new Date(now).toISOString(),
      })
      .where('id', '=', user.id)
      .execute();
    // Whoever else holds a session of this account (another PC, a forgotten tab) must sign in again.
    await endOtherSessionsOfUser(ctx.db, user.id, s.sessionId, now);
    return { changed: true };
  },
};
