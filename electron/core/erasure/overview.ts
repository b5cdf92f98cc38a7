// The erasures known here, and the backups older than one of them (local, and external ones this register
// wrote), with the day each is gone or should be destroyed.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { DbOrTrx } from '../db/database.ts';
import { folderOfExternalBackup } from '../backup/external-detail.ts';
import { localDay } from '../../../shared/time/office-zone.ts';
import type { ErasureEntry, ErasureOverview, OldBackupEntry } from '../../../shared/types/erasure.ts';
import { listBackupsIn } from '../backup/store.ts';
import { DEFAULT_ROTATION, type RotationPolicy } from '../backup/rotation.ts';
import { mentionEntries } from './mention-labels.ts';

/**
 * The day a backup is gone at the latest while backups keep being taken: a daily or manual one is the
 * newest of its month at best, kept while its month is among the last `monthly` months (rotation.ts), so it
 * goes on the first day of the month `monthly` months later. A pre-action backup goes once `preAction`
 * newer ones of its kind exist: no date can be given (null).
 */
export function latestExpiry(
  kind: string,
  day: string,
  policy: RotationPolicy = DEFAULT_ROTATION,
): string | null {
  if (kind !== 'harian' && kind !== 'manual') return null;
  const y = Number(day.slice(0, 4));
  const m = Number(day.slice(5, 7)) - 1 + policy.monthly;
  return `${y + Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}-01`;
}

export async function erasureOverview(
  db: DbOrTrx,
  backupsDir: string,
  zone: string,
): Promise<ErasureOverview> {
  const rows = await db
    .selectFrom('erasures as e')
    .leftJoin('offices as o', 'o.id', 'e.origin_office_id')
    .select(['e.id', 'e.person_id', 'e.erased_at', 'e.reason', 'e.origin_office_id', 'o.name'])
    .orderBy('e.erased_at', 'desc')
    .limit(1000)
    .execute();
  const erasures: ErasureEntry[] = rows.map((r) => ({
    id: r.id,
    personId: r.person_id,
    erasedAt: r.erased_at,
    reason: r.reason === 'retensi' ? 'retensi' : 'permintaan',
    officeName: r.name ?? r.origin_office_id,
  }));
  const times = erasures.map((e) => Date.parse(e.erasedAt));
  const oldBackups: OldBackupEntry[] = [];
  for (const b of listBackupsIn(backupsDir, zone)) {
    const after = times.filter((t) => t > b.takenAt).length;
    if (after === 0) continue;
    oldBackups.push({
      fileName: b.fileName,
      location: 'lokal',
      folder: null,
      present: true,
      takenAt: new Date(b.takenAt).toISOString(),
      erasuresAfter: after,
      expiresBy: latestExpiry(b.kind, localDay(b.takenAt, zone)),
    });
  }
  oldBackups.push(...(await externalOldBackups(db, times, zone)));
  return { erasures, mentions: await mentionEntries(db), oldBackups };
}

/**
 * The encrypted backups this register wrote outside its data directory (the export log knows each, with its
 * folder) that are older than an erasure. They are never rotated: they expire, and should be destroyed, when a
 * local backup of the same day would be gone (a manual one's rule).
 */
async function externalOldBackups(
  db: DbOrTrx,
  erasureTimes: readonly number[],
  zone: string,
): Promise<OldBackupEntry[]> {
  const latest = Math.max(...erasureTimes, Number.NEGATIVE_INFINITY);
  const rows = await db
    .selectFrom('export_log')
    .select(['at', 'file_name', 'detail'])
    .where('kind', '=', 'backup_external')
    .where('at', '<', latest)
    .orderBy('at', 'desc')
    .limit(1000)
    .execute();
  return rows.map((r) => {
    const folder = folderOfExternalBackup(r.detail);
    return {
      fileName: r.file_name,
      location: 'eksternal',
      folder,
      present: folder !== null && existsSync(join(folder, r.file_name)),
      takenAt: new Date(r.at).toISOString(),
      erasuresAfter: erasureTimes.filter((t) => t > r.at).length,
      expiresBy: latestExpiry('manual', localDay(r.at, zone)),
    };
  });
}
