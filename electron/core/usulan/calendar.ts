// This month's DTSEN cycle for Beranda: the musdes window and upload cut-off, the sessions, what waits on this side.
import { DUE_STATES, type UsulanState } from '../../../shared/reference/usulan.ts';
import type { MusdesKind } from '../../../shared/reference/musdes.ts';
import type { UsulanCalendar } from '../../../shared/types/usulan.ts';
import { addDays, localDay, zoneOfRegion } from '../../../shared/time/office-zone.ts';
import type { DbOrTrx } from '../db/database.ts';
import { regionIndex } from '../regions/regions.ts';
import { readCalendarSettings } from './calendar-settings.ts';
import { sideOf } from './transitions.ts';
import { summariesOf } from './usulan-read.ts';

const day = (month: string, d: number): string => `${month}-${String(d).padStart(2, '0')}`;

export interface CalendarOffice {
  officeId: string;
  type: string;
  regionCode: string;
}

/**
 * usulan.calendar: the month of `nowMs` in the office's zone, on the days of Dinsos's calendar. The sessions are
 * those of the office's area (a desa
 * office: its desa; Dinsos: every one it holds); `due` counts the proposals waiting on this side: at an office its
 * own proposals still to make ready, decide, send or complete; at Dinsos those to verify, forward or await.
 */
export async function usulanCalendar(
  db: DbOrTrx,
  here: CalendarOffice,
  nowMs: number,
): Promise<UsulanCalendar> {
  const month = localDay(nowMs, zoneOfRegion(here.regionCode)).slice(0, 7);
  const nextFirst = addDays(day(month, 28), 4).slice(0, 7);
  let sessions = db
    .selectFrom('musdes_sessions')
    .select(['id', 'kind', 'desa_code', 'held_on'])
    .where('deleted', '=', 0)
    .where('held_on', '>=', day(month, 1))
    .where('held_on', '<', day(nextFirst, 1));
  if (here.type === 'desa') sessions = sessions.where('desa_code', '=', here.regionCode);
  else if (here.type === 'kecamatan') sessions = sessions.where('desa_code', 'like', `${here.regionCode}.%`);
  const rows = await sessions.orderBy('held_on').orderBy('id').execute();
  const regions = rows.length > 0 ? (await regionIndex()).byCode : new Map<string, { name: string }>();

  const side = sideOf(here.type);
  let proposals = db.selectFrom('usulan').select('id').where('deleted', '=', 0);
  if (side === 'office') proposals = proposals.where('origin_office_id', '=', here.officeId);
  const ids = (await proposals.execute()).map((r) => r.id);
  const counts = new Map<UsulanState, number>();
  for (const { summary } of (await summariesOf(db, ids)).values()) {
    counts.set(summary.state, (counts.get(summary.state) ?? 0) + 1);
  }
  const days = await readCalendarSettings(db);
  return {
    month,
    musdesFrom: day(month, days.musdesFirstDay),
    musdesTo: day(month, days.musdesLastDay),
    cutoff: day(month, days.cutoffDay),
    setByDinsos: days.setByDinsos,
    sessions: rows.map((r) => ({
      id: r.id,
      kind: r.kind as MusdesKind,
      desaCode: r.desa_code,
      desaName: regions.get(r.desa_code)?.name ?? r.desa_code,
      heldOn: r.held_on,
    })),
    due: DUE_STATES[side].map((state) => ({ state, count: counts.get(state) ?? 0 })),
  };
}
