// The Indonesian name key: old spellings, name forms, titles and degrees fold two writings of one name together.
import { describe, expect, it } from 'vitest';
import { nameKey, respell } from '../../../shared/text/name-key.ts';

describe('respell', () => {
  it.each([
    ['soekarno', 'sukarno'],
    ['djoko', 'yoko'],
    ['hidajat', 'hidayat'],
    ['rachmat', 'rahmat'],
    ['rahmat', 'rahmat'],
    ['tjahjo', 'cahyo'],
    ['soejono', 'suyono'],
    ['sjamsul', 'syamsul'],
    ['njoman', 'nyoman'],
    ['chairul', 'hairul'],
    ['khairul', 'hairul'],
    ['muhammad', 'muhamad'],
    ['anna', 'ana'],
    ['joko', 'yoko'],
    ['yanti', 'yanti'],
  ])('%s → %s', (old, modern) => {
    expect(respell(old)).toBe(modern);
  });
});

describe('nameKey', () => {
  it.each([
    ['Soekarno', 'Sukarno'],
    ['Hidajat', 'Hidayat'],
    ['Rachmat Hidayat', 'Rahmat Hidajat'],
    ['Djoko Santoso', 'Joko Santoso'],
    ['Moh. Tjahjo', 'Muhammad Cahyo'],
    ['M. Tjahjo', 'Mochammad Cahyo'],
    ['Muh.Cahyo', 'Muhamad Cahyo'],
    ['Hj. Siti Aminah', 'St. Aminah'],
    ['Hj. Siti Aminah, S.Pd.', 'siti   aminah'],
    ['Bpk. H. Achmad Sjarifuddin', 'Ahmad Syarifudin'],
    ['Alm. Nyoman Soedjatmiko', 'Nyoman Sujatmiko'],
    ['Ibu Dra. Chusnul Chotimah, M.Pd.', 'Khusnul Khotimah'],
    ["Nur'aini", 'Nuraini'],
    ['Abd. Rahman', 'Abdul Rachman'],
  ])('%s ≡ %s', (a, b) => {
    expect(nameKey(a)).toBe(nameKey(b));
    expect(nameKey(a)).not.toBe('');
  });

  it('gives the expected keys', () => {
    expect(nameKey('Hj. Siti Aminah, S.Pd.')).toBe('siti aminah');
    expect(nameKey('Moh. Tjahjo')).toBe('muhamad cahyo');
    expect(nameKey('Djoko')).toBe('yoko');
    expect(nameKey('Soekarno')).toBe('sukarno');
  });

  it('keeps different names apart', () => {
    expect(nameKey('Joko Santoso')).not.toBe(nameKey('Joko Susanto'));
    expect(nameKey('Siti Aminah')).not.toBe(nameKey('Siti Aisyah'));
  });

  it('keeps a name that is only a title, and a degree-looking word in first place', () => {
    expect(nameKey('Ibu')).toBe('ibu');
    expect(nameKey('Haji')).toBe('hayi');
    // "S.T." with an inner dot is a degree after a name; "St." alone is Siti.
    expect(nameKey('Budi Santoso, S.T.')).toBe('budi santoso');
    expect(nameKey('St. Maryam')).toBe('siti maryam');
  });
});
