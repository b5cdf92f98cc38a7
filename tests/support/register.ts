// Test helpers: temp data dirs, a register with a movable clock, first-run setup, one signed-in user per role.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openRegister, type Register } from '../../electron/core/register.ts';
import { createSession } from '../../electron/core/auth/sessions.ts';
import type { Caller } from '../../electron/core/context.ts';
import type { Migration } from '../../electron/core/db/migrations/index.ts';
import { registerDigest } from '../../electron/core/digest/digest.ts';
import { ROLES, type Role } from '../../shared/api/roles.ts';
import type { ApiError, ErrorCode, Result } from '../../shared/api/result.ts';
import type { SetupInput } from '../../shared/api/methods/system.ts';

/** A fixed start instant (09:00 WIB on a Monday); tests move `clock.ms` instead of waiting. */
export const T0 = Date.parse('2026-03-02T02:00:00.000Z');

export interface TestClock {
  ms: number;
}

const tempDirs: string[] = [];

/** A fresh empty directory under the OS temp dir, removed by `removeTempDirs`. */
export function tempDir(prefix = 'puskesos-test-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  tempDirs.push(dir);
  return dir;
}

/** A fresh temp dir and a function giving a new empty numbered subdirectory of it at each call (`out-1`, `out-2`…). */
export function numberedDirs(prefix?: string): () => string {
  const dir = tempDir(prefix);
  let n = 0;
  return () => {
    const d = join(dir, `out-${++n}`);
    mkdirSync(d);
    return d;
  };
}

export function removeTempDirs(): void {
  for (const dir of tempDirs.splice(0)) rmSync(dir, { recursive: true, force: true });
}

export interface TestRegister {
  register: Register;
  clock: TestClock;
  dataDir: string;
}

export interface OpenTestOptions {
  /** openSetUpOffice only: the office to set up (default SETUP_INPUT, Kecamatan Jeruklegi, WIB). */
  setup?: SetupInput;
  dataDir?: string;
  mode?: 'create' | 'existing';
  migrations?: readonly Migration[];
  clock?: TestClock;
  holder?: string;
}

/** Opens a register in a (new, by default) temp data dir whose clock is `clock.ms`. */
export async function openTestRegister(opts: OpenTestOptions = {}): Promise<TestRegister> {
  const clock = opts.clock ?? { ms: T0 };
  const dataDir = opts.dataDir ?? join(tempDir(), 'register');
  const register = await openRegister({
    dataDir,
    mode: opts.mode ?? 'create',
    holder: opts.holder ?? 'vitest',
    now: () => clock.ms,
    device: 'PC-UJI',
    appVersion: '0.0.0-test',
    ...(opts.migrations ? { migrations: opts.migrations } : {}),
  });
  return { register, clock, dataDir };
}

export const NO_SESSION: Caller = { channel: 'test', sessionId: null };

/** Kecamatan Jeruklegi, Kabupaten Cilacap, Jawa Tengah. */
export const SETUP_INPUT = {
  officeType: 'kecamatan',
  regionCode: '33.01.08',
  name: 'Puskesos Kecamatan Jeruklegi',
  address: 'Jl. Raya Jeruklegi No. 1, Cilacap',
  admin: { username: 'admin', fullName: 'Admin Kantor', password: 'rahasia-admin-1' },
} as const satisfies SetupInput;

export const passwordOf = (role: Role): string => `rahasia-${role}-1`;
export const usernameOf = (role: Role): string =>
  role === 'admin' ? SETUP_INPUT.admin.username : `uji-${role}`;

/** Returns the value of an ok result, or fails the test with the error. */
export function unwrap<T>(r: Result<T>): T {
  if (!r.ok) throw new Error(`expected ok, got ${r.error.code}: ${r.error.message}`);
  return r.value;
}

/** Returns the error of a failed result, or fails the test; checks the code when given. */
export function errorOf(r: Result<unknown>, code?: ErrorCode): ApiError {
  if (r.ok) throw new Error(`expected an error${code ? ` ${code}` : ''}, got ok: ${JSON.stringify(r.value)}`);
  if (code && r.error.code !== code) {
    throw new Error(`expected ${code}, got ${r.error.code}: ${r.error.message}`);
  }
  return r.error;
}

export interface TestUser {
  role: Role;
  id: string;
  username: string;
  password: string;
  /** The caller of the session the user signed in with. */
  caller: Caller;
}

export interface TestOffice extends TestRegister {
  users: Record<Role, TestUser>;
  /** Closes the register and removes the temp dirs. */
  dispose(): Promise<void>;
}

export async function signIn(register: Register, username: string, password: string): Promise<Caller> {
  const info = unwrap(await register.call(NO_SESSION, 'auth.signIn', { username, password }));
  return { channel: 'test', sessionId: info.sessionId };
}

/**
 * Opens a register, completes setup for Kecamatan Jeruklegi, creates one user per role (the setup
 * admin is the admin) and signs each in. About ten scrypt hashes: call it once per file (beforeAll).
 */
export async function openSetUpOffice(opts: OpenTestOptions = {}): Promise<TestOffice> {
  const t = await openTestRegister(opts);
  const { register } = t;
  const setup = opts.setup ?? SETUP_INPUT;
  unwrap(await register.call(NO_SESSION, 'setup.complete', setup));
  const adminCaller = await signIn(register, setup.admin.username, setup.admin.password);
  const adminRow = unwrap(await register.call(adminCaller, 'auth.session', {}));
  const users = {} as Record<Role, TestUser>;
  users.admin = {
    role: 'admin',
    id: adminRow.user.id,
    username: setup.admin.username,
    password: setup.admin.password,
    caller: adminCaller,
  };
  for (const role of ROLES.filter((r) => r !== 'admin')) {
    const u = await createUser(register, adminCaller, role, usernameOf(role));
    users[role] = { ...u, caller: await signIn(register, u.username, u.password) };
  }
  return {
    ...t,
    users,
    dispose: async () => {
      await register.close();
      removeTempDirs();
    },
  };
}

/** Creates a user through the contract (as the given admin) without signing in. */
export async function createUser(
  register: Register,
  admin: Caller,
  role: Role,
  username: string,
): Promise<Omit<TestUser, 'caller'>> {
  const password = passwordOf(role);
  const u = unwrap(
    await register.call(admin, 'users.create', { username, fullName: `Pengguna ${role}`, role, password }),
  );
  return { role, id: u.id, username, password };
}

/** A new session for a user, written directly (no password hash), for calls that lock or end their session. */
export async function freshSession(t: TestRegister, userId: string): Promise<Caller> {
  const id = await createSession(t.register.deps.db, userId, 'PC-UJI', 'test', t.clock.ms);
  return { channel: 'test', sessionId: id };
}

export interface DbSnapshot {
  /** Row count of every table in the database. */
  counts: Record<string, number>;
  /** Every row of every table except `sessions` (whose last-seen time each call touches by design). */
  content: string;
  register: string;
}

/** What a call must leave unchanged when it is refused: row counts, local content and the register digest. */
export function dbSnapshot(register: Register): DbSnapshot {
  const { sqlite } = register.deps;
  const tables = (
    sqlite
      .prepare(
        `select name from sqlite_master where type = 'table' and name not like 'sqlite_%' order by name`,
      )
      .all() as {
      name: string;
    }[]
  ).map((t) => t.name);
  const counts: Record<string, number> = {};
  const content: unknown[] = [];
  for (const name of tables) {
    counts[name] = (sqlite.prepare(`select count(*) as n from "${name}"`).get() as { n: number }).n;
    if (name === 'sessions') continue;
    const rows = sqlite
      .prepare(`select * from "${name}"`)
      .all()
      .map((r) => JSON.stringify(r));
    content.push(name, rows.sort());
  }
  return { counts, content: JSON.stringify(content), register: registerDigest(sqlite).register };
}
