// Office time zones per province (every one of the 38), local days across midnight, day arithmetic.
import { describe, expect, it } from 'vitest';
import { PROVINCE_CODES } from '../../../shared/reference/provinces.ts';
import { utcOffsetHours } from '../../../electron/core/demo/dates.ts';
import { zoneOfRegion as documentZone } from '../../../electron/core/documents/format.ts';
import {
  addDays,
  daysBetween,
  labelledZoneOfRegion,
  localDay,
  romanMonth,
  startOfDay,
  zoneOfProvince,
  zoneOfRegion,
  ZONE_ABBREVIATIONS,
} from '../../../shared/time/office-zone.ts';

/** Written out by hand from Keppres 41/1987 and the later province splits. */
const WIB = [
  '11',
  '12',
  '13',
  '14',
  '15',
  '16',
  '17',
  '18',
  '19',
  '21',
  '31',
  '32',
  '33',
  '34',
  '35',
  '36',
  '61',
  '62',
];
const WITA = ['51', '52', '53', '63', '64', '65', '71', '72', '73', '74', '75', '76'];
const WIT = ['81', '82', '91', '92', '93', '94', '95', '96'];

describe('zoneOfProvince', () => {
  it('puts every one of the 38 provinces in exactly one zone, as listed by hand', () => {
    expect([...WIB, ...WITA, ...WIT].sort()).toEqual([...PROVINCE_CODES].sort());
    for (const p of WIB) expect(zoneOfProvince(p), p).toBe('Asia/Jakarta');
    for (const p of WITA) expect(zoneOfProvince(p), p).toBe('Asia/Makassar');
    for (const p of WIT) expect(zoneOfProvince(p), p).toBe('Asia/Jayapura');
  });

  it('names the regions people ask about: Bali, NTB, NTT, Kalimantan, Sulawesi, Maluku, Papua', () => {
    const abbrev = (code: string) => ZONE_ABBREVIATIONS[zoneOfRegion(code)];
    expect(abbrev('51.71')).toBe('WITA'); // Kota Denpasar
    expect(abbrev('52.01.01')).toBe('WITA'); // NTB
    expect(abbrev('53.71')).toBe('WITA'); // Kota Kupang
    expect(abbrev('61.71')).toBe('WIB'); // Kota Pontianak, Kalimantan Barat
    expect(abbrev('62.71')).toBe('WIB'); // Kota Palangka Raya, Kalimantan Tengah
    expect(abbrev('63.71')).toBe('WITA'); // Kalimantan Selatan
    expect(abbrev('64.72')).toBe('WITA'); // Kalimantan Timur
    expect(abbrev('65.71')).toBe('WITA'); // Kalimantan Utara
    expect(abbrev('75.71')).toBe('WITA'); // Gorontalo
    expect(abbrev('81.71')).toBe('WIT'); // Kota Ambon
    expect(abbrev('82.72')).toBe('WIT'); // Maluku Utara
    expect(abbrev('94.01.01.2001')).toBe('WIT'); // Papua Tengah
    expect(abbrev('33.01.08')).toBe('WIB');
  });

  it('is the one rule behind documents, demo clocks and labels, for every province', () => {
    const offsets = { 'Asia/Jakarta': 7, 'Asia/Makassar': 8, 'Asia/Jayapura': 9 } as const;
    for (const p of PROVINCE_CODES) {
      const zone = zoneOfProvince(p);
      const labelled = { iana: zone, label: ZONE_ABBREVIATIONS[zone] };
      expect(labelledZoneOfRegion(`${p}.01`), p).toEqual(labelled);
      expect(documentZone(`${p}.01.01`), p).toEqual(labelled);
      expect(utcOffsetHours(`${p}.01`), p).toBe(offsets[zone]);
    }
    expect(labelledZoneOfRegion(null)).toEqual({ iana: 'Asia/Jakarta', label: 'WIB' });
  });

  it('falls back to WIB for an unknown code', () => {
    expect(zoneOfProvince('99')).toBe('Asia/Jakarta');
    expect(zoneOfRegion('')).toBe('Asia/Jakarta');
  });
});

describe('localDay', () => {
  // 2026-03-01T16:30Z is 23:30 WIB on 1 March, 00:30 WITA and 01:30 WIT on 2 March.
  const instant = Date.parse('2026-03-01T16:30:00Z');

  it('gives the calendar day in the office zone, not the PC zone', () => {
    expect(localDay(instant, 'Asia/Jakarta')).toBe('2026-03-01');
    expect(localDay(instant, 'Asia/Makassar')).toBe('2026-03-02');
    expect(localDay(instant, 'Asia/Jayapura')).toBe('2026-03-02');
  });

  it('turns at local midnight', () => {
    expect(localDay(Date.parse('2026-12-31T16:59:59Z'), 'Asia/Jakarta')).toBe('2026-12-31');
    expect(localDay(Date.parse('2026-12-31T17:00:00Z'), 'Asia/Jakarta')).toBe('2027-01-01');
    expect(localDay(Date.parse('2026-12-31T14:59:59Z'), 'Asia/Jayapura')).toBe('2026-12-31');
    expect(localDay(Date.parse('2026-12-31T15:00:00Z'), 'Asia/Jayapura')).toBe('2027-01-01');
  });
});

describe('day arithmetic', () => {
  it('adds days across months, leap days and years', () => {
    expect(addDays('2026-03-02', 14)).toBe('2026-03-16');
    expect(addDays('2026-02-20', 14)).toBe('2026-03-06');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-12-25', 14)).toBe('2027-01-08');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(daysBetween('2026-03-02', '2026-03-16')).toBe(14);
    expect(() => addDays('kemarin', 1)).toThrow(RangeError);
  });

  it('finds the instant a local day starts', () => {
    expect(new Date(startOfDay('2026-03-02', 'Asia/Jakarta')).toISOString()).toBe('2026-03-01T17:00:00.000Z');
    expect(new Date(startOfDay('2026-03-02', 'Asia/Makassar')).toISOString()).toBe(
      '2026-03-01T16:00:00.000Z',
    );
    expect(new Date(startOfDay('2026-03-02', 'Asia/Jayapura')).toISOString()).toBe(
      '2026-03-01T15:00:00.000Z',
    );
  });

  it('writes months in Roman numerals for letter numbers', () => {
    expect(romanMonth('2026-01-15')).toBe('I');
    expect(romanMonth('2026-04-01')).toBe('IV');
    expect(romanMonth('2026-09-30')).toBe('IX');
    expect(romanMonth('2026-12-31')).toBe('XII');
  });
});
