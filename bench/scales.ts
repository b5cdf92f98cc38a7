// The three benchmark scales: how many kecamatan offices, how many residents each, and the peer-comparison office.

export type ScaleName = 'small' | 'medium' | 'full';

export interface Scale {
  name: ScaleName;
  /** Kecamatan offices enrolled with the one Dinsos (region codes 33.01.01 …, Kabupaten Cilacap). */
  offices: number;
  /** Residents per kecamatan office (demo-data --persons). */
  persons: number;
  /** Months of case work per office (demo-data --months). */
  months: number;
  /** Residents of the extra office whose register is moved for the PouchDB comparison (~4 records per resident). */
  peerPersons: number;
  /** Persons sampled for the search-as-you-type queries (each typed letter by letter, name and NIK). */
  searchSamples: number;
  /** How many cold starts of the web host + Chromium are timed (median reported). */
  appStarts: number;
}

export const SCALES: Record<ScaleName, Scale> = {
  small: {
    name: 'small',
    offices: 3,
    persons: 2_000,
    months: 24,
    peerPersons: 2_000,
    searchSamples: 15,
    appStarts: 2,
  },
  medium: {
    name: 'medium',
    offices: 6,
    persons: 10_000,
    months: 24,
    peerPersons: 10_000,
    searchSamples: 30,
    appStarts: 3,
  },
  // Cilacap: 24 kecamatan of about 40,000 residents; the peer office holds about 100,000 records.
  full: {
    name: 'full',
    offices: 24,
    persons: 40_000,
    months: 24,
    peerPersons: 25_000,
    searchSamples: 40,
    appStarts: 3,
  },
};

export const isScaleName = (s: string): s is ScaleName => s in SCALES;

/** Kabupaten Cilacap and its 24 kecamatan (Kemendagri codes), the kabupaten the issue names. */
export const KABUPATEN = '33.01';
export const MAX_OFFICES = 24;
export const kecamatanCode = (i: number): string => `${KABUPATEN}.${String(i + 1).padStart(2, '0')}`;

/** Every generated register is dated as of this day (demo-data --now), so reruns describe the same period. */
export const DATA_NOW = '2026-11-01';
