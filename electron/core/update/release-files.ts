// The release files of an update folder: sha512 of each file, the channel files (latest*.yml) and the version they name.
import { createHash } from 'node:crypto';
import { createReadStream, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { FILE_NAME, MANIFEST_FILE, type ManifestFile } from './manifest.ts';
import { UpdateRefused } from './refusal.ts';
import { compareVersions, isVersion } from './version.ts';

/** electron-updater's channel file for each platform (generic provider, channel "latest"). */
export const CHANNEL_FILES: Record<string, string> = {
  win32: 'latest.yml',
  linux: 'latest-linux.yml',
  darwin: 'latest-mac.yml',
};
const CHANNEL_NAMES = new Set(Object.values(CHANNEL_FILES));

export const PLATFORM_LABEL: Record<string, string> = { win32: 'Windows', linux: 'Linux', darwin: 'macOS' };

/** base64 SHA-512 of a file, streamed (installers are large), the form latest.yml and the manifest use. */
export async function sha512OfFile(path: string): Promise<string> {
  const hash = createHash('sha512');
  await pipeline(createReadStream(path), hash);
  return hash.digest('base64');
}

/**
 * The `version:` line of a channel file. electron-builder writes it as the first line (`version: 1.2.3`); the
 * file is covered by the manifest's sha512, so reading this one field needs no YAML parser.
 */
export function channelVersion(text: string): string | null {
  const m = /^version:[ \t]*(['"]?)([^'"\s#]+)\1[ \t]*$/m.exec(text);
  return m?.[2] && isVersion(m[2]) ? m[2] : null;
}

/** The release file names in a folder: regular files except the manifest and temporary files. */
function releaseFileNames(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isFile() && e.name !== MANIFEST_FILE && !e.name.endsWith('.tmp'))
    .map((e) => e.name)
    .sort();
}

export interface ReleaseSet {
  version: string;
  files: ManifestFile[];
}

/**
 * Reads a folder of release files (installers, blockmaps, latest*.yml) for signing: each file's size and
 * sha512, and the version every channel file names (they must agree). Refuses a folder without a channel file.
 */
export async function readReleaseSet(dir: string): Promise<ReleaseSet> {
  if (!statSync(dir, { throwIfNoEntry: false })?.isDirectory()) {
    throw new UpdateRefused('NO_FOLDER', `Folder rilis tidak ditemukan: ${dir}`);
  }
  const names = releaseFileNames(dir);
  const odd = names.find((n) => !FILE_NAME.test(n));
  if (odd) {
    throw new UpdateRefused(
      'MALFORMED',
      `Nama file "${odd}" tidak dapat dimasukkan ke manifes (hanya huruf, angka, titik, garis, spasi). Ubah nama file itu.`,
    );
  }
  const channels = names.filter((n) => CHANNEL_NAMES.has(n));
  if (channels.length === 0) {
    throw new UpdateRefused(
      'NO_CHANNEL_FILE',
      'Folder rilis tidak berisi latest.yml atau latest-linux.yml dari electron-builder. Salin semua file hasil ' +
        '`npm run dist` (pemasang, .blockmap, latest*.yml) ke folder ini.',
    );
  }
  const versions = channels.map((c) => ({ c, v: channelVersion(readFileSync(join(dir, c), 'utf8')) }));
  const bad = versions.find((x) => x.v === null);
  if (bad) throw new UpdateRefused('MALFORMED', `${bad.c} tidak memuat nomor versi yang sah.`);
  const version = versions[0]?.v ?? '';
  const other = versions.find((x) => x.v !== null && compareVersions(x.v, version) !== 0);
  if (other) {
    throw new UpdateRefused(
      'VERSION_MISMATCH',
      `${versions[0]?.c} menyebut versi ${version}, tetapi ${other.c} menyebut versi ${other.v}. Satu folder = satu versi.`,
    );
  }
  const files: ManifestFile[] = [];
  for (const name of names) {
    const path = join(dir, name);
    files.push({ name, size: statSync(path).size, sha512: await sha512OfFile(path) });
  }
  return { version, files };
}
