// Housing condition of a generated household (Regsosek codes), poorer materials for lower DTSEN desil.
import type { Rng } from './prng.ts';

export interface Housing {
  floor_area_m2: number;
  floor_material: string;
  wall_material: string;
  roof_material: string;
  drinking_water: string;
  lighting: string;
  cooking_fuel: string;
  toilet: string;
}

/** 0 = poorest, 1 = well off: desil 1 → 0, desil 10 → 1; unknown desil sits in the middle. */
const wealthOf = (desil: number | null): number => (desil === null ? 0.5 : (desil - 1) / 9);

/** Weight that grows with wealth (w > 0) or shrinks with it (w < 0). */
const tilt = (wealth: number, base: number, w: number): number =>
  Math.max(0.1, base * (1 + w * (wealth - 0.5)));

export function housing(rng: Rng, desil: number | null): Housing {
  const x = wealthOf(desil);
  return {
    floor_area_m2: Math.round(18 + rng.next() * 40 + x * rng.next() * 80),
    floor_material: rng.weighted([
      ['KERAMIK', tilt(x, 35, 2)],
      ['SEMEN_BATA_MERAH', tilt(x, 30, -1)],
      ['UBIN_TEGEL_TERASO', tilt(x, 10, 0)],
      ['KAYU_PAPAN', tilt(x, 8, -1)],
      ['TANAH', tilt(x, 12, -2)],
      ['BAMBU', tilt(x, 2, -2)],
    ]),
    wall_material: rng.weighted([
      ['TEMBOK', tilt(x, 60, 1)],
      ['PLESTERAN_ANYAMAN', tilt(x, 8, -1)],
      ['KAYU_PAPAN', tilt(x, 15, -1)],
      ['ANYAMAN_BAMBU', tilt(x, 12, -2)],
      ['BAMBU', tilt(x, 3, -2)],
    ]),
    roof_material: rng.weighted([
      ['GENTENG', 70],
      ['SENG', tilt(x, 15, -1)],
      ['ASBES', 8],
      ['BETON', tilt(x, 3, 2)],
      ['JERAMI_IJUK_DAUN', tilt(x, 2, -2)],
    ]),
    drinking_water: rng.weighted([
      ['AIR_ISI_ULANG', tilt(x, 30, 1)],
      ['SUMUR_BOR', 20],
      ['SUMUR_TERLINDUNG', 20],
      ['LEDING', tilt(x, 10, 1)],
      ['SUMUR_TAK_TERLINDUNG', tilt(x, 8, -2)],
      ['MATA_AIR_TERLINDUNG', 5],
      ['AIR_PERMUKAAN', tilt(x, 2, -2)],
    ]),
    lighting: rng.weighted([
      ['PLN_450', tilt(x, 35, -2)],
      ['PLN_900', 35],
      ['PLN_1300', tilt(x, 12, 2)],
      ['PLN_2200', tilt(x, 3, 3)],
      ['PLN_TANPA_METERAN', tilt(x, 10, -2)],
      ['NON_PLN', 2],
    ]),
    cooking_fuel: rng.weighted([
      ['ELPIJI_3KG', 70],
      ['KAYU_BAKAR', tilt(x, 22, -2)],
      ['ELPIJI_LEBIH_3KG', tilt(x, 4, 3)],
      ['MINYAK_TANAH', 1],
      ['LISTRIK', tilt(x, 1, 3)],
    ]),
    toilet: rng.weighted([
      ['SENDIRI', tilt(x, 75, 1)],
      ['BERSAMA', 12],
      ['UMUM', 5],
      ['TIDAK_ADA', tilt(x, 8, -2)],
    ]),
  };
}
