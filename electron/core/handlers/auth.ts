// Handlers for sign-in with lockout, session info, lock and unlock, sign-out and password change.
import type { Handlers, HandlerContext } from '../context.ts';
import { CoreError } from '../errors.ts';
import { DUMMY_HASH, hashPassword, verifyPassword } from '../auth/password.ts';
import { createSession, endSession, setSessionLocked } from '../auth/sessions.ts';
import { findUserByName, getUserRow } from '../auth/users-repo.ts';
import { getSecurity } from '../settings/security.ts';
import type { Role } from '../../../shared/api/roles.ts';
import type { SessionInfo } from '../../../shared/types/users.ts';

type AuthHandlers = Pick<
  Handlers,
  'auth.signIn' | 'auth.session' | 'auth.lock' | 'auth.unlock' | 'auth.signOut' | 'auth.changePassword'
>;

const timeOfDay = (iso: string): string =>
  new Date(iso).toLocaleTimeString('id-ID', { hour: '2-digit', minute: '2-digit' });

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
    if (user.locked_until && Date.parse(user.locked_until) > now) {
      throw new CoreError(
        'ACCOUNT_LOCKED',
        `Akun terkunci karena terlalu banyak percobaan masuk yang gagal. Coba lagi setelah pukul ${timeOfDay(user.locked_until)}, atau minta admin mengatur ulang kata sandi.`,
      );
    }
    if (!(await verifyPassword(input.password, user.password_hash))) {
      const attempts = user.failed_attempts + 1;
      const at = new Date(now).toISOString();
      if (attempts >= security.maxFailedAttempts) {
        const until = new Date(now + security.lockoutSeconds * 1000).toISOString();
        await db
          .updateTable('users')
          .set({ failed_attempts: 0, locked_until: until, updated_at: at })
          .where('id', '=', user.id)
          .execute();
        throw new CoreError(
          'ACCOUNT_LOCKED',
          `Kata sandi salah ${attempts} kali. Akun dikunci sampai pukul ${timeOfDay(until)} (${Math.round(security.lockoutSeconds / 60)} menit).`,
          { commit: true },
        );
      }
      await db
        .updateTable('users')
        .set({ failed_attempts: attempts, updated_at: at })
        .where('id', '=', user.id)
        .execute();
      const left = security.maxFailedAttempts - attempts;
      throw new CoreError(
        'BAD_CREDENTIALS',
        `Nama pengguna atau kata sandi salah. Sisa percobaan: ${left}.`,
        {
          commit: true,
        },
      );
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
    const user = await getUserRow(ctx.db, s.userId);
    if (!(await verifyPassword(input.password, user.password_hash))) {
      throw new CoreError('BAD_CREDENTIALS', 'Kata sandi salah.');
    }
    await setSessionLocked(ctx.db, s.sessionId, false, ctx.deps.now());
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
