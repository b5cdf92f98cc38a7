// PPKS list (26 categories in Permensos 8/2012 order) and its age, sex and disability rules.
import { describe, expect, it } from 'vitest';
import { checkPpksEligibility, PPKS } from '../../../shared/reference/ppks.ts';
import { DISABILITY_TYPES } from '../../../shared/reference/disability.ts';

const EXPECTED_LABELS = [
  'Anak Balita Terlantar',
  'Anak Terlantar',
  'Anak yang Berhadapan dengan Hukum',
  'Anak Jalanan',
  'Anak dengan Kedisabilitasan',
  'Anak Korban Tindak Kekerasan atau Diperlakukan Salah',
  'Anak yang Memerlukan Perlindungan Khusus',
  'Lanjut Usia Terlantar',
  'Penyandang Disabilitas',
  'Tuna Susila',
  'Gelandangan',
  'Pengemis',
  'Pemulung',
  'Kelompok Minoritas',
  'Bekas Warga Binaan Lembaga Pemasyarakatan',
  'Orang dengan HIV/AIDS',
  'Korban Penyalahgunaan NAPZA',
  'Korban Perdagangan Orang',
  'Korban Tindak Kekerasan',
  'Pekerja Migran Bermasalah Sosial',
  'Korban Bencana Alam',
  'Korban Bencana Sosial',
  'Perempuan Rawan Sosial Ekonomi',
  'Fakir Miskin',
  'Keluarga Bermasalah Sosial Psikologis',
  'Komunitas Adat Terpencil',
];

const CHILD_6_18 = ['PPKS-02', 'PPKS-03', 'PPKS-04', 'PPKS-05', 'PPKS-06', 'PPKS-07'];
const WITH_DISABILITY = ['PPKS-05', 'PPKS-09'];

describe('PPKS list', () => {
  it('has exactly 26 categories coded PPKS-01..26 in DOMAIN order', () => {
    expect(PPKS.items).toHaveLength(26);
    expect(PPKS.items.map((c) => c.code)).toEqual(
      Array.from({ length: 26 }, (_, i) => `PPKS-${String(i + 1).padStart(2, '0')}`),
    );
    expect(PPKS.items.map((c) => c.label)).toEqual(EXPECTED_LABELS);
  });

  it('carries exactly the rules DOMAIN gives', () => {
    const ruled = PPKS.items
      .filter((c) => c.minAge !== undefined || c.maxAge !== undefined || c.sex || c.requiresDisabilityType)
      .map((c) => [c.code, c.minAge, c.maxAge, c.sex, c.requiresDisabilityType]);
    expect(ruled).toEqual([
      ['PPKS-01', 0, 5, undefined, false],
      ['PPKS-02', 6, 18, undefined, false],
      ['PPKS-03', 6, 18, undefined, false],
      ['PPKS-04', 6, 18, undefined, false],
      ['PPKS-05', 6, 18, undefined, true],
      ['PPKS-06', 6, 18, undefined, false],
      ['PPKS-07', 6, 18, undefined, false],
      ['PPKS-08', 60, undefined, undefined, false],
      ['PPKS-09', undefined, undefined, undefined, true],
      ['PPKS-23', undefined, undefined, 'P', false],
    ]);
  });
});

describe('checkPpksEligibility', () => {
  const disabled = { disabilityTypes: ['FISIK'] };

  it('Anak Balita Terlantar: 0–5 years', () => {
    expect(checkPpksEligibility('PPKS-01', { age: 0 })).toEqual({ ok: true });
    expect(checkPpksEligibility('PPKS-01', { age: 5 })).toEqual({ ok: true });
    const r = checkPpksEligibility('PPKS-01', { age: 6 });
    expect(r).toEqual({
      ok: false,
      messages: ['Anak Balita Terlantar hanya untuk usia 0–5 tahun; usia orang ini 6 tahun.'],
    });
  });

  it('child categories: 6–18 years', () => {
    for (const code of CHILD_6_18) {
      const extra = WITH_DISABILITY.includes(code) ? disabled : {};
      expect(checkPpksEligibility(code, { age: 6, ...extra }).ok, code).toBe(true);
      expect(checkPpksEligibility(code, { age: 18, ...extra }).ok, code).toBe(true);
      expect(checkPpksEligibility(code, { age: 5, ...extra }).ok, code).toBe(false);
      expect(checkPpksEligibility(code, { age: 19, ...extra }).ok, code).toBe(false);
    }
    const r = checkPpksEligibility('PPKS-04', { age: 19 });
    expect(r.ok || r.messages[0]).toContain('usia 6–18 tahun');
  });

  it('Lanjut Usia Terlantar: 60 and over', () => {
    expect(checkPpksEligibility('PPKS-08', { age: 60 }).ok).toBe(true);
    expect(checkPpksEligibility('PPKS-08', { age: 95 }).ok).toBe(true);
    const r = checkPpksEligibility('PPKS-08', { age: 59 });
    expect(r.ok || r.messages[0]).toContain('60 tahun ke atas');
  });

  it('does not hold an unknown age against the person', () => {
    expect(checkPpksEligibility('PPKS-01', {}).ok).toBe(true);
    expect(checkPpksEligibility('PPKS-08', { age: null }).ok).toBe(true);
  });

  it('Perempuan Rawan Sosial Ekonomi: women only', () => {
    expect(checkPpksEligibility('PPKS-23', { sex: 'P', age: 30 }).ok).toBe(true);
    expect(checkPpksEligibility('PPKS-23', { sex: 'L', age: 30 })).toEqual({
      ok: false,
      messages: ['Perempuan Rawan Sosial Ekonomi hanya untuk perempuan.'],
    });
    expect(checkPpksEligibility('PPKS-23', { sex: null }).ok).toBe(true);
  });

  it('disability categories require a known disability type', () => {
    for (const code of WITH_DISABILITY) {
      const age = code === 'PPKS-05' ? 10 : 40;
      const none = checkPpksEligibility(code, { age });
      expect(none.ok, code).toBe(false);
      expect(none.ok || none.messages[0]).toContain('memerlukan ragam disabilitas');
      expect(checkPpksEligibility(code, { age, disabilityTypes: [] }).ok).toBe(false);
      for (const d of DISABILITY_TYPES.items) {
        expect(checkPpksEligibility(code, { age, disabilityTypes: [d.code] }).ok, `${code} ${d.code}`).toBe(
          true,
        );
      }
    }
  });

  it('reports an unknown disability type code', () => {
    const r = checkPpksEligibility('PPKS-09', { disabilityTypes: ['BUTA'] });
    expect(r).toEqual({
      ok: false,
      messages: [
        'Ragam disabilitas "BUTA" tidak dikenal.',
        'Penyandang Disabilitas memerlukan ragam disabilitas (fisik, intelektual, mental, sensorik, ganda atau multi).',
      ],
    });
    expect(checkPpksEligibility('PPKS-24', { disabilityTypes: ['BUTA'] }).ok).toBe(false);
  });

  it('reports several failed rules together', () => {
    const r = checkPpksEligibility('PPKS-05', { age: 30 });
    expect(r.ok ? [] : r.messages).toHaveLength(2);
  });

  it('accepts anyone for categories without rules', () => {
    for (const code of ['PPKS-10', 'PPKS-19', 'PPKS-24', 'PPKS-26']) {
      expect(checkPpksEligibility(code, { age: 0, sex: 'L' }).ok).toBe(true);
      expect(checkPpksEligibility(code, { age: 90, sex: 'P' }).ok).toBe(true);
    }
  });

  it('refuses an unknown category code', () => {
    expect(checkPpksEligibility('PPKS-27', {})).toEqual({
      ok: false,
      messages: ['Kategori PPKS "PPKS-27" tidak dikenal.'],
    });
  });
});
