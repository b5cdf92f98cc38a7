// Dates, times and numbers with Intl in id-ID (or en-GB when English is chosen), in the office's time zone.
import {
  addDays,
  labelledZoneOfRegion,
  localDay,
  startOfDay as zoneDayStart,
  type LabelledZone,
} from '../../shared/time/office-zone.ts';
import { currentLanguage } from './i18n/index.ts';

/** IANA zone for Intl and its label (WIB, WITA or WIT). */
export type OfficeZone = LabelledZone;

/** The zone of an office from its Kemendagri region code (shared rule: the province decides). */
export const zoneOfRegion = (regionCode: string | null | undefined): OfficeZone =>
  labelledZoneOfRegion(regionCode);

const locale = (): string => (currentLanguage() === 'en' ? 'en-GB' : 'id-ID');

/** Intl formatters are costly to build and lists format thousands of cells: keep one per locale and style. */
const formatters = new Map<string, Intl.DateTimeFormat>();
function dateFormat(options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale()}|${JSON.stringify(options)}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locale(), options);
    formatters.set(key, f);
  }
  return f;
}

export function formatDateTime(iso: string, zone: OfficeZone): string {
  const text = dateFormat({ dateStyle: 'medium', timeStyle: 'medium', timeZone: zone.iana }).format(
    new Date(iso),
  );
  return `${text} ${zone.label}`;
}

export function formatDate(iso: string, zone: OfficeZone): string {
  return dateFormat({ dateStyle: 'long', timeZone: zone.iana }).format(new Date(iso));
}

/** The day of an instant in the office zone, short (23 Nov 2026), for lists. */
export function formatDateShort(iso: string, zone: OfficeZone): string {
  return dateFormat({ dateStyle: 'medium', timeZone: zone.iana }).format(new Date(iso));
}

/** A calendar day stored as YYYY-MM-DD (birth date, due date), shown without any zone shift. */
export function formatDay(day: string | null | undefined, style: 'medium' | 'long' = 'medium'): string {
  if (!day) return '';
  const d = new Date(`${day}T00:00:00Z`);
  if (Number.isNaN(d.getTime())) return day;
  return dateFormat({ dateStyle: style, timeZone: 'UTC' }).format(d);
}

export const formatNumber = (n: number, fractionDigits = 0): string =>
  new Intl.NumberFormat(locale(), { maximumFractionDigits: fractionDigits }).format(n);

/** Today's date (YYYY-MM-DD) in the office zone, whatever zone this PC is set to. */
export const officeToday = (zone: OfficeZone): string => localDay(Date.now(), zone.iana);

/** A local calendar day (YYYY-MM-DD) in the office zone, as the ISO instant it starts at. */
export const startOfDay = (day: string, zone: OfficeZone): string =>
  new Date(zoneDayStart(day, zone.iana)).toISOString();

/** The instant the day after `day` starts: the exclusive upper bound of a date-range filter. */
export const startOfNextDay = (day: string, zone: OfficeZone): string => startOfDay(addDays(day, 1), zone);
