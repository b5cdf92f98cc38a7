// Update folder: a folder signed by the office's Dinsos is accepted and served; another key, a changed file, an old version are refused.
import { createHash } from 'node:crypto';
import { appendFileSync, existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { createControl, OperationCancelled } from '../../../../electron/core/operations/control.ts';
import { startFeedServer, type FeedServer } from '../../../../electron/core/update/feed-server.ts';
import { MANIFEST_FILE } from '../../../../electron/core/update/manifest.ts';
import { UpdateRefused } from '../../../../electron/core/update/refusal.ts';
import {
  verifyUpdateFolder,
  type UpdateFolderCheck,
} from '../../../../electron/core/update/update-folder.ts';
import { removeTempDirs, tempDir } from '../../../support/register.ts';
import { DINSOS, installerName, OTHER, signRelease, writeRelease } from '../../../support/update-release.ts';

let feed: FeedServer | null = null;
afterEach(async () => {
  await feed?.close();
  feed = null;
});
afterAll(() => removeTempDirs());

function setup(version = '0.2.0'): { dir: string; check: UpdateFolderCheck } {
  const tmp = tempDir('puskesos-update-folder-');
  const dir = join(tmp, 'usb', 'pembaruan');
  writeRelease(dir, version);
  return {
    dir,
    check: {
      dir,
      dinsosSignPublicKey: DINSOS.keys.sign.publicKey,
      currentVersion: '0.1.0',
      stagingRoot: join(tmp, 'data', 'pembaruan'),
      platform: 'win32',
    },
  };
}

async function refusal(check: UpdateFolderCheck): Promise<UpdateRefused> {
  try {
    await verifyUpdateFolder(check);
  } catch (err) {
    if (err instanceof UpdateRefused) return err;
    throw err;
  }
  throw new Error('the update folder was accepted');
}

/** The `sha512:` of a file in latest.yml's `files:` list. */
const ymlSha512 = (yml: string, file: string): string | undefined =>
  new RegExp(`- url: ${file.replaceAll('.', '\\.')}\\n\\s+sha512: (\\S+)`).exec(yml)?.[1];

describe('verifyUpdateFolder', () => {
  it('accepts a folder signed by Dinsos, and the loopback feed serves files whose sha512 matches latest.yml', async () => {
    const { dir, check } = setup();
    await signRelease(dir);
    const v = await verifyUpdateFolder(check);
    expect(v.manifest.version).toBe('0.2.0');
    expect(v.channelFile).toBe('latest.yml');
    expect(v.files.sort()).toEqual(
      readdirSync(dir)
        .filter((n) => n !== MANIFEST_FILE)
        .sort(),
    );

    feed = await startFeedServer(v.stagedDir, v.files);
    const yml = await (await fetch(`${feed.url}latest.yml`)).text();
    expect(yml).toBe(readFileSync(join(dir, 'latest.yml'), 'utf8'));
    const res = await fetch(`${feed.url}${installerName('0.2.0')}`);
    expect(res.status).toBe(200);
    const served = createHash('sha512')
      .update(new Uint8Array(await res.arrayBuffer()))
      .digest('base64');
    expect(ymlSha512(yml, installerName('0.2.0'))).toBe(served);
  });

  it('serves the verified copy even when the USB stick is changed afterwards', async () => {
    const { dir, check } = setup();
    await signRelease(dir);
    const v = await verifyUpdateFolder(check);
    appendFileSync(join(dir, installerName('0.2.0')), 'ditambahkan setelah diperiksa');
    feed = await startFeedServer(v.stagedDir, v.files);
    const body = new Uint8Array(await (await fetch(`${feed.url}${installerName('0.2.0')}`)).arrayBuffer());
    expect(createHash('sha512').update(body).digest('base64')).toBe(
      v.manifest.files.find((f) => f.name === installerName('0.2.0'))?.sha512,
    );
  });

  it('refuses a manifest signed by another key', async () => {
    const { dir, check } = setup();
    await signRelease(dir, OTHER);
    const r = await refusal(check);
    expect(r.reason).toBe('BAD_SIGNATURE');
    expect(r.message).toMatch(/Tanda tangan manifes pembaruan tidak sah/);
    expect(existsSync(check.stagingRoot)).toBe(false);
  });

  it('refuses a manifest whose signed content was edited (a newer version number written in)', async () => {
    const { dir, check } = setup();
    await signRelease(dir);
    const path = join(dir, MANIFEST_FILE);
    writeFileSync(path, readFileSync(path, 'utf8').replace('"version": "0.2.0"', '"version": "0.3.0"'));
    expect((await refusal(check)).reason).toBe('BAD_SIGNATURE');
  });

  it('refuses a modified installer file and stages nothing', async () => {
    const { dir, check } = setup();
    await signRelease(dir);
    const path = join(dir, installerName('0.2.0'));
    const bytes = new Uint8Array(readFileSync(path));
    bytes[1000] = (bytes[1000] ?? 0) ^ 0xff;
    writeFileSync(path, bytes);
    const r = await refusal(check);
    expect(r.reason).toBe('FILE_CHANGED');
    expect(r.message).toContain(`File ${installerName('0.2.0')} di folder pembaruan tidak sama`);
    expect(existsSync(check.stagingRoot)).toBe(false);
  });

  it('refuses a missing file the manifest lists', async () => {
    const { dir, check } = setup();
    await signRelease(dir);
    rmSync(join(dir, `${installerName('0.2.0')}.blockmap`));
    const r = await refusal(check);
    expect(r.reason).toBe('FILE_MISSING');
    expect(r.message).toMatch(/tidak ada di folder pembaruan/);
  });

  it('refuses an older version and the same version', async () => {
    const older = setup('0.0.9');
    await signRelease(older.dir);
    const r1 = await refusal(older.check);
    expect(r1.reason).toBe('NOT_NEWER');
    expect(r1.message).toMatch(/lebih lama dari versi yang terpasang \(0\.1\.0\)/);

    const same = setup('0.1.0');
    await signRelease(same.dir);
    const r2 = await refusal(same.check);
    expect(r2.reason).toBe('NOT_NEWER');
    expect(r2.message).toMatch(/sama dengan versi yang sudah terpasang/);
  });

  it('refuses a folder without a manifest, and a folder that does not exist', async () => {
    const { check } = setup();
    expect((await refusal(check)).reason).toBe('NO_MANIFEST');
    expect((await refusal({ ...check, dir: join(check.dir, 'tidak-ada') })).reason).toBe('NO_FOLDER');
  });

  it('refuses a folder without the channel file of this platform', async () => {
    const { dir, check } = setup();
    rmSync(join(dir, 'latest-linux.yml'));
    await signRelease(dir);
    const r = await refusal({ ...check, platform: 'linux' });
    expect(r.reason).toBe('NO_CHANNEL_FILE');
    expect(r.message).toMatch(/Linux/);
  });
});

describe('the update folder check with progress and cancel (updates.checkFolderRun)', () => {
  it('reports each file in the order of the manifest, ending with all of them', async () => {
    const { dir, check } = setup();
    await signRelease(dir);
    const steps: [string, number, number | null, string | null][] = [];
    const control = createControl((p) => steps.push([p.phase, p.done, p.total, p.item]));
    const v = await verifyUpdateFolder({ ...check, control });
    const n = v.manifest.files.length;
    expect(steps).toEqual([
      ...v.manifest.files.map((f, i): [string, number, number, string] => ['salin', i, n, f.name]),
      ['salin', n, n, null],
    ]);
  });

  it('a cancel between files stops the check and leaves nothing staged', async () => {
    const { dir, check } = setup();
    await signRelease(dir);
    const control = createControl((p) => {
      if (p.done === 1) control.cancel();
    });
    await expect(verifyUpdateFolder({ ...check, control })).rejects.toBeInstanceOf(OperationCancelled);
    expect(existsSync(check.stagingRoot)).toBe(false);
  });
});
