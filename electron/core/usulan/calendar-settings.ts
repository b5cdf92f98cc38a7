// Dinsos's DTSEN calendar: the musdes / muskel window and the upload cut-off, read by every office that received it.
import {
  calendarDaysProblem,
  DEFAULT_USULAN_CALENDAR,
  type UsulanCalendarDays,
} from '../../../shared/reference/usulan.ts';
import type { UsulanCalendarSettings } from '../../../shared/types/usulan.ts';
import type { DbOrTrx } from '../db/database.ts';
import { CoreError } from '../errors.ts';
import { createWriter } from '../sync/writer.ts';

const fallback = (): UsulanCalendarSettings => ({ ...DEFAULT_USULAN_CALENDAR, setByDinsos: false });

/**
 * The network's calendar: the Dinsos office's row (this office's own when it is Dinsos), else the default. A row
 * that breaks the rules (written by hand, or by a newer version with other rules) reads as the default too.
 */
export async function readCalendarSettings(db: DbOrTrx): Promise<UsulanCalendarSettings> {
  const row = await db
    .selectFrom('usulan_calendars as c')
    .innerJoin('offices as o', 'o.id', 'c.id')
    .select(['c.musdes_first_day', 'c.musdes_last_day', 'c.cutoff_day'])
    .where('o.type', '=', 'dinsos')
    .where('c.deleted', '=', 0)
    .orderBy('c.hlc', 'desc')
    .executeTakeFirst();
  if (!row) return fallback();
  const days: UsulanCalendarDays = {
    musdesFirstDay: Number(row.musdes_first_day),
    musdesLastDay: Number(row.musdes_last_day),
    cutoffDay: Number(row.cutoff_day),
  };
  return calendarDaysProblem(days) ? fallback() : { ...days, setByDinsos: true };
}

/** Dinsos sets the calendar (its own row, which travels to every office like its `offices` row). */
export async function writeCalendarSettings(
  db: DbOrTrx,
  office: { id: string; type: string },
  days: UsulanCalendarDays,
  nowMs: number,
): Promise<UsulanCalendarSettings> {
  if (office.type !== 'dinsos') {
    throw new CoreError('FORBIDDEN', 'Hanya Dinsos yang menetapkan jadwal musdes dan batas unggah DTSEN.');
  }
  const problem = calendarDaysProblem(days);
  if (problem) {
    throw new CoreError('VALIDATION', problem.message, { fields: { [problem.field]: problem.message } });
  }
  const values = {
    musdes_first_day: days.musdesFirstDay,
    musdes_last_day: days.musdesLastDay,
    cutoff_day: days.cutoffDay,
  };
  const writer = createWriter(db, office.id, () => nowMs);
  const exists = await db
    .selectFrom('usulan_calendars')
    .select('id')
    .where('id', '=', office.id)
    .executeTakeFirst();
  if (exists) await writer.update('usulan_calendars', office.id, values);
  else await writer.insert('usulan_calendars', { id: office.id, ...values });
  return readCalendarSettings(db);
}
