// The chosen folder for encrypted backups (a USB stick): stored setting, checks, and its backup files.
import { existsSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';
import type { DbOrTrx } from '../db/database.ts';
import { getSetting, putSetting } from '../settings/security.ts';
import { ENCRYPTED_EXT } from './encrypted.ts';

const KEY = 'backup.external';

export const getExternalDir = async (db: DbOrTrx): Promise<string | null> =>
  (await getSetting<{ dir: string | null }>(db, KEY, { dir: null })).dir;

export const putExternalDir = (db: DbOrTrx, dir: string | null, now: number): Promise<void> =>
  putSetting(db, KEY, { dir }, now);

/** Why `dir` cannot hold external backups (Indonesian), or null when it can. */
export function externalDirProblem(dir: string, dataDir: string): string | null {
  if (!isAbsolute(dir)) return 'Tulis lokasi folder lengkap (mis. E:\\Cadangan atau /media/usb/cadangan).';
  if (!existsSync(dir) || !statSync(dir).isDirectory())
    return 'Folder tidak ditemukan. Pasang flashdisk-nya lalu coba lagi.';
  const rel = relative(resolve(dataDir), resolve(dir));
  if (rel === '' || (!rel.startsWith('..') && !isAbsolute(rel))) {
    return 'Pilih folder di luar direktori data (cadangan eksternal harus di drive lain).';
  }
  const probe = join(dir, `.puskesos-uji-tulis-${process.pid}`);
  try {
    writeFileSync(probe, 'ok');
    rmSync(probe, { force: true });
  } catch {
    return 'Folder tidak dapat ditulisi (flashdisk terkunci atau tidak ada izin).';
  }
  return null;
}

export const externalReachable = (dir: string | null): boolean =>
  dir !== null && existsSync(dir) && statSync(dir).isDirectory();

export function listExternalBackups(dir: string | null): { fileName: string; bytes: number }[] {
  if (!externalReachable(dir) || dir === null) return [];
  return readdirSync(dir)
    .filter((f) => f.startsWith('cadangan-') && f.endsWith(ENCRYPTED_EXT))
    .sort()
    .reverse()
    .map((f) => ({ fileName: f, bytes: statSync(join(dir, f)).size }));
}
