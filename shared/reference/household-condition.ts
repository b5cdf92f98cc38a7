// The household condition DTSEN asks for on a proposal (Regsosek 2022 family form): its fields, code lists and labels.
import type { HousingCondition } from '../types/register.ts';
import { defineList, type ReferenceItem, type ReferenceList } from './list.ts';
import {
  COOKING_FUELS,
  DRINKING_WATER_SOURCES,
  FLOOR_MATERIALS,
  LIGHTING_POWER,
  ROOF_MATERIALS,
  TOILET_FACILITIES,
  WALL_MATERIALS,
} from './household.ts';
import type { UsulanKind } from './usulan.ts';

/*
 * The single-choice fields reuse the household's own lists (household.ts), so a proposal and the household speak the
 * same codes (lighting and PLN power are one question there, "Listrik PLN 900 VA", and stay one here). The assets are
 * asked only on a proposal, where DTSEN's ranking uses them; the household record still does not collect them.
 */
export const HOUSEHOLD_ASSETS = defineList<ReferenceItem>(
  'aset_rumah_tangga',
  1,
  'Regsosek 2022 (BPS), kepemilikan aset',
  [
    { code: 'KULKAS', label: 'Lemari es/kulkas' },
    { code: 'AC', label: 'AC' },
    { code: 'PEMANAS_AIR', label: 'Pemanas air' },
    { code: 'TELEPON_RUMAH', label: 'Telepon rumah' },
    { code: 'TV_LAYAR_DATAR', label: 'Televisi layar datar' },
    { code: 'EMAS_10G', label: 'Emas/perhiasan ≥ 10 gram' },
    { code: 'KOMPUTER', label: 'Komputer/laptop/tablet' },
    { code: 'SEPEDA_MOTOR', label: 'Sepeda motor' },
    { code: 'MOBIL', label: 'Mobil' },
    { code: 'PERAHU', label: 'Perahu/perahu motor' },
    { code: 'SAPI_KERBAU_KUDA', label: 'Sapi/kerbau/kuda' },
    { code: 'KAMBING_DOMBA', label: 'Kambing/domba' },
    { code: 'BABI', label: 'Babi' },
    { code: 'LAHAN', label: 'Lahan/tanah' },
  ],
);

/** The single-choice fields of the condition, each with its list, in the form's (and the upload file's) order. */
export const CONDITION_CHOICES = {
  floorMaterial: FLOOR_MATERIALS,
  wallMaterial: WALL_MATERIALS,
  roofMaterial: ROOF_MATERIALS,
  drinkingWater: DRINKING_WATER_SOURCES,
  lighting: LIGHTING_POWER,
  cookingFuel: COOKING_FUELS,
  toilet: TOILET_FACILITIES,
} as const satisfies Record<string, ReferenceList>;

export type ConditionChoice = keyof typeof CONDITION_CHOICES;
export const CONDITION_CHOICE_FIELDS = Object.keys(CONDITION_CHOICES) as ConditionChoice[];

/** Floor area bounds (whole m²). */
export const FLOOR_AREA_MIN = 1;
export const FLOOR_AREA_MAX = 10_000;

/** A proposal's household condition; every field optional (absent = not asked or not known). */
export interface HouseholdCondition {
  floorAreaM2?: number;
  floorMaterial?: string;
  wallMaterial?: string;
  roofMaterial?: string;
  drinkingWater?: string;
  lighting?: string;
  cookingFuel?: string;
  toilet?: string;
  /** Asset codes (HOUSEHOLD_ASSETS), each once, in the list's order. */
  assets?: string[];
}

/** The kinds DTSEN ranks from the condition: a new entry and a data correction. Others refuse it. */
export const CONDITION_KINDS: readonly UsulanKind[] = ['usul_baru', 'perbaikan_data'];

/** Indonesian field labels (form and upload-file documentation). */
export const CONDITION_FIELD_LABELS: Readonly<Record<ConditionChoice | 'floorAreaM2' | 'assets', string>> = {
  floorAreaM2: 'Luas lantai (m²)',
  floorMaterial: 'Jenis lantai terluas',
  wallMaterial: 'Jenis dinding terluas',
  roofMaterial: 'Jenis atap terluas',
  drinkingWater: 'Sumber air minum',
  lighting: 'Sumber penerangan dan daya PLN',
  cookingFuel: 'Bahan bakar memasak',
  toilet: 'Fasilitas buang air besar',
  assets: 'Aset yang dimiliki',
};

/** The label of a code in a list, or the code itself when unknown (an older or newer list). */
export function conditionLabel(list: ReferenceList, code: string | undefined): string {
  if (code === undefined) return '';
  return list.items.find((i) => i.code === code)?.label ?? code;
}

/** The condition with its assets deduplicated in list order and empty fields dropped (what is stored). */
export function normalizeCondition(c: HouseholdCondition): HouseholdCondition {
  const out: HouseholdCondition = {};
  if (c.floorAreaM2 !== undefined) out.floorAreaM2 = c.floorAreaM2;
  for (const f of CONDITION_CHOICE_FIELDS) if (c[f] !== undefined) out[f] = c[f];
  if (c.assets && c.assets.length > 0) {
    const assets = c.assets;
    out.assets = HOUSEHOLD_ASSETS.items.map((i) => i.code).filter((code) => assets.includes(code));
  }
  return out;
}

/** Whether nothing is recorded. */
export function isEmptyCondition(c: HouseholdCondition): boolean {
  return Object.keys(normalizeCondition(c)).length === 0;
}

/**
 * A new proposal's condition filled from what the register already holds on the household (the same codes), so a
 * clerk checks and corrects instead of asking everything again. Values the proposal's form would refuse (a code
 * not in today's list, a floor area outside its bounds or not whole) are left out rather than carried over.
 */
export function conditionFromHousehold(h: HousingCondition): HouseholdCondition {
  const out: HouseholdCondition = {};
  const area = h.floorAreaM2;
  if (area !== null && Number.isInteger(area) && area >= FLOOR_AREA_MIN && area <= FLOOR_AREA_MAX) {
    out.floorAreaM2 = area;
  }
  for (const f of CONDITION_CHOICE_FIELDS) {
    const code = h[f];
    if (code !== null && CONDITION_CHOICES[f].items.some((i) => i.code === code)) out[f] = code;
  }
  return normalizeCondition({ ...out, assets: h.assets });
}
