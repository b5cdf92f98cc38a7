// The lists' office filter: "Semua kantor" first, this office marked, unknown offices named by their id's end; shown
// only where more than one office's records are held or a filter is set; the address value checked.
import { describe, expect, it } from 'vitest';
import {
  ALL_OFFICES,
  officeChoices,
  officeOfChoice,
  officeParam,
  showsOfficeFilter,
  type OfficeChoiceWords,
} from '../../../renderer/src/ui/office-filter.ts';
import type { HeldOffice } from '../../../shared/types/office.ts';

const words: OfficeChoiceWords = {
  all: 'Semua kantor',
  own: (name) => `${name} (kantor ini)`,
  unknown: (id) => `Kantor tidak dikenal (…${id})`,
};
const KEC = '01900000-0000-7000-8000-000000000001';
const DESA = '01900000-0000-7000-8000-000000000002';
const STRANGER = '01900000-0000-7000-8000-0000000000cc';
const own: HeldOffice = {
  id: KEC,
  name: 'Puskesos Kecamatan Uji',
  type: 'kecamatan',
  regionCode: '33.01.08',
  own: true,
};
const desa: HeldOffice = {
  id: DESA,
  name: 'Puskesos Desa Uji',
  type: 'desa',
  regionCode: '33.01.08.2001',
  own: false,
};

describe('officeChoices', () => {
  it('lists every office held after "Semua kantor", the own office marked, in the order given', () => {
    expect(officeChoices([own, desa], words)).toEqual([
      { value: ALL_OFFICES, label: 'Semua kantor' },
      { value: KEC, label: 'Puskesos Kecamatan Uji (kantor ini)' },
      { value: DESA, label: 'Puskesos Desa Uji' },
    ]);
  });

  it('names an office this register cannot name by the end of its id', () => {
    const nameless: HeldOffice = { id: STRANGER, name: null, type: null, regionCode: null, own: false };
    expect(officeChoices([own, nameless], words).at(-1)).toEqual({
      value: STRANGER,
      label: 'Kantor tidak dikenal (…000000cc)',
    });
  });

  it('keeps a chosen office that is not held as a choice, named as the link named it', () => {
    expect(officeChoices([own], words, STRANGER, 'Puskesos Desa Lain').at(-1)).toEqual({
      value: STRANGER,
      label: 'Puskesos Desa Lain',
    });
    expect(officeChoices([own, desa], words, DESA, 'nama lain')).toHaveLength(3);
  });
});

describe('showsOfficeFilter', () => {
  it('shows at a register holding several offices, or with a filter set; not at an office holding only its own', () => {
    expect(showsOfficeFilter([own, desa], null)).toBe(true);
    expect(showsOfficeFilter([own], null)).toBe(false);
    expect(showsOfficeFilter([own], DESA)).toBe(true);
    // Before office.heldOffices answers: nothing to show yet.
    expect(showsOfficeFilter([], null)).toBe(false);
  });
});

describe('the filter value', () => {
  it('reads an office id from the address, and nothing else', () => {
    expect(officeParam(DESA)).toBe(DESA);
    expect(officeParam(DESA.toUpperCase())).toBe(DESA);
    for (const bad of [null, '', 'semua', 'kantor-1', `${DESA}x`]) expect(officeParam(bad)).toBeNull();
  });

  it('"Semua kantor" (or nothing) is no filter', () => {
    expect(officeOfChoice(ALL_OFFICES)).toBeNull();
    expect(officeOfChoice(null)).toBeNull();
    expect(officeOfChoice(DESA)).toBe(DESA);
  });
});
