// Per-person attributes by age, sex and household welfare: religion, education, occupation, disability, DTSEN.
import { OCCUPATIONS } from '../../../shared/reference/occupations.ts';
import type { DtsenStatus } from '../../../shared/types/register.ts';
import type { Rng } from './prng.ts';

const occupationCode = (label: string): string => {
  const item = OCCUPATIONS.items.find((o) => o.label === label);
  if (!item) throw new Error(`Unknown occupation label: ${label}`);
  return item.code;
};

const OCC = {
  none: occupationCode('Belum/Tidak Bekerja'),
  household: occupationCode('Mengurus Rumah Tangga'),
  student: occupationCode('Pelajar/Mahasiswa'),
  retired: occupationCode('Pensiunan'),
};

/** Working-age occupations weighted for the people an SLRT office serves. */
const WORK: readonly (readonly [string, number])[] = (
  [
    ['Petani/Pekebun', 18],
    ['Buruh Harian Lepas', 20],
    ['Buruh Tani/Perkebunan', 12],
    ['Wiraswasta', 10],
    ['Pedagang', 8],
    ['Karyawan Swasta', 8],
    ['Nelayan/Perikanan', 3],
    ['Sopir', 3],
    ['Tukang Batu', 3],
    ['Tukang Kayu', 2],
    ['Peternak', 2],
    ['Pembantu Rumah Tangga', 2],
    ['Tukang Jahit', 1],
    ['Karyawan Honorer', 2],
    ['Perangkat Desa', 1],
    ['Guru', 1],
  ] as const
).map(([label, w]) => [occupationCode(label), w] as const);

export const RELIGION_WEIGHTS: readonly (readonly [string, number])[] = [
  ['ISLAM', 870],
  ['KRISTEN', 70],
  ['KATHOLIK', 30],
  ['HINDU', 17],
  ['BUDHA', 7],
  ['KHONGHUCU', 1],
  ['KEPERCAYAAN', 2],
];

export function education(rng: Rng, age: number, birthYear: number, desil: number | null): string {
  if (age < 7) return 'TIDAK_BELUM_SEKOLAH';
  if (age <= 12) return 'BELUM_TAMAT_SD';
  if (age <= 15) return 'TAMAT_SD';
  if (age <= 18) return rng.chance(0.85) ? 'SLTP' : 'TAMAT_SD';
  const better = desil === null || desil >= 6 ? 1.6 : 1;
  if (birthYear < 1965) {
    return rng.weighted([
      ['TIDAK_BELUM_SEKOLAH', 25],
      ['BELUM_TAMAT_SD', 30],
      ['TAMAT_SD', 35],
      ['SLTP', 6 * better],
      ['SLTA', 4 * better],
    ]);
  }
  return rng.weighted([
    ['BELUM_TAMAT_SD', birthYear < 1985 ? 8 : 3],
    ['TAMAT_SD', birthYear < 1985 ? 30 : 15],
    ['SLTP', 30],
    ['SLTA', 30 * better],
    ['DIPLOMA_I_II', 1.5 * better],
    ['DIPLOMA_III', 1.5 * better],
    ['DIPLOMA_IV_S1', 3 * better * better],
  ]);
}

export function occupation(rng: Rng, age: number, sex: 'L' | 'P', spouse: boolean): string {
  if (age < 5) return OCC.none;
  if (age <= 18) return rng.chance(0.9) ? OCC.student : OCC.none;
  if (age <= 22 && rng.chance(0.35)) return OCC.student;
  if (age >= 65)
    return rng.weighted([
      [OCC.none, 70],
      [OCC.retired, 5],
      [rng.weighted(WORK), 25],
    ]);
  if (sex === 'P' && (spouse || rng.chance(0.4)) && rng.chance(0.7)) return OCC.household;
  if (rng.chance(0.08)) return OCC.none;
  return rng.weighted(WORK);
}

/** JSON array of UU 8/2016 disability types; most people have none. */
export function disabilityTypes(rng: Rng, age: number): string[] {
  const p = age >= 60 ? 0.08 : age >= 6 ? 0.025 : 0.01;
  if (!rng.chance(p)) return [];
  return [
    rng.weighted([
      ['FISIK', 40],
      ['SENSORIK', 25],
      ['INTELEKTUAL', 12],
      ['MENTAL', 15],
      ['GANDA', 8],
    ]),
  ];
}

/** DTSEN welfare rank of a household; the people who come to an SLRT office skew poor. */
export function desil(rng: Rng): number | null {
  if (!rng.chance(0.65)) return null;
  return rng.weighted([
    [1, 16],
    [2, 15],
    [3, 14],
    [4, 13],
    [5, 11],
    [6, 9],
    [7, 8],
    [8, 6],
    [9, 5],
    [10, 3],
  ]);
}

export function dtsenStatusOf(rng: Rng, householdDesil: number | null): DtsenStatus {
  if (householdDesil !== null) return 'terdaftar';
  return rng.weighted<DtsenStatus>([
    ['tidak_terdaftar', 60],
    ['tidak_diketahui', 30],
    ['diusulkan', 10],
  ]);
}

export function padanOf(rng: Rng, hasNik: boolean): 'unknown' | 'padan' | 'tidak_padan' {
  if (!hasNik) return 'unknown';
  return rng.weighted([
    ['padan', 55],
    ['unknown', 40],
    ['tidak_padan', 5],
  ] as const);
}
