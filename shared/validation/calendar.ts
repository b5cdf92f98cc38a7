// The one calendar rule for every date the contract accepts: YYYY-MM-DD or YYYY-MM that exists, years 1900–2100.
import { z } from './zod-locale.ts';

/*
 * Why a year range: no record of a social-service register lies before 1900 (the oldest birth dates) or
 * after 2100, and a year outside it is always a typing slip ('20266', '9999'). It also keeps every date
 * the core does arithmetic on (a day's bounds in the office zone, the month after) inside what
 * `Date#toISOString` can write, so an impossible date is refused as VALIDATION, never crashes as INTERNAL.
 */
export const MIN_YEAR = 1900;
export const MAX_YEAR = 2100;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_MONTH = /^(\d{4})-(\d{2})$/;

export const DATE_MESSAGE = `Tanggal tidak valid: gunakan format TTTT-BB-HH dengan tanggal yang ada di kalender (tahun ${MIN_YEAR}–${MAX_YEAR}).`;
export const MONTH_MESSAGE = `Bulan tidak valid: gunakan format TTTT-BB (contoh: 2026-03), tahun ${MIN_YEAR}–${MAX_YEAR}.`;

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

const yearInRange = (year: number): boolean => year >= MIN_YEAR && year <= MAX_YEAR;

/** True for a calendar month written YYYY-MM within the year range. */
export function isCalendarMonth(value: string): boolean {
  const m = ISO_MONTH.exec(value);
  if (!m) return false;
  const month = Number(m[2]);
  return yearInRange(Number(m[1])) && month >= 1 && month <= 12;
}

/** True for a real calendar date written YYYY-MM-DD within the year range. */
export function isIsoDate(value: string): boolean {
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return yearInRange(year) && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** A calendar date, YYYY-MM-DD: every date field of the contract (due dates, outcomes, filters, birth dates). */
export const calendarDate = z.string().refine(isIsoDate, DATE_MESSAGE);

/** A calendar month, YYYY-MM (report periods, month filters); surrounding spaces are ignored. */
export const calendarMonth = z.string().trim().refine(isCalendarMonth, MONTH_MESSAGE);
