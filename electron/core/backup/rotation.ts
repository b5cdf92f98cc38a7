// Which backups to keep: the newest of each of the last N days, ISO weeks and months that have one (pure).
import type { BackupKind } from './names.ts';

export interface RotationPolicy {
  /** The last `daily` days that have a backup keep their newest one. */
  daily: number;
  /** The last `weekly` ISO weeks that have a backup keep their newest one. */
  weekly: number;
  /** The last `monthly` calendar months that have a backup keep their newest one. */
  monthly: number;
  /** Backups taken before an action (pra-migrasi, pra-impor, pra-pemulihan…): the newest N of each action. */
  preAction: number;
}

export const DEFAULT_ROTATION: RotationPolicy = { daily: 7, weekly: 4, monthly: 6, preAction: 3 };

export interface RotationEntry {
  file: string;
  kind: BackupKind;
  /** The office-local day it was taken, YYYY-MM-DD. */
  day: string;
  takenAt: number;
}

/** ISO 8601 week of a YYYY-MM-DD day, e.g. `2026-W01` (the week belongs to the year of its Thursday). */
export function isoWeekOf(day: string): string {
  const d = new Date(`${day}T00:00:00Z`);
  const weekday = (d.getUTCDay() + 6) % 7; // Monday 0 … Sunday 6
  const thursday = new Date(d.getTime() + (3 - weekday) * 86_400_000);
  const year = thursday.getUTCFullYear();
  const jan1 = Date.UTC(year, 0, 1);
  const week = Math.floor((thursday.getTime() - jan1) / (7 * 86_400_000)) + 1;
  return `${year}-W${String(week).padStart(2, '0')}`;
}

const monthOf = (day: string): string => day.slice(0, 7);

/** The action a pre-action backup belongs to: every `pra-migrasi-vN` counts as one action. */
const actionOf = (kind: BackupKind): string => kind.replace(/-v\d+$/, '');

/** Newest first; walks the list and keeps the first backup of each new bucket until `count` buckets are used. */
function newestPerBucket(sorted: readonly RotationEntry[], count: number, key: (e: RotationEntry) => string) {
  const kept: string[] = [];
  const seen = new Set<string>();
  for (const e of sorted) {
    if (seen.size >= count) break;
    const k = key(e);
    if (seen.has(k)) continue;
    seen.add(k);
    kept.push(e.file);
  }
  return kept;
}

/**
 * The files to keep (every other one may be deleted). Days, weeks and months count only those that have a
 * backup (an office closed for a fortnight still keeps seven daily backups), in the manner of restic's
 * `--keep-daily/--keep-weekly/--keep-monthly`. A backup dated after `today` (a PC clock that was wrong) is
 * kept and left out of the counting: it cannot be judged. The newest backup of all is always kept.
 */
export function backupsToKeep(
  entries: readonly RotationEntry[],
  today: string,
  policy: RotationPolicy = DEFAULT_ROTATION,
): Set<string> {
  const keep = new Set<string>();
  const byNewest = [...entries].sort((a, b) => b.takenAt - a.takenAt || b.file.localeCompare(a.file));
  for (const e of byNewest) if (e.day > today) keep.add(e.file);
  const past = byNewest.filter((e) => e.day <= today);
  const regular = past.filter((e) => e.kind === 'harian' || e.kind === 'manual');
  for (const f of newestPerBucket(regular, policy.daily, (e) => e.day)) keep.add(f);
  for (const f of newestPerBucket(regular, policy.weekly, (e) => isoWeekOf(e.day))) keep.add(f);
  for (const f of newestPerBucket(regular, policy.monthly, (e) => monthOf(e.day))) keep.add(f);
  const actions = new Map<string, RotationEntry[]>();
  for (const e of past) {
    if (e.kind === 'harian' || e.kind === 'manual') continue;
    const list = actions.get(actionOf(e.kind)) ?? [];
    list.push(e);
    actions.set(actionOf(e.kind), list);
  }
  for (const list of actions.values()) for (const e of list.slice(0, policy.preAction)) keep.add(e.file);
  const newest = byNewest[0];
  if (newest) keep.add(newest.file);
  return keep;
}
