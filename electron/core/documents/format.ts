// Formatting shared by generated documents: id-ID dates in the office zone, region names, file names.
import { labelledZoneOfRegion, type LabelledZone } from '../../../shared/time/office-zone.ts';
import type { Region } from '../../../shared/types/office.ts';

export type OfficeZone = LabelledZone;

/** The office's zone from the province part of its Kemendagri code (the one rule in shared/time/office-zone.ts). */
export const zoneOfRegion = (regionCode: string): OfficeZone => labelledZoneOfRegion(regionCode);

const longDay = new Intl.DateTimeFormat('id-ID', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

/**
 * A calendar day (YYYY-MM-DD) as "22 November 2026". An ISO instant is shown as its day in `zone`
 * (UTC without one); null gives "-" and anything else is shown as it is.
 */
export function formatDay(value: string | null | undefined, zone?: OfficeZone): string {
  if (!value) return '-';
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return longDay.format(new Date(`${value}T00:00:00Z`));
  const ms = Date.parse(value);
  if (!/^\d{4}-\d{2}-\d{2}T/.test(value) || Number.isNaN(ms)) return value;
  return zone ? longDay.format(new Date(`${localDay(ms, zone)}T00:00:00Z`)) : longDay.format(new Date(ms));
}

/** The local calendar day (YYYY-MM-DD) of an instant in the office zone. */
export function localDay(ms: number, zone: OfficeZone): string {
  // en-CA formats as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', { timeZone: zone.iana }).format(new Date(ms));
}

/** An instant (ISO or ms) as "22 November 2026 10.15 WIB". */
export function formatInstant(at: string | number, zone: OfficeZone): string {
  const text = new Intl.DateTimeFormat('id-ID', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone: zone.iana,
  }).format(new Date(at));
  return `${text} ${zone.label}`;
}

/** An instant as "2 Mar 2026, 09.00 WIB", for table cells. */
export function formatShortInstant(at: string | number, zone: OfficeZone): string {
  const text = new Intl.DateTimeFormat('id-ID', {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone: zone.iana,
  }).format(new Date(at));
  return `${text} ${zone.label}`;
}

/** "-" for an empty value, so tables never show blanks that look like missing columns. */
export const orDash = (v: string | number | null | undefined): string =>
  v === null || v === undefined || v === '' ? '-' : String(v);

export interface RegionNames {
  provinsi: string | null;
  kabkota: string | null;
  kecamatan: string | null;
  desa: string | null;
}

/** Names per level from a resolved region path (province first). */
export function regionNames(path: readonly Region[]): RegionNames {
  const by = (level: Region['level']): string | null => path.find((r) => r.level === level)?.name ?? null;
  return { provinsi: by('provinsi'), kabkota: by('kabkota'), kecamatan: by('kecamatan'), desa: by('desa') };
}

/** "Desa" or "Kelurahan" from the first digit of the last part of a desa code (1 kelurahan, 2 desa). */
export function desaKind(code: string): 'Desa' | 'Kelurahan' {
  return code.split('.')[3]?.startsWith('1') ? 'Kelurahan' : 'Desa';
}

/** "Desa Tritih Wetan, Kec. Jeruklegi, Kabupaten Cilacap, Jawa Tengah"; unknown codes are shown as codes. */
export function regionLine(code: string, path: readonly Region[]): string {
  if (path.length === 0) return `kode wilayah ${code}`;
  const n = regionNames(path);
  return [
    n.desa ? `${desaKind(code)} ${n.desa}` : null,
    n.kecamatan ? `Kec. ${n.kecamatan}` : null,
    n.kabkota,
    n.provinsi,
  ]
    .filter(Boolean)
    .join(', ');
}

/** Letters, digits, dots and dashes only, for a file name that works on every file system. */
export function fileSafe(text: string): string {
  const safe = text
    .replace(/[^A-Za-z0-9.-]+/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^[-.]+|[-.]+$/g, '');
  return safe.slice(0, 80) || 'tanpa-nomor';
}

/** The last eight hex digits of a UUID (the random part of a UUIDv7), for file names. */
export const shortId = (id: string): string => id.replace(/-/g, '').slice(-8).toLowerCase();
