// Sign-in, lockout after repeated failures, idle lock and unlock, sign-out and password change, through the dispatch.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TypedCall } from '../../../../electron/core/dispatch.ts';
import { DEFAULT_SECURITY } from '../../../../electron/core/settings/security.ts';
import { signInRefusal } from '../../../../electron/core/auth/lockout.ts';
import {
  createUser,
  errorOf,
  freshSession,
  NO_SESSION,
  openSetUpOffice,
  signIn,
  unwrap,
  type TestOffice,
} from '../../../support/register.ts';

let office: TestOffice;
beforeAll(async () => {
  office = await openSetUpOffice();
});
afterAll(() => office.dispose());

/** The clock moves in this file, so each admin action uses a session opened now. */
const asAdmin = () => freshSession(office, office.users.admin.id);
const call: TypedCall = (caller, method, input) => office.register.call(caller, method, input);
const signInRaw = (username: string, password: string) =>
  call(NO_SESSION, 'auth.signIn', { username, password });
const userRow = (id: string) =>
  office.register.deps.sqlite
    .prepare('select failed_attempts, locked_until from users where id = ?')
    .get(id) as {
    failed_attempts: number;
    locked_until: string | null;
  };

describe('auth.signIn', () => {
  it('signs in with the right password and returns the user, role and security settings', async () => {
    const petugas = office.users.petugas;
    const info = unwrap(await signInRaw(petugas.username, petugas.password));
    expect(info.user).toMatchObject({ id: petugas.id, username: petugas.username, role: 'petugas' });
    expect(info.security).toEqual(DEFAULT_SECURITY);
    const caller = { channel: 'test' as const, sessionId: info.sessionId };
    expect(unwrap(await call(caller, 'auth.session', {})).user.id).toBe(petugas.id);
    const row = office.register.deps.sqlite
      .prepare('select user_id, channel, ended_at from sessions where id = ?')
      .get(info.sessionId);
    expect(row).toEqual({ user_id: petugas.id, channel: 'test', ended_at: null });
  });

  it('matches the username without regard to case', async () => {
    const koordinator = office.users.koordinator;
    unwrap(await signInRaw(koordinator.username.toUpperCase(), koordinator.password));
  });

  it('a wrong password is BAD_CREDENTIALS without the attempts left, and the counter is kept', async () => {
    const u = await createUser(office.register, await asAdmin(), 'tksk', 'salah-sandi');
    const err = errorOf(await signInRaw(u.username, 'bukan-sandinya'), 'BAD_CREDENTIALS');
    expect(err.message).toBe(signInRefusal(DEFAULT_SECURITY));
    expect(err.message).not.toContain('Sisa percobaan');
    expect(userRow(u.id).failed_attempts).toBe(1);
    errorOf(await signInRaw(u.username, 'bukan-sandinya'), 'BAD_CREDENTIALS');
    expect(userRow(u.id).failed_attempts).toBe(2);
    // A successful sign-in resets the counter.
    unwrap(await signInRaw(u.username, u.password));
    expect(userRow(u.id).failed_attempts).toBe(0);
    const again = errorOf(await signInRaw(u.username, 'bukan-sandinya'), 'BAD_CREDENTIALS');
    expect(again.message).toBe(signInRefusal(DEFAULT_SECURITY));
  });

  it('an unknown username is BAD_CREDENTIALS, creates no session and is audited as gagal', async () => {
    const sessionsBefore = office.register.deps.sqlite.prepare('select count(*) as n from sessions').get();
    const unknown = errorOf(await signInRaw('tidak-ada', 'apa-saja-123'), 'BAD_CREDENTIALS');
    expect(office.register.deps.sqlite.prepare('select count(*) as n from sessions').get()).toEqual(
      sessionsBefore,
    );
    const audit = office.register.deps.sqlite
      .prepare(`select outcome from audit_log where action = 'auth.signIn' order by id desc limit 1`)
      .get();
    expect(audit).toEqual({ outcome: 'gagal' });
    // Word for word what a wrong password for an existing name answers: names cannot be enumerated.
    const known = errorOf(await signInRaw(office.users.pengamat.username, 'apa-saja-123'), 'BAD_CREDENTIALS');
    expect(unknown).toEqual(known);
    expect(unknown.message).toBe(
      'Nama pengguna atau kata sandi salah. Setelah 5 kali gagal, akun dikunci selama 5 menit.',
    );
    unwrap(await signInRaw(office.users.pengamat.username, office.users.pengamat.password));
  });

  it('the fifth failure locks the account; the right password is refused until the lockout period ends', async () => {
    const u = await createUser(office.register, await asAdmin(), 'petugas', 'terkunci');
    const { maxFailedAttempts, lockoutSeconds } = DEFAULT_SECURITY;
    for (let i = 1; i < maxFailedAttempts; i++) {
      const err = errorOf(await signInRaw(u.username, `salah-${i}-xyz`), 'BAD_CREDENTIALS');
      expect(err.message).toBe(signInRefusal(DEFAULT_SECURITY));
    }
    errorOf(await signInRaw(u.username, 'salah-terakhir'), 'ACCOUNT_LOCKED');
    expect(userRow(u.id).locked_until).toBe(new Date(office.clock.ms + lockoutSeconds * 1000).toISOString());

    errorOf(await signInRaw(u.username, u.password), 'ACCOUNT_LOCKED');
    office.clock.ms += lockoutSeconds * 1000 - 1000;
    errorOf(await signInRaw(u.username, u.password), 'ACCOUNT_LOCKED');
    office.clock.ms += 2000;
    const info = unwrap(await signInRaw(u.username, u.password));
    expect(info.user.id).toBe(u.id);
    expect(userRow(u.id)).toEqual({ failed_attempts: 0, locked_until: null });
  });

  it('honours a changed maxFailedAttempts', async () => {
    const admin = await asAdmin();
    unwrap(await call(admin, 'settings.updateSecurity', { ...DEFAULT_SECURITY, maxFailedAttempts: 3 }));
    try {
      const u = await createUser(office.register, admin, 'pengamat', 'tiga-kali');
      errorOf(await signInRaw(u.username, 'salah-sandi-1'), 'BAD_CREDENTIALS');
      errorOf(await signInRaw(u.username, 'salah-sandi-2'), 'BAD_CREDENTIALS');
      errorOf(await signInRaw(u.username, 'salah-sandi-3'), 'ACCOUNT_LOCKED');
    } finally {
      unwrap(await call(admin, 'settings.updateSecurity', DEFAULT_SECURITY));
    }
  });
});

describe('idle lock and unlock', () => {
  it('a session idle longer than idleLockSeconds is SESSION_LOCKED; only the right password unlocks it', async () => {
    const tksk = office.users.tksk;
    const caller = await signIn(office.register, tksk.username, tksk.password);
    unwrap(await call(caller, 'auth.session', {}));
    office.clock.ms += DEFAULT_SECURITY.idleLockSeconds * 1000 + 1000;
    errorOf(await call(caller, 'auth.session', {}), 'SESSION_LOCKED');
    errorOf(await call(caller, 'office.details', {}), 'SESSION_LOCKED');

    errorOf(await call(caller, 'auth.unlock', { password: 'bukan-sandinya' }), 'BAD_CREDENTIALS');
    errorOf(await call(caller, 'auth.session', {}), 'SESSION_LOCKED');

    const info = unwrap(await call(caller, 'auth.unlock', { password: tksk.password }));
    expect(info.user.id).toBe(tksk.id);
    unwrap(await call(caller, 'auth.session', {}));
  });

  it('activity within the idle period keeps the session open', async () => {
    const caller = await freshSession(office, office.users.pengamat.id);
    for (let i = 0; i < 3; i++) {
      office.clock.ms += DEFAULT_SECURITY.idleLockSeconds * 1000 - 1000;
      unwrap(await call(caller, 'auth.session', {}));
    }
  });

  it('honours a shorter idleLockSeconds', async () => {
    const admin = await asAdmin();
    unwrap(await call(admin, 'settings.updateSecurity', { ...DEFAULT_SECURITY, idleLockSeconds: 60 }));
    try {
      const caller = await freshSession(office, office.users.pengamat.id);
      office.clock.ms += 61_000;
      errorOf(await call(caller, 'auth.session', {}), 'SESSION_LOCKED');
    } finally {
      unwrap(await call(await asAdmin(), 'settings.updateSecurity', DEFAULT_SECURITY));
    }
  });

  it('wrong unlock passwords count toward the lockout: at the limit the account locks and the session ends', async () => {
    const koor = office.users.koordinator;
    const caller = await freshSession(office, koor.id);
    unwrap(await call(caller, 'auth.lock', {}));
    for (let i = 1; i < DEFAULT_SECURITY.maxFailedAttempts; i++) {
      const e = errorOf(await call(caller, 'auth.unlock', { password: 'tebak-tebakan' }), 'BAD_CREDENTIALS');
      expect(e.message).toContain(`Sisa percobaan: ${DEFAULT_SECURITY.maxFailedAttempts - i}`);
      expect(userRow(koor.id).failed_attempts).toBe(i);
    }
    errorOf(await call(caller, 'auth.unlock', { password: 'tebak-tebakan' }), 'ACCOUNT_LOCKED');
    expect(userRow(koor.id).locked_until).not.toBeNull();
    // The session is gone: even the right password cannot reopen it, and sign-in waits for the lockout.
    errorOf(await call(caller, 'auth.unlock', { password: koor.password }), 'UNAUTHENTICATED');
    errorOf(await signInRaw(koor.username, koor.password), 'ACCOUNT_LOCKED');
    office.clock.ms += DEFAULT_SECURITY.lockoutSeconds * 1000 + 1000;
    unwrap(await signInRaw(koor.username, koor.password));
  });

  it('auth.lock locks the session at once; the user can still sign out', async () => {
    const caller = await freshSession(office, office.users.petugas.id);
    unwrap(await call(caller, 'auth.lock', {}));
    errorOf(await call(caller, 'auth.session', {}), 'SESSION_LOCKED');
    unwrap(await call(caller, 'auth.signOut', {}));
    errorOf(await call(caller, 'auth.session', {}), 'UNAUTHENTICATED');
    errorOf(
      await call(caller, 'auth.unlock', { password: office.users.petugas.password }),
      'UNAUTHENTICATED',
    );
  });
});

describe('auth.signOut and auth.changePassword', () => {
  it('signing out ends only that session', async () => {
    const a = await freshSession(office, office.users.koordinator.id);
    const b = await freshSession(office, office.users.koordinator.id);
    unwrap(await call(a, 'auth.signOut', {}));
    errorOf(await call(a, 'auth.session', {}), 'UNAUTHENTICATED');
    unwrap(await call(b, 'auth.session', {}));
  });

  it('changes the password only when the current one is right', async () => {
    const u = await createUser(office.register, await asAdmin(), 'petugas', 'ganti-sandi');
    const caller = await freshSession(office, u.id);
    const wrong = errorOf(
      await call(caller, 'auth.changePassword', {
        currentPassword: 'bukan-sandinya',
        newPassword: 'sandi-baru-123',
      }),
      'BAD_CREDENTIALS',
    );
    expect(wrong.fields?.currentPassword).toBe(
      `Kata sandi lama salah. Sisa percobaan: ${DEFAULT_SECURITY.maxFailedAttempts - 1}.`,
    );
    unwrap(await signInRaw(u.username, u.password));

    unwrap(
      await call(caller, 'auth.changePassword', {
        currentPassword: u.password,
        newPassword: 'sandi-baru-123',
      }),
    );
    errorOf(await signInRaw(u.username, u.password), 'BAD_CREDENTIALS');
    unwrap(await signInRaw(u.username, 'sandi-baru-123'));
  });
});
