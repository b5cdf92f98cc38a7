// The CLI's words for clock skew: a received bundle's sender clock, and a warning about this PC's own clock.
import { skewVerdict } from '../../shared/time/clock-skew.ts';
import type { OwnClockWarning } from '../../shared/types/sync.ts';
import type { DbOrTrx } from '../core/db/database.ts';
import { getOwnOfficeId } from '../core/office/office-repo.ts';
import { ownClockWarning } from '../core/sync/own-clock.ts';

const days = (ms: number): string => `${(Math.abs(ms) / 86_400_000).toFixed(1)} hari`;

/** " Perhatian: …" after an import line when the sender's clock is proven off or the bundle is old; else "". */
export function senderClockNote(lowMs: number | null, highMs: number | null): string {
  if (lowMs === null) return '';
  const v = skewVerdict({ lowMs, highMs });
  if (v.side === 'ahead')
    return ` Perhatian: jam PC pengirim setidaknya ${days(v.atLeastMs)} lebih cepat dari jam PC ini.`;
  if (v.side === 'behind')
    return ` Perhatian: jam PC pengirim setidaknya ${days(v.atLeastMs)} lebih lambat dari jam PC ini.`;
  if (v.side === 'old' && v.ageMs > 30 * 86_400_000)
    return ` Perhatian: paket dibuat ${days(v.ageMs)} sebelum diterima (jam PC pengirim lambat, atau paket lama di jalan).`;
  return '';
}

export function ownClockText(w: OwnClockWarning): string {
  const way = w.side === 'behind' ? 'tertinggal' : 'lebih cepat';
  const against =
    w.reference === 'dinsos'
      ? `dari jam PC Dinas Sosial`
      : `(${w.agreeing} dari ${w.seen} kantor yang baru mengirim paket menunjukkan selisih yang sama)`;
  return `PERHATIAN: jam PC ini ${way} setidaknya ${days(w.atLeastMs)} ${against}. Betulkan tanggal dan jam Windows: paket, laporan dan riwayat memakai tanggal PC ini.`;
}

/** The warning line for this PC's clock, or null when nothing shows it off. */
export async function ownClockLine(db: DbOrTrx, nowMs: number): Promise<string | null> {
  const id = await getOwnOfficeId(db);
  const office = id
    ? await db.selectFrom('offices').select('type').where('id', '=', id).executeTakeFirst()
    : null;
  if (!office) return null;
  const w = await ownClockWarning(db, office.type, nowMs);
  return w ? ownClockText(w) : null;
}
