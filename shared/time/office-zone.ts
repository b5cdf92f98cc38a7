// Office time zone (WIB, WITA, WIT) from the province code, and calendar days in that zone.

/*
 * Indonesia has three zones without daylight saving (Keppres 41/1987):
 * - WIB  (UTC+7, Asia/Jakarta): Sumatra and its islands, Java, Banten, Kalimantan Barat and Tengah;
 * - WITA (UTC+8, Asia/Makassar): Bali, NTB, NTT, Kalimantan Selatan, Timur and Utara, all of Sulawesi
 *   (including Gorontalo);
 * - WIT  (UTC+9, Asia/Jayapura): Maluku, Maluku Utara and every Papua province.
 * "Today", due dates and overdue are computed in the office's zone, never the PC's: an office PC may be
 * set to any zone, and a Dinsos office must see a kecamatan's day as that kecamatan lived it.
 */
export const OFFICE_ZONES = ['Asia/Jakarta', 'Asia/Makassar', 'Asia/Jayapura'] as const;
export type OfficeZone = (typeof OFFICE_ZONES)[number];

export const ZONE_ABBREVIATIONS: Record<OfficeZone, 'WIB' | 'WITA' | 'WIT'> = {
  'Asia/Jakarta': 'WIB',
  'Asia/Makassar': 'WITA',
  'Asia/Jayapura': 'WIT',
};

const WITA_PROVINCES = ['51', '52', '53', '63', '64', '65', '71', '72', '73', '74', '75', '76'];
const WIT_PROVINCES = ['81', '82', '91', '92', '93', '94', '95', '96'];

/** The zone of a province code ("33"); an unknown code falls back to WIB, the zone of most offices. */
export function zoneOfProvince(provinceCode: string): OfficeZone {
  if (WITA_PROVINCES.includes(provinceCode)) return 'Asia/Makassar';
  if (WIT_PROVINCES.includes(provinceCode)) return 'Asia/Jayapura';
  return 'Asia/Jakarta';
}

/** The zone of any Kemendagri region code ("33.01.08", "73.71", "91.03.01.2001"): its province's. */
export const zoneOfRegion = (regionCode: string): OfficeZone => zoneOfProvince(regionCode.slice(0, 2));

/** A zone as documents and screens print it: the IANA name for Intl and its abbreviation. */
export interface LabelledZone {
  iana: OfficeZone;
  label: 'WIB' | 'WITA' | 'WIT';
}

/** The labelled zone of any region code (an empty or unknown code: WIB). */
export function labelledZoneOfRegion(regionCode: string | null | undefined): LabelledZone {
  const iana = zoneOfRegion(regionCode ?? '');
  return { iana, label: ZONE_ABBREVIATIONS[iana] };
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function partsIn(ms: number, zone: string): Record<string, number> {
  let f = formatters.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(zone, f);
  }
  const out: Record<string, number> = {};
  for (const p of f.formatToParts(new Date(ms))) if (p.type !== 'literal') out[p.type] = Number(p.value);
  return out;
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** The calendar day ('YYYY-MM-DD') an instant falls on in the zone. */
export function localDay(ms: number, zone: string): string {
  const p = partsIn(ms, zone);
  return `${pad(p.year ?? 0, 4)}-${pad(p.month ?? 0)}-${pad(p.day ?? 0)}`;
}

/** The day `n` days after (or before, when negative) `day`. */
export function addDays(day: string, n: number): string {
  const d = new Date(`${day}T00:00:00.000Z`);
  if (Number.isNaN(d.getTime())) throw new RangeError(`Tanggal tidak valid: ${day}`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** How far the zone's wall clock is ahead of UTC at that instant, in ms. */
export function zoneOffsetMs(ms: number, zone: string): number {
  const p = partsIn(ms, zone);
  const wall = Date.UTC(
    p.year ?? 0,
    (p.month ?? 1) - 1,
    p.day ?? 1,
    p.hour ?? 0,
    p.minute ?? 0,
    p.second ?? 0,
  );
  return wall - Math.floor(ms / 1000) * 1000;
}

/** The instant (ms) the day begins in the zone: [startOfDay(d), startOfDay(addDays(d, 1))) is that day. */
export function startOfDay(day: string, zone: string): number {
  const midnightUtc = Date.parse(`${day}T00:00:00.000Z`);
  return midnightUtc - zoneOffsetMs(midnightUtc, zone);
}

const ROMAN: readonly string[] = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'];

/** The month of a day in Roman numerals, as Indonesian letter numbers write it ('2026-03-05' → 'III'). */
export function romanMonth(day: string): string {
  const m = ROMAN[Number(day.slice(5, 7)) - 1];
  if (!m) throw new RangeError(`Tanggal tidak valid: ${day}`);
  return m;
}
