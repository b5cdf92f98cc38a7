// normalizeName: accent- and case-insensitive, punctuation removed, single spaces; the key of search and duplicates.
import { describe, expect, it } from 'vitest';
import { normalizeName } from '../../../shared/text/normalize-name.ts';

describe('normalizeName', () => {
  it.each([
    ["Sîti  Nur'aini", 'siti nuraini'],
    ['  BUDI   SANTOSO ', 'budi santoso'],
    ['Dèwi Ayu', 'dewi ayu'],
    ['Zoë Ångström', 'zoe angstrom'],
    ['Nur’aini', 'nuraini'],
    ['M.Yusuf', 'm yusuf'],
    ['M. Yusuf', 'm yusuf'],
    ['Siti-Aminah', 'siti aminah'],
    ['Abdul (Alm.)', 'abdul alm'],
    ['Ni\u00a0Made\tAyu', 'ni made ayu'],
    ['Ｗａｒｇａ', 'warga'],
    ['Andi 2', 'andi 2'],
    ['', ''],
    ["'.-", ''],
  ])('%j → %j', (input, expected) => {
    expect(normalizeName(input)).toBe(expected);
  });

  it('gives the same key for a name typed with and without accents, in any case', () => {
    const variants = ['Sîti Nur’aini', 'SITI NURAINI', "siti nur'aini", 'Sìtì  Nūr-aini'.replace('-', '')];
    expect(new Set(variants.map(normalizeName))).toEqual(new Set(['siti nuraini']));
  });

  it('is idempotent', () => {
    for (const s of ["Sîti  Nur'aini", 'M.Yusuf', 'Ｗａｒｇａ Ùji']) {
      expect(normalizeName(normalizeName(s))).toBe(normalizeName(s));
    }
  });
});
