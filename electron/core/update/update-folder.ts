// Checks an update folder (USB stick or synced folder): Dinsos's signature, a newer version, and every file's sha512 on a staged copy.
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
} from 'node:fs';
import { join } from 'node:path';
import { OperationCancelled, type OperationControl } from '../operations/control.ts';
import { MANIFEST_FILE, openManifest, type UpdateManifest } from './manifest.ts';
import { UpdateRefused } from './refusal.ts';
import { CHANNEL_FILES, channelVersion, PLATFORM_LABEL, sha512OfFile } from './release-files.ts';
import { compareVersions, isNewer } from './version.ts';

export interface UpdateFolderCheck {
  /** The folder the clerk chose. */
  dir: string;
  /** Dinsos's Ed25519 public key from the network file (a Dinsos office: its own). */
  dinsosSignPublicKey: string;
  /** The running application's version. */
  currentVersion: string;
  /** Where verified copies are kept and served from (a USB stick may be pulled out, or its files changed, after the check). */
  stagingRoot: string;
  /** process.platform by default: decides which channel file electron-updater will ask for. */
  platform?: string;
  /** Progress per file (`salin`, with its name) and cancel between files: nothing stays staged. */
  control?: OperationControl;
}

export interface VerifiedUpdate {
  manifest: UpdateManifest;
  /** The staged copies, every one matching the signed manifest. */
  stagedDir: string;
  /** File names the feed may serve (exactly the manifest's). */
  files: string[];
  channelFile: string;
}

/** Copies a file under a temporary name and renames it, so a half-copied file never looks complete. */
function stageFile(from: string, to: string): void {
  const tmp = `${to}.${process.pid}.tmp`;
  try {
    copyFileSync(from, tmp);
    renameSync(tmp, to);
  } catch (err) {
    rmSync(tmp, { force: true });
    throw err;
  }
}

/**
 * Verifies an update folder and stages its files. Refused, in this order, with a message for the clerk: no
 * folder, no manifest, a manifest not signed by this office's Dinsos, a version not newer than the running one,
 * a listed file missing or different from what Dinsos signed, no channel file for this platform, or a channel
 * file naming another version. A refused or cancelled check leaves nothing staged.
 */
export async function verifyUpdateFolder(c: UpdateFolderCheck): Promise<VerifiedUpdate> {
  if (!statSync(c.dir, { throwIfNoEntry: false })?.isDirectory()) {
    throw new UpdateRefused('NO_FOLDER', `Folder pembaruan tidak ditemukan: ${c.dir}`);
  }
  const manifestPath = join(c.dir, MANIFEST_FILE);
  if (!existsSync(manifestPath)) {
    throw new UpdateRefused(
      'NO_MANIFEST',
      `Folder ini tidak berisi manifes pembaruan (${MANIFEST_FILE}) yang ditandatangani Dinas Sosial. ` +
        'Minta Dinas Sosial menyiapkan folder pembaruan dengan `puskesos update sign`.',
    );
  }
  const manifest = openManifest(readFileSync(manifestPath, 'utf8'), c.dinsosSignPublicKey);
  if (!isNewer(manifest.version, c.currentVersion)) {
    const same = compareVersions(manifest.version, c.currentVersion) === 0;
    throw new UpdateRefused(
      'NOT_NEWER',
      same
        ? `Versi di folder ini (${manifest.version}) sama dengan versi yang sudah terpasang. Tidak ada yang perlu dipasang.`
        : `Versi di folder ini (${manifest.version}) lebih lama dari versi yang terpasang (${c.currentVersion}). ` +
            'Aplikasi tidak pernah diturunkan ke versi lama.',
    );
  }
  const platform = c.platform ?? process.platform;
  const channelFile = CHANNEL_FILES[platform] ?? 'latest.yml';
  if (!manifest.files.some((f) => f.name === channelFile)) {
    throw new UpdateRefused(
      'NO_CHANNEL_FILE',
      `Folder ini tidak berisi pembaruan untuk ${PLATFORM_LABEL[platform] ?? platform} (${channelFile} tidak ada di manifes).`,
    );
  }

  // Only one staged version at a time.
  rmSync(c.stagingRoot, { recursive: true, force: true });
  const stagedDir = join(c.stagingRoot, manifest.version);
  mkdirSync(stagedDir, { recursive: true });
  const total = manifest.files.length;
  try {
    for (const [i, f] of manifest.files.entries()) {
      if (c.control && (await c.control.checkpoint())) throw new OperationCancelled();
      c.control?.progress({ phase: 'salin', done: i, total, item: f.name });
      const src = join(c.dir, f.name);
      if (!statSync(src, { throwIfNoEntry: false })?.isFile()) {
        throw new UpdateRefused(
          'FILE_MISSING',
          `File ${f.name} yang tercantum di manifes tidak ada di folder pembaruan. Salin ulang seluruh folder dari Dinas Sosial.`,
        );
      }
      const dest = join(stagedDir, f.name);
      stageFile(src, dest);
      if (statSync(dest).size !== f.size || (await sha512OfFile(dest)) !== f.sha512) {
        throw new UpdateRefused(
          'FILE_CHANGED',
          `File ${f.name} di folder pembaruan tidak sama dengan yang ditandatangani Dinas Sosial (isinya berubah ` +
            'atau rusak). Pembaruan ditolak; salin ulang folder dari Dinas Sosial.',
        );
      }
    }
    const named = channelVersion(readFileSync(join(stagedDir, channelFile), 'utf8'));
    if (named === null || compareVersions(named, manifest.version) !== 0) {
      throw new UpdateRefused(
        'VERSION_MISMATCH',
        `${channelFile} menyebut versi ${named ?? '(tidak ada)'}, tetapi manifes menyebut ${manifest.version}. Pembaruan ditolak.`,
      );
    }
  } catch (err) {
    rmSync(c.stagingRoot, { recursive: true, force: true });
    throw err;
  }
  c.control?.progress({ phase: 'salin', done: total, total, item: null });
  const files = readdirSync(stagedDir).filter((n) => manifest.files.some((f) => f.name === n));
  return { manifest, stagedDir, files, channelFile };
}
