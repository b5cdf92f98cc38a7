// Assistance programs a case can be referred to, and their DTSEN desil ceilings stored by effective date.
import { defineList, type ReferenceItem } from './list.ts';

export type Funding = 'APBN' | 'APBD' | 'DANA_DESA' | 'ZAKAT' | 'LAINNYA';

export interface Program extends ReferenceItem {
  /** Short name for tables and letters. */
  readonly shortLabel: string;
  readonly funding: Funding;
}

export const PROGRAMS = defineList<Program>('program', 1, 'Program perlindungan sosial pusat dan daerah', [
  { code: 'PKH', shortLabel: 'PKH', label: 'Program Keluarga Harapan (PKH)', funding: 'APBN' },
  { code: 'SEMBAKO', shortLabel: 'Sembako', label: 'Program Sembako (eks BPNT)', funding: 'APBN' },
  { code: 'PBI_JK', shortLabel: 'PBI-JK/KIS', label: 'PBI Jaminan Kesehatan / KIS (APBN)', funding: 'APBN' },
  { code: 'PBI_APBD', shortLabel: 'PBI APBD', label: 'PBI APBD (Jamkesda)', funding: 'APBD' },
  { code: 'PIP', shortLabel: 'PIP/KIP', label: 'Program Indonesia Pintar / KIP', funding: 'APBN' },
  {
    code: 'RTLH',
    shortLabel: 'RTLH',
    label: 'Rehabilitasi Rumah Tidak Layak Huni (bedah rumah)',
    funding: 'APBD',
  },
  { code: 'ATENSI', shortLabel: 'ATENSI', label: 'Asistensi Rehabilitasi Sosial (ATENSI)', funding: 'APBN' },
  { code: 'BLT_DD', shortLabel: 'BLT Dana Desa', label: 'BLT Dana Desa', funding: 'DANA_DESA' },
  {
    code: 'BANSOS_PEMDA',
    shortLabel: 'Bansos pemda',
    label: 'Bantuan sosial pemerintah daerah',
    funding: 'APBD',
  },
  { code: 'BAZNAS', shortLabel: 'BAZNAS', label: 'Bantuan BAZNAS', funding: 'ZAKAT' },
  { code: 'PROGRAM_LAINNYA', shortLabel: 'Lainnya', label: 'Program lainnya', funding: 'LAINNYA' },
]);

/** DTSEN ranks households into desil 1 (poorest tenth) to 10. */
export const MIN_DESIL = 1;
export const MAX_DESIL = 10;

/**
 * One ceiling for one program from one date on. Thresholds change by ministerial decree: a new
 * decree is a new row with a later `effectiveFrom`, never an edit of the old one, so a case decided
 * last year is still judged by last year's rule.
 */
export interface DesilThreshold {
  readonly programCode: string;
  /** Highest desil that qualifies (inclusive). */
  readonly maxDesil: number;
  /** ISO date (YYYY-MM-DD) from which the ceiling applies. */
  readonly effectiveFrom: string;
  readonly basis: string;
}

const DTSEN = 'DTSEN (Inpres 4/2025, 5 Februari 2025)';

/** Seed rows: the ceilings in force when DTSEN replaced DTKS. Programs absent here have no desil rule. */
export const DESIL_THRESHOLDS: readonly DesilThreshold[] = Object.freeze([
  { programCode: 'PKH', maxDesil: 4, effectiveFrom: '2025-02-05', basis: DTSEN },
  { programCode: 'SEMBAKO', maxDesil: 5, effectiveFrom: '2025-02-05', basis: DTSEN },
  { programCode: 'PBI_JK', maxDesil: 5, effectiveFrom: '2025-02-05', basis: DTSEN },
]);
export const DESIL_THRESHOLDS_VERSION = 1;

/**
 * The desil ceiling of a program on a date: the row with the latest `effectiveFrom` not after
 * `onDate` (ISO YYYY-MM-DD). Null when the program has no desil rule on that date. Pass the
 * office's own table when an admin has added rows.
 */
export function maxDesilFor(
  programCode: string,
  onDate: string,
  thresholds: readonly DesilThreshold[] = DESIL_THRESHOLDS,
): number | null {
  let best: DesilThreshold | undefined;
  for (const row of thresholds) {
    if (row.programCode !== programCode || row.effectiveFrom > onDate) continue;
    if (!best || row.effectiveFrom >= best.effectiveFrom) best = row;
  }
  return best ? best.maxDesil : null;
}
