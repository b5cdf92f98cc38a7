// CLI: `puskesos update sign` at Dinsos writes a manifest its kecamatan accepts; refused at a kecamatan and for a folder without latest.yml.
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { openRegisterFile } from '../../support/raw-db.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MANIFEST_FILE } from '../../../electron/core/update/manifest.ts';
import { UpdateRefused } from '../../../electron/core/update/refusal.ts';
import { verifyUpdateFolder } from '../../../electron/core/update/update-folder.ts';
import { cli, dbFile, initOffice, passwordFile } from '../../support/cli-offices.ts';
import { removeTempDirs, tempDir } from '../../support/register.ts';
import { writeRelease } from '../../support/update-release.ts';

let tmp: string;
let dinsos: string;
let kec: string;

/** The office's own Ed25519 public key, as the network file would carry it to its kecamatan offices. */
function signKeyOf(dataDir: string): string {
  const db = openRegisterFile(dbFile(dataDir), { readonly: true });
  try {
    const row = db
      .prepare(
        "select o.sign_public_key as k from offices o join meta m on m.key = 'office_id' and m.value = o.id",
      )
      .get() as { k: string };
    return row.k;
  } finally {
    db.close();
  }
}

beforeAll(async () => {
  tmp = tempDir('puskesos-cli-update-');
  const pw = passwordFile(tmp);
  dinsos = join(tmp, 'dinsos');
  kec = join(tmp, 'kec');
  expect((await initOffice(dinsos, 'dinsos', '33.01', pw)).code).toBe(0);
  expect((await initOffice(kec, 'kecamatan', '33.01.08', pw)).code).toBe(0);
}, 60_000);
afterAll(() => removeTempDirs());

describe('puskesos update sign', () => {
  it('signs a release folder with the Dinsos key; the folder then verifies against that key', async () => {
    const rel = join(tmp, 'rilis-0.2.0');
    writeRelease(rel, '0.2.0');
    const r = await cli('update', 'sign', '--data-dir', dinsos, '--dir', rel);
    expect(r.code, r.err).toBe(0);
    expect(r.out).toMatch(/Manifes pembaruan versi 0\.2\.0 ditandatangani/);
    expect(r.out).toContain('latest.yml');
    const body = JSON.parse(readFileSync(join(rel, MANIFEST_FILE), 'utf8')) as { body: { files: unknown[] } };
    expect(body.body.files).toHaveLength(5);
    expect(readFileSync(join(rel, MANIFEST_FILE), 'utf8')).not.toContain('.tmp');

    const v = await verifyUpdateFolder({
      dir: rel,
      dinsosSignPublicKey: signKeyOf(dinsos),
      currentVersion: '0.1.0',
      stagingRoot: join(tmp, 'staging'),
      platform: 'linux',
    });
    expect(v.manifest.version).toBe('0.2.0');
    // The kecamatan's own key is not Dinsos's: the same folder is refused against it.
    await expect(
      verifyUpdateFolder({
        dir: rel,
        dinsosSignPublicKey: signKeyOf(kec),
        currentVersion: '0.1.0',
        stagingRoot: join(tmp, 'staging2'),
      }),
    ).rejects.toBeInstanceOf(UpdateRefused);
  });

  it('is refused at a kecamatan office, writing nothing', async () => {
    const rel = join(tmp, 'rilis-kec');
    writeRelease(rel, '0.2.0');
    const r = await cli('update', 'sign', '--data-dir', kec, '--dir', rel);
    expect(r.code).not.toBe(0);
    expect(r.err).toMatch(/hanya dapat dilakukan di kantor Dinas Sosial/);
    expect(existsSync(join(rel, MANIFEST_FILE))).toBe(false);
  });

  it('refuses a folder without latest.yml with a clear message', async () => {
    const rel = join(tmp, 'rilis-tanpa-yml');
    writeRelease(rel, '0.2.0');
    rmSync(join(rel, 'latest.yml'));
    rmSync(join(rel, 'latest-linux.yml'));
    const r = await cli('update', 'sign', '--data-dir', dinsos, '--dir', rel);
    expect(r.code).not.toBe(0);
    expect(r.err).toMatch(/tidak berisi latest\.yml/);
    expect(existsSync(join(rel, MANIFEST_FILE))).toBe(false);
  });

  it('needs both flags', async () => {
    const r = await cli('update', 'sign', '--data-dir', dinsos);
    expect(r.code).not.toBe(0);
    expect(r.err).toMatch(/--dir wajib diisi/);
  });
});
