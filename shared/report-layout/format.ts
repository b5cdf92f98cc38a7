// Cell and date texts for reports in Bahasa Indonesia (PDF and screen): numbers, days, instants, the month.
import { localDay, ZONE_ABBREVIATIONS, type OfficeZone } from '../time/office-zone.ts';
import type { CellValue, ColumnKind } from './types.ts';

const INT = new Intl.NumberFormat('id-ID', { maximumFractionDigits: 0 });
const DECIMAL = new Intl.NumberFormat('id-ID', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const LONG_DAY = new Intl.DateTimeFormat('id-ID', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});
const SHORT_DAY = new Intl.DateTimeFormat('id-ID', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
});
const MONTH = new Intl.DateTimeFormat('id-ID', { month: 'long', year: 'numeric', timeZone: 'UTC' });

const DAY_RE = /^\d{4}-\d{2}-\d{2}$/;
const INSTANT_RE = /^\d{4}-\d{2}-\d{2}T/;

/** The calendar day of a day or an ISO instant (in `zone`); null when it is neither. */
export function dayOf(value: string, zone: string): string | null {
  if (DAY_RE.test(value)) return value;
  if (!INSTANT_RE.test(value)) return null;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? null : localDay(ms, zone);
}

/** '2026-03' → 'Maret 2026'. */
export function monthLabel(month: string): string {
  const d = new Date(`${month}-01T00:00:00Z`);
  return Number.isNaN(d.getTime()) ? month : MONTH.format(d);
}

/** A day or instant as '2 April 2026' (long) or '2 Apr 2026' (short); other text as it is. */
export function dayLabel(value: string, zone: string, style: 'long' | 'short' = 'long'): string {
  const day = dayOf(value, zone);
  if (!day) return value;
  return (style === 'long' ? LONG_DAY : SHORT_DAY).format(new Date(`${day}T00:00:00Z`));
}

/** An ISO instant as '2 April 2026 10.15 WIB' in the office zone. */
export function instantLabel(value: string, zone: string): string {
  const ms = Date.parse(value);
  if (Number.isNaN(ms)) return value;
  const text = new Intl.DateTimeFormat('id-ID', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone: zone,
  }).format(new Date(ms));
  const abbr = ZONE_ABBREVIATIONS[zone as OfficeZone];
  return abbr ? `${text} ${abbr}` : text;
}

/** The text a cell shows in the PDF and on screen ('-' for an empty cell). */
export function formatCell(kind: ColumnKind, value: CellValue, zone: string): string {
  if (value === null || value === '') return '-';
  if (typeof value === 'number') return kind === 'decimal' ? DECIMAL.format(value) : INT.format(value);
  if (kind === 'date') return dayLabel(value, zone, 'short');
  return value;
}

/** Letters, digits, dots and dashes only, for file names. */
export const fileSafe = (text: string): string =>
  text
    .replace(/[^A-Za-z0-9.-]+/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^[-.]+|[-.]+$/g, '') || 'laporan';
