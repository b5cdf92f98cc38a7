// Validation of a DTSEN proposal's household condition: codes of the lists only, no unknown field, area 1–10.000 m².
import { z } from '../../validation/zod-locale.ts';
import {
  CONDITION_CHOICES,
  CONDITION_FIELD_LABELS,
  FLOOR_AREA_MAX,
  FLOOR_AREA_MIN,
  HOUSEHOLD_ASSETS,
  type ConditionChoice,
} from '../../reference/household-condition.ts';
import type { ReferenceList } from '../../reference/list.ts';

const codesOf = (list: ReferenceList): [string, ...string[]] => {
  const [first, ...rest] = list.items.map((i) => i.code);
  if (first === undefined) throw new Error(`Daftar ${list.id} kosong.`);
  return [first, ...rest];
};

const choice = (field: ConditionChoice) =>
  z
    .enum(codesOf(CONDITION_CHOICES[field]), `${CONDITION_FIELD_LABELS[field]}: pilihan tidak dikenal.`)
    .optional();

const areaMessage = `Luas lantai: bilangan bulat ${FLOOR_AREA_MIN}–${FLOOR_AREA_MAX.toLocaleString('id-ID')} m².`;

export const householdConditionInput = z.strictObject(
  {
    floorAreaM2: z
      .number(areaMessage)
      .int(areaMessage)
      .min(FLOOR_AREA_MIN, areaMessage)
      .max(FLOOR_AREA_MAX, areaMessage)
      .optional(),
    floorMaterial: choice('floorMaterial'),
    wallMaterial: choice('wallMaterial'),
    roofMaterial: choice('roofMaterial'),
    drinkingWater: choice('drinkingWater'),
    lighting: choice('lighting'),
    cookingFuel: choice('cookingFuel'),
    toilet: choice('toilet'),
    assets: z
      .array(z.enum(codesOf(HOUSEHOLD_ASSETS), 'Aset: pilihan tidak dikenal.'))
      .max(HOUSEHOLD_ASSETS.items.length, 'Daftar aset terlalu panjang.')
      .optional(),
  },
  {
    error: (issue) =>
      issue.code === 'unrecognized_keys'
        ? `Isian kondisi keluarga tidak dikenal: ${issue.keys.join(', ')}.`
        : 'Kondisi keluarga tidak valid.',
  },
);
