// Sync schedule settings (local settings table), the WebDAV password (protected like the keys) and the job's state (meta).
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { DbOrTrx } from '../db/database.ts';
import { writeFileAtomic } from '../datadir/files.ts';
import type { KeyProtector } from '../office/keystore.ts';
import { getMeta, putMeta } from '../office/office-repo.ts';
import { getSetting, putSetting } from '../settings/security.ts';
import type { SyncJobState, SyncScheduleSettings } from '../../../shared/types/sync-schedule.ts';

export const SYNC_SETTINGS_KEY = 'sync_schedule';
export const SYNC_JOB_META = 'sync_job';
export const SYNC_SECRET_FILE = 'sync-secret.json';

export const DEFAULT_SYNC_SETTINGS: SyncScheduleSettings = {
  schedule: { enabled: false, time: '15:00', days: [] },
  autoImport: true,
  transport: { kind: 'none' },
  retry: {
    attempts: 4,
    initialDelaySeconds: 2,
    maxDelaySeconds: 60,
    retryAfterMinutes: 5,
    retryMaxMinutes: 240,
  },
  alsoToDinsos: false,
};

export const EMPTY_JOB_STATE: SyncJobState = {
  since: null,
  lastRunAt: null,
  lastAttemptAt: null,
  failures: 0,
  nextRetryAt: null,
  lastInboxCheckAt: null,
  lastReport: null,
};

/** Stored settings merged over the defaults, one level deep, so a newer version's new fields get defaults. */
export async function getSyncSettings(db: DbOrTrx): Promise<SyncScheduleSettings> {
  const s = await getSetting<Partial<SyncScheduleSettings>>(db, SYNC_SETTINGS_KEY, {});
  const d = DEFAULT_SYNC_SETTINGS;
  return {
    schedule: { ...d.schedule, ...s.schedule },
    autoImport: s.autoImport ?? d.autoImport,
    transport: s.transport ?? d.transport,
    retry: { ...d.retry, ...s.retry },
    alsoToDinsos: s.alsoToDinsos ?? d.alsoToDinsos,
  };
}

/** The password never goes in here: see `writeWebdavPassword`. */
export const putSyncSettings = (db: DbOrTrx, s: SyncScheduleSettings, now: number): Promise<void> =>
  putSetting(db, SYNC_SETTINGS_KEY, s, now);

interface SecretFile {
  format: 1;
  protection: KeyProtector['kind'];
  webdavPassword: string;
}

const secretPath = (dataDir: string): string => join(dataDir, SYNC_SECRET_FILE);

/**
 * The WebDAV password sits beside keys.json, protected the same way: Electron safeStorage in the desktop app,
 * a 0600 file under the CLI and web host. Null when none is stored.
 */
export function readWebdavPassword(dataDir: string, protector: KeyProtector): string | null {
  const path = secretPath(dataDir);
  if (!existsSync(path)) return null;
  const file = JSON.parse(readFileSync(path, 'utf8')) as SecretFile;
  if (file.protection !== protector.kind) {
    throw new Error(
      'Kata sandi WebDAV dilindungi oleh aplikasi desktop dan hanya dapat dibuka di sana; simpan ulang pengaturan sinkronisasi di sini.',
    );
  }
  return protector.unprotect(file.webdavPassword);
}

/** '' (or null) removes the stored password. */
export function writeWebdavPassword(dataDir: string, protector: KeyProtector, password: string | null): void {
  const path = secretPath(dataDir);
  if (!password) {
    rmSync(path, { force: true });
    return;
  }
  const file: SecretFile = {
    format: 1,
    protection: protector.kind,
    webdavPassword: protector.protect(password),
  };
  writeFileAtomic(path, JSON.stringify(file), 0o600);
}

export const hasWebdavPassword = (dataDir: string): boolean => existsSync(secretPath(dataDir));

export async function getJobState(db: DbOrTrx): Promise<SyncJobState> {
  const raw = await getMeta(db, SYNC_JOB_META);
  return raw ? { ...EMPTY_JOB_STATE, ...(JSON.parse(raw) as Partial<SyncJobState>) } : { ...EMPTY_JOB_STATE };
}

export const putJobState = (db: DbOrTrx, state: SyncJobState): Promise<void> =>
  putMeta(db, SYNC_JOB_META, JSON.stringify(state));
