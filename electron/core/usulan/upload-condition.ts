// The household condition's columns in the national upload file: one per field, the lists' Indonesian labels.
import {
  CONDITION_CHOICES,
  HOUSEHOLD_ASSETS,
  conditionLabel,
  type ConditionChoice,
  type HouseholdCondition,
} from '../../../shared/reference/household-condition.ts';

/** Column name of each single-choice field, in the upload file's order (docs/usulan.md). */
const CHOICE_COLUMNS = {
  floorMaterial: 'jenis_lantai',
  wallMaterial: 'jenis_dinding',
  roofMaterial: 'jenis_atap',
  drinkingWater: 'sumber_air_minum',
  lighting: 'penerangan',
  cookingFuel: 'bahan_bakar_memasak',
  toilet: 'fasilitas_bab',
} as const satisfies Record<ConditionChoice, string>;

export const CONDITION_HEADERS = [
  'luas_lantai_m2',
  'jenis_lantai',
  'jenis_dinding',
  'jenis_atap',
  'sumber_air_minum',
  'penerangan',
  'bahan_bakar_memasak',
  'fasilitas_bab',
  'aset',
] as const;

export type ConditionCells = Record<(typeof CONDITION_HEADERS)[number], string | number>;

/** The cells of one proposal's condition: the area as a number, labels for the rest, assets joined by "; ". */
export function conditionCells(c: HouseholdCondition | null): ConditionCells {
  const cells: ConditionCells = {
    luas_lantai_m2: c?.floorAreaM2 ?? '',
    jenis_lantai: '',
    jenis_dinding: '',
    jenis_atap: '',
    sumber_air_minum: '',
    penerangan: '',
    bahan_bakar_memasak: '',
    fasilitas_bab: '',
    aset: (c?.assets ?? []).map((a) => conditionLabel(HOUSEHOLD_ASSETS, a)).join('; '),
  };
  for (const [field, column] of Object.entries(CHOICE_COLUMNS) as [ConditionChoice, string][]) {
    cells[column as keyof ConditionCells] = conditionLabel(CONDITION_CHOICES[field], c?.[field]);
  }
  return cells;
}
