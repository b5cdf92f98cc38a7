// At every open: removes the temporary files a power cut or a killed process left in the data directory.
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { DataDirPaths } from './layout.ts';
import { sweepTempFiles } from './temp-names.ts';
import { STORE_DIR } from '../attachments/blob-store.ts';
import { sweepStoreTemps } from '../attachments/store-mirror.ts';

/** Folders of the data directory where the register writes under temporary names. */
const TEMP_HOMES = [
  '',
  'backups',
  'pemulihan',
  'disisihkan',
  'outbox',
  'inbox',
  'sinkron/keluar',
  'sinkron/unduhan',
  'impor',
];

/**
 * Files the upload staging (sync/staging.ts) and the import's error workbook write under names of their own:
 * `.unggah-<uuid>.tmp` in the inbox and the import folder, `.laporan-<uuid>.xlsx` beside an import.
 */
const STAGED_TEMP = /^\.(?:unggah-[^/]+\.tmp|laporan-[^/]+\.xlsx)$/;
const STAGING_HOMES = ['inbox', 'impor'];

function sweepStaged(dir: string): string[] {
  if (!existsSync(dir)) return [];
  const left = readdirSync(dir).filter((n) => STAGED_TEMP.test(n));
  for (const n of left) rmSync(join(dir, n), { force: true, recursive: true });
  return left;
}

/**
 * Called with the data directory locked, before the database is opened: nothing else writes here, so every
 * temporary file is a left-over (a partial backup, a bundle payload, a staged copy) and goes. The scratch
 * folder of encrypted USB backups (backups/.sementara) only ever holds transient files and is emptied.
 */
export function removeLeftovers(paths: DataDirPaths): string[] {
  const removed: string[] = [];
  for (const sub of TEMP_HOMES) {
    const dir = sub ? join(paths.dir, sub) : paths.dir;
    removed.push(...sweepTempFiles(dir, 'all').map((f) => (sub ? `${sub}/${f}` : f)));
  }
  for (const sub of STAGING_HOMES)
    removed.push(...sweepStaged(join(paths.dir, sub)).map((f) => `${sub}/${f}`));
  // The attachment stores write into their prefix folders (lampiran/ab/…), one level down.
  for (const sub of [STORE_DIR, `backups/${STORE_DIR}`]) {
    removed.push(...sweepStoreTemps(join(paths.dir, sub)).map((f) => `${sub}/${f}`));
  }
  const scratch = join(paths.backups, '.sementara');
  if (existsSync(scratch)) {
    rmSync(scratch, { recursive: true, force: true });
    removed.push('backups/.sementara/');
  }
  return removed;
}
