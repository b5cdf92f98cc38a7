// User administration, the last-admin rule, ending a deactivated user's sessions, and the append-only audit log.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TypedCall } from '../../../../electron/core/dispatch.ts';
import {
  createUser,
  errorOf,
  freshSession,
  NO_SESSION,
  openSetUpOffice,
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
const signInRaw = (username: string, password: string) =>
  call(NO_SESSION, 'auth.signIn', { username, password });

describe('users', () => {
  it('creates a user who is listed and can sign in; a taken username (any case) is CONFLICT', async () => {
    const admin = await asAdmin();
    const u = await createUser(office.register, admin, 'koordinator', 'koor-baru');
    const listed = unwrap(await call(admin, 'users.list', {})).find((x) => x.id === u.id);
    expect(listed).toMatchObject({
      username: 'koor-baru',
      role: 'koordinator',
      active: true,
      lockedUntil: null,
    });
    unwrap(await signInRaw('koor-baru', u.password));

    const dup = errorOf(
      await call(admin, 'users.create', {
        username: 'KOOR-BARU',
        fullName: 'Orang Lain',
        role: 'petugas',
        password: 'sandi-lain-123',
      }),
      'CONFLICT',
    );
    expect(dup.fields).toHaveProperty('username');
    expect(
      unwrap(await call(admin, 'users.list', {})).filter((x) => x.username.toLowerCase() === 'koor-baru'),
    ).toHaveLength(1);
  });

  it("deactivating a user ends the user's sessions, which stay ended after reactivation", async () => {
    const admin = await asAdmin();
    const u = await createUser(office.register, admin, 'petugas', 'akan-nonaktif');
    const s1 = await freshSession(office, u.id);
    const s2 = await freshSession(office, u.id);
    unwrap(await call(s1, 'auth.session', {}));

    const updated = unwrap(await call(admin, 'users.update', { id: u.id, active: false }));
    expect(updated.active).toBe(false);
    errorOf(await call(s1, 'auth.session', {}), 'UNAUTHENTICATED');
    errorOf(await call(s2, 'auth.session', {}), 'UNAUTHENTICATED');
    const open = office.register.deps.sqlite
      .prepare('select count(*) as n from sessions where user_id = ? and ended_at is null')
      .get(u.id) as { n: number };
    expect(open.n).toBe(0);
    errorOf(await signInRaw(u.username, u.password), 'FORBIDDEN');

    unwrap(await call(admin, 'users.update', { id: u.id, active: true }));
    errorOf(await call(s1, 'auth.session', {}), 'UNAUTHENTICATED');
    unwrap(await signInRaw(u.username, u.password));
  });

  it('the last active admin can be neither demoted nor deactivated; with a second admin it can', async () => {
    const admin = await asAdmin();
    const adminId = office.users.admin.id;
    expect(
      errorOf(await call(admin, 'users.update', { id: adminId, role: 'petugas' }), 'CONFLICT').message,
    ).toMatch(/admin/);
    errorOf(await call(admin, 'users.update', { id: adminId, active: false }), 'CONFLICT');
    const me = unwrap(await call(admin, 'users.list', {})).find((x) => x.id === adminId);
    expect(me).toMatchObject({ role: 'admin', active: true });

    const second = await createUser(office.register, admin, 'admin', 'admin-kedua');
    unwrap(await call(admin, 'users.update', { id: second.id, role: 'petugas' }));
    errorOf(await call(admin, 'users.update', { id: adminId, role: 'petugas' }), 'CONFLICT');
    unwrap(await call(admin, 'users.update', { id: second.id, role: 'admin' }));
    // Now two admins: the second may demote the first, and is then the last one.
    const secondSession = await freshSession(office, second.id);
    unwrap(await call(secondSession, 'users.update', { id: adminId, role: 'koordinator' }));
    errorOf(await call(secondSession, 'users.update', { id: second.id, active: false }), 'CONFLICT');
    unwrap(await call(secondSession, 'users.update', { id: adminId, role: 'admin' }));
  });

  it('an unknown user id is NOT_FOUND', async () => {
    const admin = await asAdmin();
    const id = '0190a6c2-7b1e-7c3a-9d2e-4f5a6b7c8d9e';
    errorOf(await call(admin, 'users.update', { id, fullName: 'Siapa Saja' }), 'NOT_FOUND');
    errorOf(await call(admin, 'users.resetPassword', { id, newPassword: 'sandi-baru-123' }), 'NOT_FOUND');
  });

  it("a password reset ends the user's sessions, lifts a lockout, and only the new password works", async () => {
    const admin = await asAdmin();
    const u = await createUser(office.register, admin, 'tksk', 'lupa-sandi');
    const s = await freshSession(office, u.id);
    office.register.deps.sqlite
      .prepare('update users set locked_until = ? where id = ?')
      .run(new Date(office.clock.ms + 3_600_000).toISOString(), u.id);
    errorOf(await signInRaw(u.username, u.password), 'ACCOUNT_LOCKED');

    const reset = unwrap(
      await call(admin, 'users.resetPassword', { id: u.id, newPassword: 'sandi-reset-123' }),
    );
    expect(reset.lockedUntil).toBeNull();
    errorOf(await call(s, 'auth.session', {}), 'UNAUTHENTICATED');
    errorOf(await signInRaw(u.username, u.password), 'BAD_CREDENTIALS');
    unwrap(await signInRaw(u.username, 'sandi-reset-123'));
  });
});

describe('settings.security', () => {
  it('an admin update is read back by every signed-in user', async () => {
    const admin = await asAdmin();
    const wanted = { maxFailedAttempts: 7, lockoutSeconds: 900, idleLockSeconds: 300 };
    try {
      expect(unwrap(await call(admin, 'settings.updateSecurity', wanted))).toEqual(wanted);
      const pengamat = await freshSession(office, office.users.pengamat.id);
      expect(unwrap(await call(pengamat, 'settings.security', {}))).toEqual(wanted);
    } finally {
      unwrap(
        await call(admin, 'settings.updateSecurity', {
          maxFailedAttempts: 5,
          lockoutSeconds: 300,
          idleLockSeconds: 600,
        }),
      );
    }
  });
});

describe('audit log', () => {
  it('records mutating calls with who, what, on which device and channel', async () => {
    const admin = await asAdmin();
    const u = await createUser(office.register, admin, 'pengamat', 'tercatat');
    const page = unwrap(await call(admin, 'audit.list', { action: 'users.create', username: 'admin' }));
    const entry = page.rows.find((r) => r.entityId === u.id);
    expect(entry).toMatchObject({
      action: 'users.create',
      outcome: 'ok',
      username: 'admin',
      role: 'admin',
      entityType: 'user',
      device: 'PC-UJI (test)',
      detail: 'peran pengamat',
    });
    expect(page.total).toBeGreaterThanOrEqual(page.rows.length);
    expect(page.rows.every((r) => r.action.startsWith('users.create') && r.username === 'admin')).toBe(true);
  });

  it('filters by time range', async () => {
    office.clock.ms += 1000;
    const admin = await asAdmin();
    const from = new Date(office.clock.ms).toISOString();
    unwrap(await call(admin, 'users.update', { id: office.users.tksk.id, fullName: 'TKSK Jeruklegi' }));
    const to = new Date(office.clock.ms + 1).toISOString();
    const page = unwrap(await call(admin, 'audit.list', { from, to, action: 'users.update' }));
    expect(page.total).toBe(1);
    expect(page.rows[0]?.entityId).toBe(office.users.tksk.id);
  });

  it('is append-only: raw UPDATE and DELETE on audit_log are refused by the database', () => {
    const { sqlite } = office.register.deps;
    const count = () => (sqlite.prepare('select count(*) as n from audit_log').get() as { n: number }).n;
    const before = count();
    expect(before).toBeGreaterThan(0);
    expect(() => sqlite.prepare(`update audit_log set outcome = 'ok'`).run()).toThrow(/append-only/);
    expect(() => sqlite.prepare('delete from audit_log').run()).toThrow(/append-only/);
    expect(count()).toBe(before);
    expect(sqlite.prepare(`select count(*) as n from audit_log where outcome != 'ok'`).get()).not.toEqual({
      n: 0,
    });
  });
});
