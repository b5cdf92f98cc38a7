// The duplicate matchers on Indonesian examples: equal NIK, a NIK typo or swapped pair, and name with birth date.
import { describe, expect, it } from 'vitest';
import {
  dateAgreement,
  matchPair,
  SCORE_THRESHOLD,
  type DupPerson,
} from '../../../../electron/core/duplicates/match.ts';
import { nikAgrees, nikBirth, nikEdit } from '../../../../electron/core/duplicates/nik.ts';
import { makeNik } from '../../../support/persons.ts';
import { nameKey } from '../../../../shared/text/name-key.ts';
import { dupPerson } from '../../../support/duplicates-sample.ts';

const codes = (a: DupPerson, b: DupPerson): string[] => matchPair(a, b)?.reasons.map((r) => r.code) ?? [];

describe('NIK', () => {
  const nik = makeNik('1990-03-05', 'P', 1); // 3301084503900001: day 05 + 40

  it('reads the birth date and sex, 40 added to the day for women', () => {
    expect(nik).toBe('3301084503900001');
    expect(nikBirth(nik)).toEqual({ monthDay: '03-05', yy: '90', sex: 'P' });
    expect(nikBirth(makeNik('1990-03-05', 'L', 1))).toEqual({ monthDay: '03-05', yy: '90', sex: 'L' });
    expect(nikAgrees(nik, '1990-03-05', 'P')).toBe(true);
    expect(nikAgrees(nik, '1990-03-05', 'L')).toBe(false);
    expect(nikAgrees(nik, '1991-03-05', 'P')).toBe(false);
    expect(nikBirth('3301089913900001')).toBeNull();
  });

  it('tells a substitution and an adjacent swap from anything further', () => {
    expect(nikEdit(nik, nik)).toBe('sama');
    expect(nikEdit(nik, '3301084503900002')).toBe('substitusi');
    expect(nikEdit(nik, '3301085403900001')).toBe('transposisi');
    expect(nikEdit(nik, '3301084503900012')).toBeNull(); // two substitutions
    expect(nikEdit(nik, '3301083504900001')).toBeNull(); // a swap of non-adjacent digits
    expect(nikEdit(nik, null)).toBeNull();
    expect(nikEdit('12345', '12354')).toBeNull(); // not a 16-digit NIK
  });
});

describe('matchPair', () => {
  const nik = makeNik('1990-03-05', 'P', 1);

  it('equal NIK in two records is always a candidate', () => {
    const a = dupPerson('Hj. Siti Aminah', { nik, birthDate: '1990-03-05' });
    const b = dupPerson('St. Aminah', { nik, birthDate: '1990-03-05', officeId: 'kantor-b' });
    const m = matchPair(a, b);
    expect(m?.score).toBe(1);
    expect(m?.reasons.map((r) => r.label)).toEqual(['NIK sama', 'nama sama', 'tanggal lahir sama']);
    const other = dupPerson('Wahyuni', { nik });
    expect(matchPair(a, other)?.score).toBeGreaterThanOrEqual(0.9);
  });

  it('a swapped pair of NIK digits with the same person behind it', () => {
    const a = dupPerson('Siti Aminah', { nik, birthDate: '1990-03-05' });
    const b = dupPerson('Siti Aminah', { nik: '3301085403900001', birthDate: '1990-03-05' });
    const m = matchPair(a, b);
    expect(m?.reasons[0]).toEqual({
      code: 'nik_satu_digit',
      label: 'NIK beda satu digit (dua digit bertukar)',
    });
    expect(m?.score).toBeGreaterThanOrEqual(SCORE_THRESHOLD);
  });

  it("a woman's NIK typed without the +40 is one digit off", () => {
    const a = dupPerson('Sri Wahyuni', { nik, birthDate: '1990-03-05' });
    const b = dupPerson('Sri Wahyuni', { nik: '3301080503900001', birthDate: '1990-03-05' });
    expect(codes(a, b)).toEqual(['nik_satu_digit', 'nama_sama', 'tanggal_lahir_sama']);
  });

  it('a NIK one digit off is not enough with another sex, birth date or name (twins)', () => {
    const a = dupPerson('Siti Aminah', { nik, birthDate: '1990-03-05' });
    const twin = dupPerson('Siti Aisyah', { nik: '3301084503900002', birthDate: '1990-03-05' });
    expect(matchPair(a, twin)).toBeNull();
    expect(matchPair(a, dupPerson('Siti Aminah', { nik: '3301084503900002', sex: 'L' }))).toBeNull();
    expect(
      matchPair(a, dupPerson('Siti Aminah', { nik: '3301084503900002', birthDate: '1991-03-05' })),
    ).toBeNull();
  });

  it('different NIKs further apart are different persons, however alike', () => {
    const a = dupPerson('Siti Aminah', { nik, birthDate: '1990-03-05' });
    expect(
      matchPair(a, dupPerson('Siti Aminah', { nik: '3301084503900099', birthDate: '1990-03-05' })),
    ).toBeNull();
  });

  it('without NIK: Soekarno and Sukarno born the same day in one desa', () => {
    const a = dupPerson('Soekarno', { sex: 'L', birthDate: '1961-06-06' });
    const b = dupPerson('Sukarno', { sex: 'L', birthDate: '1961-06-06', officeId: 'kantor-b' });
    expect(matchPair(a, b)).toEqual({
      score: 0.85,
      reasons: [
        { code: 'nama_sama', label: 'nama sama' },
        { code: 'tanggal_lahir_sama', label: 'tanggal lahir sama' },
        { code: 'desa_sama', label: 'desa sama' },
      ],
    });
  });

  it('without NIK: Djoko / Joko a year off, tied by household members', () => {
    const a = dupPerson('Djoko Santoso', {
      sex: 'L',
      birthDate: '1975-01-20',
      members: ['sri wahyuni', 'budi'],
    });
    const b = dupPerson('Joko Santoso', {
      sex: 'L',
      birthDate: '1976-01-20',
      desa: '33.01.09.2001',
      members: [nameKey('Sri Wahyoeni'), 'rina'],
    });
    const m = matchPair(a, b);
    expect(m?.reasons.map((r) => r.label)).toEqual([
      'nama sama',
      'tanggal dan bulan lahir sama, tahun beda satu',
      'satu KK dengan 1 anggota keluarga bernama sama',
    ]);
    expect(m?.score).toBe(0.85);
    // A year off alone (another desa, no tie): the same name is just enough (0.45 + 0.25), a less alike one not.
    expect(matchPair(a, { ...b, members: [] })?.score).toBe(0.7);
    expect(matchPair(a, { ...b, members: [], key: nameKey('Joko Santosa') })).toBeNull();
  });

  it('without NIK: day and month swapped in the same year, as a date told from memory', () => {
    const a = dupPerson('Suminah', { birthDate: '1961-06-08' });
    const b = dupPerson('Suminah', { birthDate: '1961-08-06', desa: '33.01.09.2001', officeId: 'kantor-b' });
    expect(matchPair(a, b)).toEqual({
      score: 0.7,
      reasons: [
        { code: 'nama_sama', label: 'nama sama' },
        { code: 'tanggal_lahir_tertukar', label: 'tanggal dan bulan lahir tertukar' },
      ],
    });
    expect(matchPair(a, { ...b, birthDate: '1962-08-06' })).toBeNull();
  });

  it('without NIK: Moh. Tjahjo and Muhammad Cahyo; a similar name reads "nama mirip 0,9x"', () => {
    const a = dupPerson('Moh. Tjahjo', { sex: 'L', birthDate: '1980-12-01' });
    expect(codes(a, dupPerson('Muhammad Cahyo', { sex: 'L', birthDate: '1980-12-01' }))).toContain(
      'nama_sama',
    );
    const typo = matchPair(a, dupPerson('Muhammad Cahya', { sex: 'L', birthDate: '1980-12-01' }));
    expect(typo?.reasons[0]?.label).toMatch(/^nama mirip 0,9\d$/);
  });

  it('without NIK: another sex, another birth date or another name is no candidate', () => {
    const a = dupPerson('Siti Aminah', { birthDate: '1990-03-05' });
    expect(matchPair(a, dupPerson('Siti Aminah', { birthDate: '1990-03-05', sex: 'L' }))).toBeNull();
    expect(matchPair(a, dupPerson('Siti Aminah', { birthDate: '1990-04-05' }))).toBeNull();
    expect(matchPair(a, dupPerson('Siti Aminah', { birthDate: '1992-03-05' }))).toBeNull();
    expect(matchPair(a, dupPerson('Rina Marlina', { birthDate: '1990-03-05' }))).toBeNull();
    expect(matchPair(a, dupPerson('Siti Aminah', { birthDate: '1990-03-05', nik: null }))).not.toBeNull();
  });

  it('dates agree exactly, a year off, or not', () => {
    expect(dateAgreement('1990-03-05', '1990-03-05')).toBe('sama');
    expect(dateAgreement('1990-03-05', '1989-03-05')).toBe('beda_tahun');
    expect(dateAgreement('1990-03-05', '1988-03-05')).toBe('beda');
    expect(dateAgreement(null, '1988-03-05')).toBe('kosong');
    expect(dateAgreement('1990-03-05', '1990-05-03')).toBe('tertukar');
    expect(dateAgreement('1990-03-05', '1991-05-03')).toBe('beda');
  });
});

describe('matchPair: a NIK typo in the serial, or twins', () => {
  const nik = makeNik('1966-01-17', 'P', 9646); // 3301085701669646
  const typo = '3301085701669466'; // the last digits swapped
  // One mistyped letter: 0.91 alike, under the 0.95 that twins' names are held to.
  const home = dupPerson('Wasiem', {
    nik,
    birthDate: '1966-01-17',
    householdId: 'kk-1',
    noKk: '3301080101100001',
  });
  const copy = (more: Partial<DupPerson>): DupPerson =>
    dupPerson('Waciem', { nik: typo, birthDate: '1966-01-17', ...more });

  it('a copy typed at another office, in a household with no tie to hers, is a candidate', () => {
    const m = matchPair(home, copy({ officeId: 'kantor-b', householdId: 'kk-9', noKk: '3301090202150003' }));
    expect(m?.reasons.map((r) => r.code)).toEqual(['nik_satu_digit', 'nama_mirip', 'tanggal_lahir_sama']);
    expect(m?.score).toBeGreaterThan(0.9);
  });

  it('twins in one household are not, nor in one No. KK, nor sharing family members, at any office', () => {
    expect(matchPair(home, copy({ householdId: 'kk-1', noKk: '3301080101100001' }))).toBeNull();
    const elsewhere = { officeId: 'kantor-b', householdId: 'kk-9' };
    expect(matchPair(home, copy({ ...elsewhere, noKk: '3301080101100001' }))).toBeNull();
    const family = ['sarmin', 'tukinah'];
    const twin = copy({ ...elsewhere, members: family });
    expect(matchPair({ ...home, members: family }, twin)).toBeNull();
    // The same household with nearly equal names (a typo copy in the serial within one KK) is still found.
    expect(matchPair(home, { ...copy({ householdId: 'kk-1' }), key: home.key })).not.toBeNull();
  });

  it('twins in two households at one office (adults with their own KK) are not', () => {
    expect(matchPair(home, copy({ householdId: 'kk-2', noKk: '3301080303120002' }))).toBeNull();
  });

  it('the lower bar is for the serial only: a region digit off at another office still needs equal names', () => {
    const region = dupPerson('Waciem', {
      nik: '3301095701669646',
      birthDate: '1966-01-17',
      officeId: 'kantor-b',
      householdId: 'kk-9',
    });
    expect(matchPair(home, region)).toBeNull();
    expect(matchPair(home, { ...region, key: home.key })).not.toBeNull();
  });

  it('another name, beyond a typo, is no candidate even from another office', () => {
    const other = dupPerson('Warsinah', { nik: typo, birthDate: '1966-01-17', officeId: 'kantor-b' });
    expect(matchPair(home, other)).toBeNull();
  });
});
