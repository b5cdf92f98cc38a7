// Person field rules: phone normalisation, ISO dates not after today, age, and the Disdukcapil referral hint.
import { describe, expect, it } from 'vitest';
import {
  ageOn,
  birthDateSchema,
  checkDate,
  disdukcapilReferralReason,
  normalisePhone,
  pastDateSchema,
  phoneSchema,
  suggestDisdukcapilReferral,
} from '../../../shared/validation/person.ts';

describe('normalisePhone', () => {
  it('normalises 08…, 628… and +628… to +628…', () => {
    expect(normalisePhone('081234567890')).toBe('+6281234567890');
    expect(normalisePhone('6281234567890')).toBe('+6281234567890');
    expect(normalisePhone('+6281234567890')).toBe('+6281234567890');
  });

  it('accepts the separators people type and the +62 (0) style', () => {
    expect(normalisePhone(' 0812-3456-7890 ')).toBe('+6281234567890');
    expect(normalisePhone('+62 812 3456 7890')).toBe('+6281234567890');
    expect(normalisePhone('(0812) 3456.7890')).toBe('+6281234567890');
    expect(normalisePhone('+62 (0)812 3456 7890')).toBe('+6281234567890');
    expect(normalisePhone("'081234567890")).toBe('+6281234567890');
  });

  it('accepts 10 to 15 digits counted in the 08… form', () => {
    expect(normalisePhone('0812345678')).toBe('+62812345678'); // 10
    expect(normalisePhone('081234567890123')).toBe('+6281234567890123'); // 15
    expect(normalisePhone('62812345678')).toBe('+62812345678'); // 10 in the 08… form
  });

  it('refuses too short or too long numbers', () => {
    expect(normalisePhone('081234567')).toBeNull(); // 9
    expect(normalisePhone('0812345678901234')).toBeNull(); // 16
    expect(normalisePhone('+62812345678901234')).toBeNull();
  });

  it('refuses numbers that are not Indonesian mobiles', () => {
    for (const raw of [
      '0211234567',
      '+6221123456789',
      '+14155550100',
      '81234567890',
      '08123abc890',
      '',
      '+62',
    ]) {
      expect(normalisePhone(raw)).toBeNull();
    }
  });
});

describe('phoneSchema', () => {
  it('parses to the +62 form', () => {
    expect(phoneSchema.parse('0812 3456 7890')).toBe('+6281234567890');
  });

  it('refuses an invalid number with an Indonesian message', () => {
    const r = phoneSchema.safeParse('12345');
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.message).toContain('Nomor HP tidak valid');
  });
});

describe('dates', () => {
  const today = '2025-06-30';

  it('refuses a date after today and accepts today', () => {
    expect(checkDate('2025-07-01', { today })).toContain('melewati hari ini');
    expect(checkDate(today, { today })).toBeNull();
    expect(checkDate('2025-06-29', { today })).toBeNull();
    expect(pastDateSchema(today).safeParse('2026-01-01').success).toBe(false);
    expect(pastDateSchema(today).safeParse('2025-01-01').success).toBe(true);
  });

  it('reports only the format problem for a malformed date', () => {
    const r = pastDateSchema(today).safeParse('9999-99-99');
    expect(r.error?.issues.map((i) => i.message)).toEqual([checkDate('9999-99-99', { today })]);
    expect(checkDate('9999-99-99', { today })).toContain('TTTT-BB-HH');
  });

  it('applies notBefore', () => {
    expect(checkDate('2019-12-31', { today, notBefore: '2020-01-01' })).toContain('2020-01-01');
    expect(checkDate('2020-01-01', { today, notBefore: '2020-01-01' })).toBeNull();
  });

  it('birthDateSchema refuses the future and years before 1900', () => {
    expect(birthDateSchema(today).safeParse('1990-07-12').success).toBe(true);
    expect(birthDateSchema(today).safeParse('1900-01-01').success).toBe(true);
    expect(birthDateSchema(today).safeParse('2025-07-01').success).toBe(false);
    const old = birthDateSchema(today).safeParse('1899-12-31');
    expect(old.success).toBe(false);
    expect(old.error?.issues[0]?.message).toContain('1900');
    expect(birthDateSchema(today).safeParse('1990-02-30').success).toBe(false);
  });

  it('ageOn counts completed years', () => {
    expect(ageOn('1990-07-12', '2025-07-11')).toBe(34);
    expect(ageOn('1990-07-12', '2025-07-12')).toBe(35);
    expect(ageOn('2020-02-29', '2021-02-28')).toBe(0);
    expect(ageOn('2020-02-29', '2021-03-01')).toBe(1);
    expect(ageOn('2025-07-01', '2025-06-30')).toBeNull();
    expect(ageOn('bukan tanggal', '2025-06-30')).toBeNull();
  });
});

describe('suggestDisdukcapilReferral', () => {
  const validNik = '3301081207900001';

  it('suggests a referral when the NIK is absent', () => {
    expect(suggestDisdukcapilReferral({})).toBe(true);
    expect(suggestDisdukcapilReferral({ nik: null })).toBe(true);
    expect(suggestDisdukcapilReferral({ nik: '  ' })).toBe(true);
    expect(disdukcapilReferralReason({})).toContain('Belum punya NIK');
  });

  it('suggests a referral when the NIK has a hard error', () => {
    expect(suggestDisdukcapilReferral({ nik: '3301081207900000', padanDukcapil: 'padan' })).toBe(true);
    expect(suggestDisdukcapilReferral({ nik: '3.30108e15' })).toBe(true);
    expect(disdukcapilReferralReason({ nik: '123' })).toContain('NIK tidak valid');
  });

  it('suggests a referral when the NIK is known not to match Dukcapil', () => {
    expect(suggestDisdukcapilReferral({ nik: validNik, padanDukcapil: 'tidak_padan' })).toBe(true);
    expect(disdukcapilReferralReason({ nik: validNik, padanDukcapil: 'tidak_padan' })).toContain(
      'tidak padan',
    );
  });

  it('does not suggest one for a valid NIK that matches or is not yet checked', () => {
    expect(suggestDisdukcapilReferral({ nik: validNik, padanDukcapil: 'padan' })).toBe(false);
    expect(suggestDisdukcapilReferral({ nik: validNik, padanDukcapil: 'unknown' })).toBe(false);
    expect(suggestDisdukcapilReferral({ nik: validNik })).toBe(false);
    expect(disdukcapilReferralReason({ nik: validNik })).toBeNull();
  });
});
