// The calling office's region code, time zone, "now" and "today" (in the office's zone) for case work.
import type { HandlerContext } from '../context.ts';
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

/** From the call's own office (read once per call by the dispatch; SETUP_REQUIRED before setup) and its clock. */
export async function officeClock(ctx: Pick<HandlerContext, 'office' | 'deps'>): Promise<OfficeClock> {
  const { id: officeId, regionCode } = await ctx.office();
  const zone = zoneOfRegion(regionCode);
  const now = ctx.deps.now();
  return { officeId, regionCode, zone, now, at: new Date(now).toISOString(), today: localDay(now, zone) };
}
