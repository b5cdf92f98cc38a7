// Synthetic release folders for the update tests: a fake installer, its blockmap, latest*.yml, and a manifest signed by a test key.
import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createManifest, MANIFEST_FILE, type UpdateManifest } from '../../electron/core/update/manifest.ts';
import { readReleaseSet } from '../../electron/core/update/release-files.ts';
import { testOffice, type TestOffice } from './sync-keys.ts';

export const DINSOS = testOffice('update-dinsos', '0190a5c1-0000-7000-8000-0000000000d1');
export const OTHER = testOffice('update-other', '0190a5c1-0000-7000-8000-0000000000e2');

export const installerName = (version: string): string => `Puskesos-Desktop-Setup-${version}.exe`;
export const appImageName = (version: string): string => `Puskesos-Desktop-${version}-x86_64.AppImage`;

const sha512 = (data: Uint8Array): string => createHash('sha512').update(data).digest('base64');

/** latest.yml as electron-builder writes it for one file. */
export function channelYml(version: string, file: string, data: Uint8Array): string {
  const hash = sha512(data);
  return [
    `version: ${version}`,
    'files:',
    `  - url: ${file}`,
    `    sha512: ${hash}`,
    `    size: ${data.length}`,
    `path: ${file}`,
    `sha512: ${hash}`,
    "releaseDate: '2026-11-20T08:00:00.000Z'",
    '',
  ].join('\n');
}

/** Writes the release files of `version` (Windows and Linux) into `dir`; returns the installer bytes. */
export function writeRelease(dir: string, version: string): { installer: Uint8Array; appImage: Uint8Array } {
  mkdirSync(dir, { recursive: true });
  const installer = new Uint8Array(randomBytes(300_000));
  const appImage = new Uint8Array(randomBytes(200_000));
  writeFileSync(join(dir, installerName(version)), installer);
  writeFileSync(join(dir, `${installerName(version)}.blockmap`), new Uint8Array(randomBytes(2_000)));
  writeFileSync(join(dir, appImageName(version)), appImage);
  writeFileSync(join(dir, 'latest.yml'), channelYml(version, installerName(version), installer));
  writeFileSync(join(dir, 'latest-linux.yml'), channelYml(version, appImageName(version), appImage));
  return { installer, appImage };
}

/** Signs the folder's files into its manifest with `signer`'s key (as `puskesos update sign` does). */
export async function signRelease(dir: string, signer: TestOffice = DINSOS): Promise<UpdateManifest> {
  const set = await readReleaseSet(dir);
  const manifest: UpdateManifest = {
    kind: 'puskesos.update-manifest',
    formatVersion: 1,
    version: set.version,
    createdAt: '2026-11-20T08:00:00.000Z',
    signer: {
      officeId: signer.officeId,
      name: 'Dinas Sosial Kabupaten Contoh',
      regionCode: '33.01',
      fingerprint: signer.fingerprint,
    },
    files: set.files,
  };
  writeFileSync(
    join(dir, MANIFEST_FILE),
    createManifest(manifest, signer.keys.sign.publicKey, signer.keys.sign.privateKey),
  );
  return manifest;
}
