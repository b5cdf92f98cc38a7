// Backup file names: what kind of backup, taken when; parsed back from the names in backups/.
import { fileStamp } from '../db/backup.ts';

/** harian: the daily one; manual: "Cadangkan sekarang"; pra-*: taken before a migration, an import, a restore… */
export type BackupKind = 'harian' | 'manual' | `pra-${string}`;

export interface BackupName {
  file: string;
  kind: BackupKind;
  /** When it was taken (ms), from the stamp in the name. */
  takenAt: number;
}

const STAMP = /(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z/;
const NAME = new RegExp(`^(harian|manual|pra-[a-z0-9-]+?)-${STAMP.source}\\.sqlite$`);

/** Only lower-case letters, digits and hyphens after `pra-`, so every name parses back. */
export function checkKind(kind: string): BackupKind {
  if (kind === 'harian' || kind === 'manual' || /^pra-[a-z0-9]+(-[a-z0-9]+)*$/.test(kind)) {
    return kind as BackupKind;
  }
  throw new Error(`Jenis cadangan tidak valid: ${kind}`);
}

/** `harian-2026-11-22T19-05-01-123Z` (without `.sqlite`). */
export const backupBaseName = (kind: BackupKind, ms: number): string => `${checkKind(kind)}-${fileStamp(ms)}`;

export function parseBackupName(file: string): BackupName | null {
  const m = NAME.exec(file);
  if (!m) return null;
  const [, kind, day, hh, mm, ss, ms] = m;
  const takenAt = Date.parse(`${day}T${hh}:${mm}:${ss}.${ms}Z`);
  return Number.isNaN(takenAt) ? null : { file, kind: kind as BackupKind, takenAt };
}
