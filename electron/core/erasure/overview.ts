// The erasures known here, and the local backups older than one of them, with the day rotation removes each.
import type { DbOrTrx } from '../db/database.ts';
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
      takenAt: new Date(b.takenAt).toISOString(),
      erasuresAfter: after,
      expiresBy: latestExpiry(b.kind, localDay(b.takenAt, zone)),
    });
  }
  return { erasures, mentions: await mentionEntries(db), oldBackups };
}
