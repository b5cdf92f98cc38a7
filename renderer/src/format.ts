// Dates, times and numbers with Intl in id-ID (or en-GB when English is chosen), in the office's time zone.
import { currentLanguage } from './i18n/index.ts';

export interface OfficeZone {
  /** IANA zone used by Intl. */
  iana: 'Asia/Jakarta' | 'Asia/Makassar' | 'Asia/Jayapura';
  /** WIB, WITA or WIT. */
  label: 'WIB' | 'WITA' | 'WIT';
  /** Fixed UTC offset (Indonesia has no daylight saving). */
  offset: '+07:00' | '+08:00' | '+09:00';
}

const WIB: OfficeZone = { iana: 'Asia/Jakarta', label: 'WIB', offset: '+07:00' };
const WITA: OfficeZone = { iana: 'Asia/Makassar', label: 'WITA', offset: '+08:00' };
const WIT: OfficeZone = { iana: 'Asia/Jayapura', label: 'WIT', offset: '+09:00' };
const WITA_PROVINCES = new Set(['51', '52', '53', '63', '64', '65', '71', '72', '73', '74', '75', '76']);

/** The zone of an office from the province part of its Kemendagri region code. */
export function zoneOfRegion(regionCode: string | null | undefined): OfficeZone {
  const province = (regionCode ?? '').slice(0, 2);
  if (WITA_PROVINCES.has(province)) return WITA;
  if (province.startsWith('8') || province.startsWith('9')) return WIT;
  return WIB;
}

const locale = (): string => (currentLanguage() === 'en' ? 'en-GB' : 'id-ID');

export function formatDateTime(iso: string, zone: OfficeZone): string {
  const text = new Intl.DateTimeFormat(locale(), {
    dateStyle: 'medium',
    timeStyle: 'medium',
    timeZone: zone.iana,
  }).format(new Date(iso));
  return `${text} ${zone.label}`;
}

export function formatDate(iso: string, zone: OfficeZone): string {
  return new Intl.DateTimeFormat(locale(), { dateStyle: 'long', timeZone: zone.iana }).format(new Date(iso));
}

export const formatNumber = (n: number, fractionDigits = 0): string =>
  new Intl.NumberFormat(locale(), { maximumFractionDigits: fractionDigits }).format(n);

/** A local calendar day (YYYY-MM-DD) in the office zone, as the ISO instant it starts at. */
export const startOfDay = (day: string, zone: OfficeZone): string => `${day}T00:00:00.000${zone.offset}`;

/** The instant the day after `day` starts: the exclusive upper bound of a date-range filter. */
export function startOfNextDay(day: string, zone: OfficeZone): string {
  const [y, m, d] = day.split('-').map(Number);
  const next = new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, (d ?? 1) + 1));
  return startOfDay(next.toISOString().slice(0, 10), zone);
}
