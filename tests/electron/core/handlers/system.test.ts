// First-run setup through the dispatch: what works before it, region-level checks, rollback, and no second setup.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { METHODS, type Method } from '../../../../shared/api/contract.ts';
import {
  dbSnapshot,
  errorOf,
  NO_SESSION,
  openTestRegister,
  removeTempDirs,
  SETUP_INPUT,
  signIn,
  unwrap,
  type TestRegister,
} from '../../../support/register.ts';
import { SAMPLES } from '../../../shared/api/samples.ts';

/** The only methods a register answers before its office exists. */
const BEFORE_SETUP: readonly Method[] = [
  'system.status',
  'regions.list',
  'regions.resolve',
  'setup.complete',
];

let t: TestRegister;
beforeAll(async () => {
  t = await openTestRegister();
});
afterAll(async () => {
  await t.register.close();
  removeTempDirs();
});

const count = (table: string): number =>
  (t.register.deps.sqlite.prepare(`select count(*) as n from "${table}"`).get() as { n: number }).n;

describe('before setup', () => {
  it('system.status says setup is not complete and gives the schema version', async () => {
    const status = unwrap(await t.register.call(NO_SESSION, 'system.status', {}));
    expect(status).toMatchObject({ setupComplete: false, office: null, appVersion: '0.0.0-test' });
    expect(status.schemaVersion).toBeGreaterThanOrEqual(1);
  });

  it.each(METHODS.filter((m) => !BEFORE_SETUP.includes(m)))(
    '%s is SETUP_REQUIRED and writes nothing',
    async (method) => {
      const before = dbSnapshot(t.register);
      const caller = { channel: 'test' as const, sessionId: 'belum-ada-sesi' };
      errorOf(await t.register.dispatch(caller, method, {}), 'SETUP_REQUIRED');
      errorOf(await t.register.dispatch(NO_SESSION, method, SAMPLES[method].malformed), 'SETUP_REQUIRED');
      expect(dbSnapshot(t.register)).toEqual(before);
    },
  );

  it('lists and resolves Kemendagri regions', async () => {
    const kecamatan = unwrap(
      await t.register.call(NO_SESSION, 'regions.list', { level: 'kecamatan', parentCode: '33.01' }),
    );
    expect(kecamatan).toContainEqual({ code: '33.01.08', name: 'Jeruklegi', level: 'kecamatan' });
    const path = unwrap(await t.register.call(NO_SESSION, 'regions.resolve', { code: '33.01.08' }));
    expect(path.map((r) => r.level)).toEqual(['provinsi', 'kabkota', 'kecamatan']);
    expect(path[2]?.name).toBe('Jeruklegi');
  });
});

describe('setup.complete', () => {
  it.each([
    ['a kabupaten code for a kecamatan office', { officeType: 'kecamatan', regionCode: '33.01' }],
    ['a desa code for a kecamatan office', { officeType: 'kecamatan', regionCode: '33.01.08.2001' }],
    ['a kecamatan code for a dinsos office', { officeType: 'dinsos', regionCode: '33.01.08' }],
    ['an unknown kecamatan code', { officeType: 'kecamatan', regionCode: '33.01.99' }],
  ] as const)('refuses %s with VALIDATION on regionCode and writes nothing', async (_label, change) => {
    const before = dbSnapshot(t.register);
    const err = errorOf(
      await t.register.call(NO_SESSION, 'setup.complete', { ...SETUP_INPUT, ...change }),
      'VALIDATION',
    );
    expect(err.fields).toHaveProperty('regionCode');
    const after = dbSnapshot(t.register);
    expect(after.register).toBe(before.register);
    expect({ ...after.counts, audit_log: 0 }).toEqual({ ...before.counts, audit_log: 0 });
    expect(count('offices')).toBe(0);
    expect(count('users')).toBe(0);
  });

  it('rolls back completely when the keys cannot be written, and can then be retried', async () => {
    const keysPath = t.register.deps.paths.keys;
    mkdirSync(keysPath);
    writeFileSync(join(keysPath, 'penghalang'), 'x');
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      errorOf(await t.register.call(NO_SESSION, 'setup.complete', SETUP_INPUT), 'INTERNAL');
    } finally {
      quiet.mockRestore();
      rmSync(keysPath, { recursive: true, force: true });
    }
    expect(count('offices')).toBe(0);
    expect(count('users')).toBe(0);
    expect(count('meta')).toBe(0);
    expect(unwrap(await t.register.call(NO_SESSION, 'system.status', {})).setupComplete).toBe(false);
  });

  it('creates the office with its region path and admin, once', async () => {
    const office = unwrap(await t.register.call(NO_SESSION, 'setup.complete', SETUP_INPUT));
    expect(office).toMatchObject({ type: 'kecamatan', regionCode: '33.01.08', name: SETUP_INPUT.name });
    expect(office.regionPath.map((r) => r.code)).toEqual(['33', '33.01', '33.01.08']);

    const status = unwrap(await t.register.call(NO_SESSION, 'system.status', {}));
    expect(status.setupComplete).toBe(true);
    expect(status.office?.id).toBe(office.id);

    const admin = await signIn(t.register, SETUP_INPUT.admin.username, SETUP_INPUT.admin.password);
    const details = unwrap(await t.register.call(admin, 'office.details', {}));
    expect(details).toMatchObject({
      id: office.id,
      keyProtection: 'file-0600',
      dataDir: t.register.deps.paths.dir,
    });
    expect(unwrap(await t.register.call(admin, 'users.list', {})).map((u) => [u.username, u.role])).toEqual([
      ['admin', 'admin'],
    ]);
  });

  it('a second setup is ALREADY_SET_UP and changes nothing', async () => {
    const before = dbSnapshot(t.register);
    const second = {
      ...SETUP_INPUT,
      name: 'Kantor Lain',
      admin: { ...SETUP_INPUT.admin, username: 'admin-lain' },
    };
    errorOf(await t.register.call(NO_SESSION, 'setup.complete', second), 'ALREADY_SET_UP');
    const after = dbSnapshot(t.register);
    expect(after.register).toBe(before.register);
    expect(count('offices')).toBe(1);
    expect(count('users')).toBe(1);
  });
});
