// The calling office's region code, time zone, "now" and "today" (in the office's zone) for case work.
import type { HandlerContext } from '../context.ts';
import type { DbOrTrx } from '../db/database.ts';
import { CoreError } from '../errors.ts';
import { localDay, zoneOfRegion, type OfficeZone } from '../../../shared/time/office-zone.ts';

export interface OfficeClock {
  officeId: string;
  regionCode: string;
  zone: OfficeZone;
  /** Wall clock in ms (the injected clock). */
  now: number;
  /** ISO instant of `now`, as stored in timestamps. */
  at: string;
  /** The office's calendar day. */
  today: string;
}

export async function officeClock(
  ctx: Pick<HandlerContext, 'db' | 'officeId' | 'deps'>,
): Promise<OfficeClock> {
  const officeId = ctx.officeId;
  if (!officeId) throw new CoreError('SETUP_REQUIRED', 'Kantor belum disiapkan.');
  const regionCode = await officeRegion(ctx.db, officeId);
  const zone = zoneOfRegion(regionCode);
  const now = ctx.deps.now();
  return { officeId, regionCode, zone, now, at: new Date(now).toISOString(), today: localDay(now, zone) };
}

async function officeRegion(db: DbOrTrx, officeId: string): Promise<string> {
  const row = await db
    .selectFrom('offices')
    .select('region_code')
    .where('id', '=', officeId)
    .executeTakeFirst();
  if (!row) throw new CoreError('SETUP_REQUIRED', 'Data kantor tidak ditemukan.');
  return row.region_code;
}
