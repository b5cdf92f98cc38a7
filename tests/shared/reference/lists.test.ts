// All seeded lists: unique codes, labels, versions; the Dukcapil, PSKS, disability, complaint and household lists.
import { describe, expect, it } from 'vitest';
import * as ref from '../../../shared/reference/index.ts';

const {
  REFERENCE_LISTS,
  REFERENCE_VERSION,
  RELIGIONS,
  EDUCATION_LEVELS,
  FAMILY_RELATIONSHIPS,
  MARITAL_STATUSES,
  OCCUPATIONS,
  SEXES,
  PADAN_DUKCAPIL,
  DISABILITY_TYPES,
  PSKS,
  COMPLAINT_CATEGORIES,
  COMPLAINT_SUBCATEGORIES,
  CASE_KINDS,
  COMPLAINT_SUBKINDS,
  SERVICE_CHANNELS,
  LIGHTING_POWER,
  checkCaseClassification,
  subcategoriesOf,
  defineList,
  labelOf,
  findItem,
  codesOf,
} = ref;

const labels = (list: ref.ReferenceList) => list.items.map((i) => i.label);

describe('every list', () => {
  it('has a unique id, a version, a source and unique codes with labels', () => {
    const ids = REFERENCE_LISTS.map((l) => l.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const list of REFERENCE_LISTS) {
      expect(list.version, list.id).toBeGreaterThanOrEqual(1);
      expect(list.source.length, list.id).toBeGreaterThan(3);
      expect(list.items.length, list.id).toBeGreaterThan(0);
      const codes = list.items.map((i) => i.code);
      expect(new Set(codes).size, list.id).toBe(codes.length);
      for (const item of list.items) {
        expect(item.code, list.id).toMatch(/^[A-Za-z0-9_-]+$/);
        expect(item.label.trim().length, `${list.id} ${item.code}`).toBeGreaterThan(0);
      }
    }
  });

  it('REFERENCE_VERSION is bumped together with the list versions', () => {
    // Changing a list's version means updating this snapshot and REFERENCE_VERSION together.
    expect(REFERENCE_VERSION).toBe(1);
    expect(Object.fromEntries(REFERENCE_LISTS.map((l) => [l.id, l.version]))).toEqual(
      Object.fromEntries(REFERENCE_LISTS.map((l) => [l.id, 1])),
    );
    expect(ref.DESIL_THRESHOLDS_VERSION).toBe(1);
  });

  it('are frozen', () => {
    expect(Object.isFrozen(PSKS)).toBe(true);
    expect(Object.isFrozen(PSKS.items)).toBe(true);
  });
});

describe('list helpers', () => {
  it('defineList refuses duplicate codes', () => {
    expect(() =>
      defineList('uji', 1, 'uji', [
        { code: 'A', label: 'a' },
        { code: 'A', label: 'b' },
      ]),
    ).toThrow('Kode ganda');
  });

  it('labelOf shows an unknown (retired) code as itself', () => {
    expect(labelOf(RELIGIONS, 'ISLAM')).toBe('Islam');
    expect(labelOf(RELIGIONS, 'KODE_LAMA')).toBe('KODE_LAMA');
    expect(findItem(RELIGIONS, 'HINDU')?.label).toBe('Hindu');
    expect(codesOf(SEXES)).toEqual(['L', 'P']);
  });
});

describe('Dukcapil lists', () => {
  it('agama as printed on the KK', () => {
    expect(labels(RELIGIONS)).toEqual([
      'Islam',
      'Kristen',
      'Katholik',
      'Hindu',
      'Budha',
      'Khonghucu',
      'Kepercayaan terhadap Tuhan YME',
    ]);
  });

  it('the ten education levels, lowest first', () => {
    expect(labels(EDUCATION_LEVELS)).toEqual([
      'Tidak/Belum Sekolah',
      'Belum Tamat SD/Sederajat',
      'Tamat SD/Sederajat',
      'SLTP/Sederajat',
      'SLTA/Sederajat',
      'Diploma I/II',
      'Akademi/Diploma III/Sarjana Muda',
      'Diploma IV/Strata I',
      'Strata II',
      'Strata III',
    ]);
    expect(EDUCATION_LEVELS.items.map((e) => e.dukcapilNo)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  });

  it('hubungan dalam keluarga and status perkawinan', () => {
    expect(labels(FAMILY_RELATIONSHIPS)).toEqual([
      'Kepala Keluarga',
      'Suami',
      'Istri',
      'Anak',
      'Menantu',
      'Cucu',
      'Orangtua',
      'Mertua',
      'Famili Lain',
      'Pembantu',
      'Lainnya',
    ]);
    expect(labels(MARITAL_STATUSES)).toEqual([
      'Belum Kawin',
      'Kawin Tercatat',
      'Kawin Tidak Tercatat',
      'Cerai Hidup Tercatat',
      'Cerai Hidup Tidak Tercatat',
      'Cerai Mati',
    ]);
  });

  it('the 89 occupations, numbered in Dukcapil order', () => {
    expect(OCCUPATIONS.items).toHaveLength(89);
    expect(OCCUPATIONS.items.map((o) => o.dukcapilNo)).toEqual(Array.from({ length: 89 }, (_, i) => i + 1));
    const byNo = (n: number) => OCCUPATIONS.items[n - 1]?.label;
    expect(byNo(1)).toBe('Belum/Tidak Bekerja');
    expect(byNo(2)).toBe('Mengurus Rumah Tangga');
    expect(byNo(18)).toBe('Karyawan Honorer');
    expect(byNo(19)).toBe('Buruh Harian Lepas');
    expect(byNo(23)).toBe('Pembantu Rumah Tangga');
    expect(byNo(88)).toBe('Wiraswasta');
    expect(byNo(89)).toBe('Lainnya');
    expect(OCCUPATIONS.items[0]?.code).toBe('PEKERJAAN-01');
    expect(OCCUPATIONS.items[88]?.code).toBe('PEKERJAAN-89');
    for (const label of [
      'Pensiunan',
      'Petani/Pekebun',
      'Nelayan/Perikanan',
      'Buruh Tani/Perkebunan',
      'Perangkat Desa',
    ]) {
      expect(labels(OCCUPATIONS)).toContain(label);
    }
  });

  it('sex and the tri-state padan Dukcapil', () => {
    expect(codesOf(SEXES)).toEqual(['L', 'P']);
    expect(codesOf(PADAN_DUKCAPIL)).toEqual(['unknown', 'padan', 'tidak_padan']);
  });
});

describe('disability types and PSKS', () => {
  it('UU 8/2016 types', () => {
    expect(codesOf(DISABILITY_TYPES)).toEqual(['FISIK', 'INTELEKTUAL', 'MENTAL', 'SENSORIK', 'GANDA']);
  });

  it('twelve PSKS', () => {
    expect(PSKS.items).toHaveLength(12);
    expect(labels(PSKS)[0]).toBe('Pekerja Sosial Profesional');
    expect(labels(PSKS)[11]).toBe('Dunia Usaha');
  });
});

describe('case classification', () => {
  it('kinds, sub-kinds and channels', () => {
    expect(codesOf(CASE_KINDS)).toEqual(['LAYANAN', 'KELUHAN']);
    expect(codesOf(COMPLAINT_SUBKINDS)).toEqual(['PERTANYAAN', 'SARAN', 'PENGADUAN']);
    expect(SERVICE_CHANNELS.items).toHaveLength(6);
  });

  it('every sub-category belongs to a known category', () => {
    for (const s of COMPLAINT_SUBCATEGORIES.items)
      expect(codesOf(COMPLAINT_CATEGORIES)).toContain(s.category);
    expect(subcategoriesOf('DATA').map((s) => s.code)).toEqual([
      'DATA_TIDAK_TERDAFTAR',
      'DATA_SALAH_DATA',
      'DATA_DESIL_TIDAK_SESUAI',
      'DATA_SANGGAH_PENERIMA',
    ]);
    expect(subcategoriesOf('ADMINDUK')).toEqual([]);
  });

  it('checkCaseClassification: sub-kind exactly for KELUHAN, sub-category within its category', () => {
    expect(
      checkCaseClassification({ kind: 'LAYANAN', category: 'DATA', subCategory: 'DATA_TIDAK_TERDAFTAR' }),
    ).toEqual([]);
    expect(
      checkCaseClassification({ kind: 'KELUHAN', subKind: 'PENGADUAN', category: 'PENYALURAN' }),
    ).toEqual([]);
    expect(checkCaseClassification({ kind: 'KELUHAN', category: 'DATA' })).toHaveLength(1);
    expect(checkCaseClassification({ kind: 'KELUHAN', subKind: 'PROTES', category: 'DATA' })).toHaveLength(1);
    expect(checkCaseClassification({ kind: 'LAYANAN', subKind: 'SARAN', category: 'DATA' })).toHaveLength(1);
    expect(checkCaseClassification({ kind: 'LAIN', category: 'DATA' })).toHaveLength(1);
    expect(checkCaseClassification({ kind: 'LAYANAN', category: 'X' })).toHaveLength(1);
    expect(
      checkCaseClassification({ kind: 'LAYANAN', category: 'DATA', subCategory: 'PPKS_ODGJ' })[0],
    ).toContain('bukan bagian');
    expect(checkCaseClassification({ kind: 'LAYANAN', category: 'DATA', subCategory: 'X' })[0]).toContain(
      'tidak dikenal',
    );
  });
});

describe('household lists', () => {
  it('lighting and PLN power in one list', () => {
    expect(codesOf(LIGHTING_POWER)).toEqual([
      'PLN_450',
      'PLN_900',
      'PLN_1300',
      'PLN_2200',
      'PLN_LEBIH_2200',
      'PLN_TANPA_METERAN',
      'NON_PLN',
      'BUKAN_LISTRIK',
    ]);
  });
});
