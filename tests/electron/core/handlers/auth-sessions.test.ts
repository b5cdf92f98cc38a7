// Which sessions end when a password changes or an account locks: the others on a change, all of them at a lockout.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Caller } from '../../../../electron/core/context.ts';
import type { TypedCall } from '../../../../electron/core/dispatch.ts';
import { DEFAULT_SECURITY } from '../../../../electron/core/settings/security.ts';
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

const call: TypedCall = (caller, method, input) => office.register.call(caller, method, input);
const asAdmin = () => freshSession(office, office.users.admin.id);
const { maxFailedAttempts } = DEFAULT_SECURITY;

const alive = async (caller: Caller): Promise<boolean> => {
  const r = await call(caller, 'auth.session', {});
  if (r.ok) return true;
  expect(r.error.code).toBe('UNAUTHENTICATED');
  return false;
};

describe('a password change', () => {
  it("ends the user's other sessions, keeps the one that changed it, and leaves other users alone", async () => {
    const u = await createUser(office.register, await asAdmin(), 'petugas', 'dua-pc');
    const here = await signIn(office.register, u.username, u.password);
    const otherPc = await signIn(office.register, u.username, u.password);
    const lockedTab = await signIn(office.register, u.username, u.password);
    unwrap(await call(lockedTab, 'auth.lock', {}));
    const colleague = await freshSession(office, office.users.koordinator.id);

    unwrap(
      await call(here, 'auth.changePassword', { currentPassword: u.password, newPassword: 'sandi-baru-123' }),
    );
    expect(await alive(here)).toBe(true);
    expect(await alive(otherPc)).toBe(false);
    errorOf(await call(lockedTab, 'auth.unlock', { password: 'sandi-baru-123' }), 'UNAUTHENTICATED');
    expect(await alive(colleague)).toBe(true);
  });

  it('a wrong current password counts toward the lockout; at the limit the account locks and its sessions end', async () => {
    const u = await createUser(office.register, await asAdmin(), 'tksk', 'tebak-sandi');
    const caller = await signIn(office.register, u.username, u.password);
    const elsewhere = await signIn(office.register, u.username, u.password);
    const guess = { currentPassword: 'tebakan-salah', newPassword: 'sandi-pilihan-1' };
    for (let i = 1; i < maxFailedAttempts; i++) {
      const e = errorOf(await call(caller, 'auth.changePassword', guess), 'BAD_CREDENTIALS');
      expect(e.message).toBe(`Kata sandi lama salah. Sisa percobaan: ${maxFailedAttempts - i}.`);
    }
    errorOf(await call(caller, 'auth.changePassword', guess), 'ACCOUNT_LOCKED');
    expect(await alive(caller)).toBe(false);
    expect(await alive(elsewhere)).toBe(false);
    // The password did not change, and the account waits for the lockout like after failed sign-ins.
    errorOf(
      await call(NO_SESSION, 'auth.signIn', { username: u.username, password: u.password }),
      'ACCOUNT_LOCKED',
    );
    office.clock.ms += DEFAULT_SECURITY.lockoutSeconds * 1000 + 1000;
    unwrap(await call(NO_SESSION, 'auth.signIn', { username: u.username, password: u.password }));
  });

  it('a right current password resets the failed-attempt counter', async () => {
    const u = await createUser(office.register, await asAdmin(), 'pengamat', 'reset-hitungan');
    const caller = await signIn(office.register, u.username, u.password);
    const guess = { currentPassword: 'tebakan-salah', newPassword: 'sandi-pilihan-1' };
    errorOf(await call(caller, 'auth.changePassword', guess), 'BAD_CREDENTIALS');
    unwrap(
      await call(caller, 'auth.changePassword', {
        currentPassword: u.password,
        newPassword: 'sandi-baru-12',
      }),
    );
    const e = errorOf(await call(caller, 'auth.changePassword', guess), 'BAD_CREDENTIALS');
    expect(e.message).toContain(`Sisa percobaan: ${maxFailedAttempts - 1}`);
  });
});

describe('a lockout', () => {
  it("reached by failed sign-ins elsewhere ends the account's live sessions, not other users'", async () => {
    const u = await createUser(office.register, await asAdmin(), 'koordinator', 'dikunci-dari-luar');
    const open = await signIn(office.register, u.username, u.password);
    const colleague = await freshSession(office, office.users.petugas.id);
    for (let i = 1; i < maxFailedAttempts; i++) {
      errorOf(
        await call(NO_SESSION, 'auth.signIn', { username: u.username, password: `salah-${i}-xx` }),
        'BAD_CREDENTIALS',
      );
      expect(await alive(open)).toBe(true);
    }
    errorOf(
      await call(NO_SESSION, 'auth.signIn', { username: u.username, password: 'salah-akhir' }),
      'ACCOUNT_LOCKED',
    );
    expect(await alive(open)).toBe(false);
    expect(await alive(colleague)).toBe(true);
  });
});
