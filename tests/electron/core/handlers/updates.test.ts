// updates.* through the dispatch: a signed folder is downloaded from the loopback feed and installed on quit only after agreement.
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Caller } from '../../../../electron/core/context.ts';
import { putMeta } from '../../../../electron/core/office/office-repo.ts';
import { NETWORK_KEY } from '../../../../electron/core/sync/trust-meta.ts';
import type { DriverEvent, UpdateDriver } from '../../../../electron/core/update/driver.ts';
import { DAY_MS } from '../../../../electron/core/update/policy.ts';
import { attachUpdateService, createUpdateService } from '../../../../electron/core/update/service.ts';
import { isNewer } from '../../../../electron/core/update/version.ts';
import { errorOf, openSetUpOffice, tempDir, unwrap, type TestOffice } from '../../../support/register.ts';
import { DINSOS, OTHER, signRelease, writeRelease } from '../../../support/update-release.ts';
import { runOperationToEnd } from '../../../support/run-operation.ts';

/**
 * Stands in for electron-updater's generic provider: reads latest.yml from the feed, downloads the file it names
 * and checks its sha512 as electron-updater does, then reports the download.
 */
class FeedClientDriver implements UpdateDriver {
  readonly unsupportedReason = null;
  installOnQuit = false;
  checkedUrls: string[] = [];
  private listeners: ((e: DriverEvent) => void)[] = [];

  onEvent(listener: (e: DriverEvent) => void): void {
    this.listeners.push(listener);
  }
  setInstallOnQuit(on: boolean): void {
    this.installOnQuit = on;
  }
  async check(feed: { url: string }): Promise<string | null> {
    this.checkedUrls.push(feed.url);
    const yml = await (await fetch(new URL('latest.yml', feed.url))).text();
    const version = /^version: (\S+)$/m.exec(yml)?.[1] ?? '';
    if (!isNewer(version, '0.0.0-test')) return null;
    const path = /^path: (\S+)$/m.exec(yml)?.[1] ?? '';
    const expected = /^sha512: (\S+)$/m.exec(yml)?.[1];
    const body = new Uint8Array(await (await fetch(new URL(path, feed.url))).arrayBuffer());
    if (createHash('sha512').update(body).digest('base64') !== expected)
      throw new Error('sha512 checksum mismatch');
    for (const l of this.listeners) l({ type: 'progress', percent: 100 });
    for (const l of this.listeners) l({ type: 'downloaded', version });
    return version;
  }
}

let office: TestOffice;
let driver: FeedClientDriver;
let tmp: string;

beforeAll(async () => {
  office = await openSetUpOffice();
  tmp = tempDir('puskesos-updates-');
  // The kecamatan holds its Dinsos's network file: the pinned key update folders are checked against.
  await putMeta(
    office.register.deps.db,
    NETWORK_KEY,
    JSON.stringify({
      dinsosSignPublicKey: DINSOS.keys.sign.publicKey,
      dinsosOfficeId: DINSOS.officeId,
      networkVersion: 1,
      digest: 'uji',
      at: '2026-11-01T00:00:00.000Z',
      ownEnrollment: 'terdaftar',
    }),
  );
}, 60_000);
afterAll(async () => {
  await office.dispose();
});

const as = (role: 'admin' | 'petugas'): Caller => office.users[role].caller;

/** "Periksa folder pembaruan" run to its end: the accepted folder, or the refusal. */
const checkFolder = async (role: 'admin' | 'petugas', path: string) => {
  const r = await runOperationToEnd(office.register, as(role), 'updates.checkFolderRun', { path });
  if (!r.ok) return r;
  if (!r.value.result.accepted) throw new Error('the check ended without a verdict');
  return { ok: true as const, value: r.value.result.accepted };
};

describe('updates without an updater (web host, CLI)', () => {
  it('status says honestly that updates are not available here; actions are refused', async () => {
    const s = unwrap(await office.register.call(as('petugas'), 'updates.status', {}));
    expect(s).toMatchObject({
      phase: 'tidak_didukung',
      currentVersion: '0.0.0-test',
      availableVersion: null,
    });
    expect(s.unsupportedReason).toMatch(/hanya tersedia di aplikasi desktop/);
    const e = errorOf(await checkFolder('admin', '/media/flashdisk'), 'CONFLICT');
    expect(e.message).toMatch(/bukan di peramban/);
  });

  it('the admin sets and removes the Dinsos URL', async () => {
    const set = unwrap(
      await office.register.call(as('admin'), 'updates.setUrl', {
        url: 'https://pembaruan.dinsos.example/puskesos/',
      }),
    );
    expect(set.url).toBe('https://pembaruan.dinsos.example/puskesos/');
    expect(unwrap(await office.register.call(as('admin'), 'updates.setUrl', { url: '' })).url).toBeNull();
    errorOf(await office.register.call(as('petugas'), 'updates.setUrl', { url: '' }), 'FORBIDDEN');
  });
});

describe('updates with the desktop updater', () => {
  beforeAll(() => {
    driver = new FeedClientDriver();
    const service = createUpdateService({
      core: office.register.deps,
      driver,
      stagingRoot: join(tmp, 'staging'),
      platform: 'win32',
    });
    attachUpdateService(office.register.deps, service);
  });

  it('refuses a folder signed by another key with the reason, and downloads nothing', async () => {
    const dir = join(tmp, 'palsu');
    writeRelease(dir, '0.2.0');
    await signRelease(dir, OTHER);
    const e = errorOf(await checkFolder('admin', dir), 'VALIDATION');
    expect(e.message).toMatch(/Tanda tangan manifes pembaruan tidak sah/);
    expect(e.fields?.path).toBe(e.message);
    expect(driver.checkedUrls).toEqual([]);
  });

  it('only the admin checks a folder', async () => {
    errorOf(await checkFolder('petugas', join(tmp, 'palsu')), 'FORBIDDEN');
  });

  it('accepts a Dinsos-signed folder: served on 127.0.0.1, downloaded with a matching sha512, ready', async () => {
    const dir = join(tmp, 'usb');
    writeRelease(dir, '0.2.0');
    await signRelease(dir);
    const r = unwrap(await checkFolder('admin', dir));
    expect(r).toMatchObject({ version: '0.2.0', files: 5, signerFingerprint: DINSOS.fingerprint });
    expect(driver.checkedUrls.at(-1)).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    expect(r.status).toMatchObject({
      phase: 'siap',
      availableVersion: '0.2.0',
      source: 'folder',
      sourceLabel: dir,
      installOnQuit: false,
    });
    expect(driver.installOnQuit).toBe(false);
  });

  it('installs on quit only after the admin agrees, and the agreement can be withdrawn', async () => {
    errorOf(await office.register.call(as('petugas'), 'updates.agreeInstall', { agree: true }), 'FORBIDDEN');
    const s = unwrap(await office.register.call(as('admin'), 'updates.agreeInstall', { agree: true }));
    expect(s.installOnQuit).toBe(true);
    expect(driver.installOnQuit).toBe(true);
    expect(
      unwrap(await office.register.call(as('admin'), 'updates.agreeInstall', { agree: false })).installOnQuit,
    ).toBe(false);
    expect(driver.installOnQuit).toBe(false);
  });
});

/** A Dinsos server that cannot be reached. */
class UnreachableDriver extends FeedClientDriver {
  override async check(feed: { url: string }): Promise<string | null> {
    this.checkedUrls.push(feed.url);
    throw new Error('net::ERR_CONNECTION_REFUSED');
  }
}

describe('the daily URL check', () => {
  it('checks once when online and idle, then not again the same day, and not offline', async () => {
    const d = new UnreachableDriver();
    const service = createUpdateService({
      core: office.register.deps,
      driver: d,
      stagingRoot: join(tmp, 's2'),
    });
    unwrap(
      await office.register.call(as('admin'), 'updates.setUrl', {
        url: 'https://pembaruan.dinsos.example/puskesos/',
      }),
    );
    office.clock.ms += 2 * DAY_MS;
    expect(await service.tick({ online: false, idleSeconds: 600 })).toEqual({ check: false, why: 'offline' });
    expect(await service.tick({ online: true, idleSeconds: 3 })).toEqual({ check: false, why: 'data_entry' });
    expect(d.checkedUrls).toEqual([]);
    expect(await service.tick({ online: true, idleSeconds: 600 })).toEqual({ check: true });
    expect(d.checkedUrls).toEqual(['https://pembaruan.dinsos.example/puskesos/']);
    // The unreachable address is reported, never thrown at the clerk.
    expect((await service.status()).phase).toBe('gagal');
    expect(await service.tick({ online: true, idleSeconds: 600 })).toEqual({
      check: false,
      why: 'checked_today',
    });
    office.clock.ms += DAY_MS;
    expect(await service.tick({ online: true, idleSeconds: 600 })).toEqual({ check: true });
    await service.close();
  });
});
