// Calendar helpers for generated activity: office-local days and hours (WIB/WITA/WIT), ISO strings, Roman months.
import { zoneOfRegion, type OfficeZone } from '../../../shared/time/office-zone.ts';
import type { Rng } from './prng.ts';

export const DAY_MS = 86_400_000;
export const HOUR_MS = 3_600_000;
export const MINUTE_MS = 60_000;

const UTC_OFFSET_HOURS: Record<OfficeZone, number> = {
  'Asia/Jakarta': 7,
  'Asia/Makassar': 8,
  'Asia/Jayapura': 9,
};

/** Office's offset from UTC in hours (Indonesia keeps no daylight saving), from its region code's province. */
export const utcOffsetHours = (regionCode: string): number => UTC_OFFSET_HOURS[zoneOfRegion(regionCode)];

/** Timestamps in ms, rendered as office-local calendar days. */
export interface Clock {
  offsetMs: number;
}

export const officeClock = (regionCode: string): Clock => ({
  offsetMs: utcOffsetHours(regionCode) * HOUR_MS,
});

export const isoAt = (ms: number): string => new Date(ms).toISOString();

/** The office-local date of an instant, YYYY-MM-DD. */
export const localDay = (c: Clock, ms: number): string =>
  new Date(ms + c.offsetMs).toISOString().slice(0, 10);

/** Milliseconds of local midnight starting the office-local day of `ms`. */
export const localMidnight = (c: Clock, ms: number): number =>
  Math.floor((ms + c.offsetMs) / DAY_MS) * DAY_MS - c.offsetMs;

/** Day of week of the office-local day (0 = Sunday). */
export const localWeekday = (c: Clock, ms: number): number => new Date(ms + c.offsetMs).getUTCDay();

export function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00.000Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** Subtracts whole calendar months from an instant (day of month clamped). */
export function minusMonths(ms: number, months: number): number {
  const d = new Date(ms);
  const target = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() - months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d.getUTCDate(), lastDay));
  return target.getTime() + (ms % DAY_MS);
}

/**
 * An instant during office hours (08:00–15:00 local) on a working day, on or after `ms`: weekends move
 * to Monday. Returns a time later than `ms` when `ms` is itself later in that day.
 */
export function officeHoursOn(c: Clock, ms: number, rng: Rng): number {
  let midnight = localMidnight(c, ms);
  while ([0, 6].includes(localWeekday(c, midnight))) midnight += DAY_MS;
  const t = midnight + 8 * HOUR_MS + rng.int(0, 7 * 60 - 1) * MINUTE_MS + rng.int(0, 59) * 1000;
  return Math.max(t, ms + MINUTE_MS);
}

const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'] as const;

/** Month of an ISO day in Roman numerals, as in Indonesian letter numbers. */
export const romanMonth = (day: string): string => ROMAN[Number(day.slice(5, 7)) - 1] ?? 'I';

/** Completed years between two ISO days. */
export function ageOnDay(birthDate: string, day: string): number {
  const years = Number(day.slice(0, 4)) - Number(birthDate.slice(0, 4));
  return day.slice(5) < birthDate.slice(5) ? years - 1 : years;
}

/** A birth date for someone who is `age` completed years old on `today`. */
export function birthDateForAge(age: number, today: string, rng: Rng): string {
  const [y, m, d] = [Number(today.slice(0, 4)) - age, Number(today.slice(5, 7)), Number(today.slice(8, 10))];
  const lastDay = new Date(Date.UTC(y, m, 0)).getUTCDate();
  const latest = new Date(Date.UTC(y, m - 1, Math.min(d, lastDay))).toISOString().slice(0, 10);
  const day = addDays(latest, -rng.int(0, 364));
  return ageOnDay(day, today) === age ? day : latest;
}
