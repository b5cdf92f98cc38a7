// The core in its worker thread: calls answered through the host, the key protector and electron-updater's
// driver served from the host thread over channels, open failures reported, the register released on close.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startWorkerHost, type WorkerCoreHost } from '../../../../electron/core/host/worker-host.ts';
import type { KeyProtector } from '../../../../electron/core/office/keystore.ts';
import type { DriverEvent, UpdateDriver } from '../../../../electron/core/update/driver.ts';
import type { Caller } from '../../../../electron/core/context.ts';
import { errorOf, NO_SESSION, SETUP_INPUT, tempDir, unwrap } from '../../../support/register.ts';
import type { Result } from '../../../../shared/api/result.ts';
import type { SessionInfo } from '../../../../shared/types/users.ts';

const hosts: WorkerCoreHost[] = [];
afterEach(async () => {
  for (const h of hosts.splice(0)) await h.close();
});

const REGISTER = { mode: 'create', holder: 'vitest (worker)', appVersion: '1.0.0' } as const;

async function started(o: Parameters<typeof startWorkerHost>[0]): Promise<WorkerCoreHost> {
  const h = await startWorkerHost(o);
  hosts.push(h);
  return h;
}

async function signInAdmin(host: WorkerCoreHost): Promise<Caller> {
  const r = (await host.dispatch(NO_SESSION, 'auth.signIn', {
    username: SETUP_INPUT.admin.username,
    password: SETUP_INPUT.admin.password,
  })) as Result<SessionInfo>;
  return { channel: 'test', sessionId: unwrap(r).sessionId };
}

/** A stand-in for safeStorage: reversible, recognisable, and it counts what the worker asked. */
function fakeSafeStorage(): KeyProtector & { asked: string[] } {
  const asked: string[] = [];
  return {
    kind: 'safeStorage',
    asked,
    protect: (plain) => {
      asked.push('protect');
      return `ss:${Buffer.from(plain).toString('base64')}`;
    },
    unprotect: (stored) => {
      asked.push('unprotect');
      if (!stored.startsWith('ss:')) throw new Error('bukan milik safeStorage');
      return Buffer.from(stored.slice(3), 'base64').toString();
    },
  };
}

describe('worker host', () => {
  it('answers contract calls from the worker and releases the data directory on close', async () => {
    const dataDir = join(tempDir(), 'register');
    const host = await started({ register: { ...REGISTER, dataDir } });
    expect(host.dataDir).toBe(dataDir);
    const before = unwrap(
      (await host.dispatch(NO_SESSION, 'system.status', {})) as Result<{ setupComplete: boolean }>,
    );
    expect(before.setupComplete).toBe(false);
    unwrap(await host.dispatch(NO_SESSION, 'setup.complete', SETUP_INPUT));
    expect(errorOf(await host.dispatch(NO_SESSION, 'no.such', {}), 'UNKNOWN_METHOD').code).toBe(
      'UNKNOWN_METHOD',
    );
    await host.close();
    // Both threads ended on their own once their ports closed (code 0); a terminate (code 1) can crash the
    // process while a native addon tears down.
    expect(await host.exits()).toEqual({ writer: 0, reader: 0 });
    // Once closed, calls fail cleanly instead of hanging.
    errorOf(await host.dispatch(NO_SESSION, 'system.status', {}), 'INTERNAL');
    // The lock was released: the same directory opens again, with what was written.
    const again = await started({ register: { ...REGISTER, dataDir, mode: 'existing' } });
    const after = unwrap(
      (await again.dispatch(NO_SESSION, 'system.status', {})) as Result<{ setupComplete: boolean }>,
    );
    expect(after.setupComplete).toBe(true);
  }, 60_000);

  it('answers a read on the writer when the reader thread hands it back (its connection does not open)', async () => {
    const dataDir = join(tempDir(), 'register');
    const readerEntry = new URL('./support/rerouting-reader.ts', import.meta.url);
    const host = await started({ register: { ...REGISTER, dataDir }, readerEntry });
    unwrap(await host.dispatch(NO_SESSION, 'setup.complete', SETUP_INPUT));
    const admin = await signInAdmin(host);
    const r = await host.dispatch(admin, 'persons.search', { query: 'warga', limit: 5 });
    expect(unwrap(r as Result<{ rows: unknown[] }>).rows).toEqual([]);
    // A reader that never opened its link still ends on its own when the host closes.
    await host.close();
    expect(await host.exits()).toEqual({ writer: 0, reader: 0 });
  }, 60_000);

  it('reports why the core could not open', async () => {
    const dataDir = join(tempDir(), 'missing');
    await expect(startWorkerHost({ register: { ...REGISTER, dataDir, mode: 'existing' } })).rejects.toThrow(
      `Direktori data tidak ditemukan: ${dataDir}`,
    );
  }, 30_000);

  it("protects keys with the host's protector over the key channel", async () => {
    const dataDir = join(tempDir(), 'register');
    const protector = fakeSafeStorage();
    const host = await started({ register: { ...REGISTER, dataDir }, keyProtector: protector });
    unwrap(await host.dispatch(NO_SESSION, 'setup.complete', SETUP_INPUT));
    const file = JSON.parse(readFileSync(join(dataDir, 'keys.json'), 'utf8')) as {
      protection: string;
      signPrivateKey: string;
    };
    expect(file.protection).toBe('safeStorage');
    expect(file.signPrivateKey.startsWith('ss:')).toBe(true);
    expect(protector.asked).toContain('protect');
    // Reopened with the same protector, the worker unprotects through the channel (the database key included).
    await host.close();
    // The key channels' ports are closed on both sides: both threads still end on their own.
    expect(await host.exits()).toEqual({ writer: 0, reader: 0 });
    protector.asked.length = 0;
    const again = await started({
      register: { ...REGISTER, dataDir, mode: 'existing' },
      keyProtector: protector,
    });
    unwrap(await again.dispatch(NO_SESSION, 'system.status', {}));
    expect(protector.asked).toContain('unprotect');
  }, 60_000);

  it("runs the update service in the worker over the host's driver", async () => {
    const listeners: ((e: DriverEvent) => void)[] = [];
    const installOnQuit: boolean[] = [];
    const checked: string[] = [];
    const driver: UpdateDriver = {
      unsupportedReason: null,
      check: async (feed) => {
        checked.push(feed.url);
        return '1.2.0';
      },
      setInstallOnQuit: (on) => void installOnQuit.push(on),
      onEvent: (l) => void listeners.push(l),
    };
    const host = await started({
      register: { ...REGISTER, dataDir: join(tempDir(), 'register') },
      updates: { driver, stagingRoot: tempDir() },
    });
    unwrap(await host.dispatch(NO_SESSION, 'setup.complete', SETUP_INPUT));
    const admin = await signInAdmin(host);
    unwrap(
      await host.dispatch(admin, 'updates.setUrl', { url: 'https://pembaruan.example.invalid/puskesos' }),
    );
    const checking = unwrap(
      (await host.dispatch(admin, 'updates.checkUrl', {})) as Result<{ phase: string }>,
    );
    expect(checked).toEqual(['https://pembaruan.example.invalid/puskesos']);
    expect(checking.phase).toBe('mengunduh');
    for (const l of listeners) l({ type: 'downloaded', version: '1.2.0' });
    const ready = unwrap((await host.dispatch(admin, 'updates.status', {})) as Result<{ phase: string }>);
    expect(ready.phase).toBe('siap');
    expect(await host.updates?.installPending()).toBe(false);
    unwrap(await host.dispatch(admin, 'updates.agreeInstall', { agree: true }));
    expect(await host.updates?.installPending()).toBe(true);
    expect(installOnQuit.at(-1)).toBe(true);
  }, 60_000);
});
