// The household condition lists: DTSEN's fields each with its codes and labels, normalization, the kinds that take it.
import { describe, expect, it } from 'vitest';
import {
  CONDITION_CHOICE_FIELDS,
  CONDITION_CHOICES,
  CONDITION_FIELD_LABELS,
  CONDITION_KINDS,
  HOUSEHOLD_ASSETS,
  conditionFromHousehold,
  conditionLabel,
  isEmptyCondition,
  normalizeCondition,
} from '../../../shared/reference/household-condition.ts';

describe('household condition reference', () => {
  it('has every Regsosek field with a labelled list, and the assets DTSEN asks about', () => {
    expect(CONDITION_CHOICE_FIELDS).toEqual([
      'floorMaterial',
      'wallMaterial',
      'roofMaterial',
      'drinkingWater',
      'lighting',
      'cookingFuel',
      'toilet',
    ]);
    for (const f of CONDITION_CHOICE_FIELDS) {
      expect(CONDITION_FIELD_LABELS[f]).not.toBe('');
      expect(CONDITION_CHOICES[f].items.length).toBeGreaterThan(3);
    }
    expect(CONDITION_CHOICES.lighting.items.map((i) => i.code)).toEqual(
      expect.arrayContaining([
        'PLN_450',
        'PLN_900',
        'PLN_1300',
        'PLN_2200',
        'PLN_LEBIH_2200',
        'BUKAN_LISTRIK',
      ]),
    );
    expect(HOUSEHOLD_ASSETS.items).toHaveLength(14);
    expect(conditionLabel(HOUSEHOLD_ASSETS, 'EMAS_10G')).toBe('Emas/perhiasan ≥ 10 gram');
    expect(conditionLabel(HOUSEHOLD_ASSETS, 'KAPAL_PESIAR')).toBe('KAPAL_PESIAR');
    expect(CONDITION_KINDS).toEqual(['usul_baru', 'perbaikan_data']);
  });

  it('normalizes: assets once in list order, empty fields dropped', () => {
    expect(normalizeCondition({ assets: ['MOBIL', 'KULKAS', 'MOBIL'], toilet: 'UMUM' })).toEqual({
      toilet: 'UMUM',
      assets: ['KULKAS', 'MOBIL'],
    });
    expect(isEmptyCondition({ assets: [] })).toBe(true);
    expect(isEmptyCondition({ floorAreaM2: 20 })).toBe(false);
  });

  it("starts a proposal's condition from the household's record, leaving out what the form would refuse", () => {
    const housing = {
      floorAreaM2: 36,
      floorMaterial: 'TANAH',
      wallMaterial: 'BAMBU',
      roofMaterial: null,
      drinkingWater: 'KODE_LAMA',
      lighting: 'PLN_900',
      cookingFuel: null,
      toilet: 'UMUM',
      assets: ['SEPEDA_MOTOR', 'KULKAS', 'KAPAL_PESIAR'],
    };
    expect(conditionFromHousehold(housing)).toEqual({
      floorAreaM2: 36,
      floorMaterial: 'TANAH',
      wallMaterial: 'BAMBU',
      lighting: 'PLN_900',
      toilet: 'UMUM',
      assets: ['KULKAS', 'SEPEDA_MOTOR'],
    });
    // A floor area the form refuses (not whole, or out of bounds) is not carried over.
    expect(conditionFromHousehold({ ...housing, floorAreaM2: 36.5 }).floorAreaM2).toBeUndefined();
    expect(conditionFromHousehold({ ...housing, floorAreaM2: 0 }).floorAreaM2).toBeUndefined();
    const nothing = {
      ...housing,
      floorAreaM2: null,
      floorMaterial: null,
      wallMaterial: null,
      drinkingWater: null,
      lighting: null,
      toilet: null,
      assets: [],
    };
    expect(isEmptyCondition(conditionFromHousehold(nothing))).toBe(true);
  });
});
