// A report month in the office's zone: its days, the instants that bound it, and the Dinsos deadline after it.
import { addDays, startOfDay, zoneOfRegion, type OfficeZone } from '../../../shared/time/office-zone.ts';
import { CoreError } from '../errors.ts';
import { isCalendarMonth, MONTH_MESSAGE } from '../../../shared/validation/calendar.ts';

export interface ReportPeriod {
  month: string;
  firstDay: string;
  lastDay: string;
  zone: OfficeZone;
  /** ISO instant the month begins (inclusive) and ends (exclusive) in the zone. */
  fromIso: string;
  toIso: string;
}

export function checkMonth(month: string): void {
  if (!isCalendarMonth(month))
    throw new CoreError(
      'VALIDATION',
      `Bulan "${month}" tidak valid: gunakan format YYYY-MM (contoh: 2026-03).`,
      { fields: { month: MONTH_MESSAGE } },
    );
}

/** The month after `month` ('2026-12' → '2027-01'). */
export function nextMonth(month: string): string {
  const y = Number(month.slice(0, 4));
  const m = Number(month.slice(5, 7));
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
}

export function reportPeriod(month: string, regionCode: string): ReportPeriod {
  checkMonth(month);
  const zone = zoneOfRegion(regionCode);
  const firstDay = `${month}-01`;
  const nextFirst = `${nextMonth(month)}-01`;
  return {
    month,
    firstDay,
    lastDay: addDays(nextFirst, -1),
    zone,
    fromIso: new Date(startOfDay(firstDay, zone)).toISOString(),
    toIso: new Date(startOfDay(nextFirst, zone)).toISOString(),
  };
}

/** Day `deadlineDay` of the next month, 23:59:59.999 in the office's zone, as an ISO instant. */
export function reportDeadline(month: string, regionCode: string, deadlineDay: number): string {
  const day = `${nextMonth(month)}-${String(deadlineDay).padStart(2, '0')}`;
  return new Date(startOfDay(addDays(day, 1), zoneOfRegion(regionCode)) - 1).toISOString();
}
