// NIK and No KK rules: every hard error, every warning, decoding, clean-up of pasted and Excel-damaged input.
import { describe, expect, it } from 'vitest';
import {
  checkNik,
  checkNoKk,
  nikBirthYear,
  nikSchema,
  noKkSchema,
  normaliseDigits,
} from '../../../shared/validation/nik.ts';

/** Builds a synthetic NIK from its parts (region 33.01.08 unless told otherwise). */
function makeNik(p: {
  prov?: string;
  kab?: string;
  kec?: string;
  dd: string;
  mm: string;
  yy: string;
  serial?: string;
}): string {
  return `${p.prov ?? '33'}${p.kab ?? '01'}${p.kec ?? '08'}${p.dd}${p.mm}${p.yy}${p.serial ?? '0001'}`;
}

const errorCodes = (nik: string) => checkNik(nik).errors.map((e) => e.code);

describe('checkNik: valid NIKs and decoding', () => {
  it("decodes a man's NIK", () => {
    const r = checkNik(makeNik({ dd: '12', mm: '07', yy: '90', serial: '0042' }));
    expect(r.errors).toEqual([]);
    expect(r.warnings).toEqual([]);
    expect(r.parsed).toEqual({
      provinceCode: '33',
      kabKotaCode: '33.01',
      kecamatanCode: '33.01.08',
      birthDay: 12,
      birthMonth: 7,
      birthYY: 90,
      sex: 'L',
      serial: '0042',
    });
  });

  it("accepts a woman's NIK with 40 added to the day and decodes the real day", () => {
    const r = checkNik(makeNik({ dd: '52', mm: '07', yy: '90' }));
    expect(r.errors).toEqual([]);
    expect(r.parsed?.sex).toBe('P');
    expect(r.parsed?.birthDay).toBe(12);
  });

  it('accepts the day bounds 01, 31, 41 and 71', () => {
    for (const dd of ['01', '31', '41', '71'])
      expect(errorCodes(makeNik({ dd, mm: '01', yy: '85' }))).toEqual([]);
  });

  it('accepts 29 February whatever the year, because the century is unknown', () => {
    expect(errorCodes(makeNik({ dd: '29', mm: '02', yy: '00' }))).toEqual([]);
    expect(errorCodes(makeNik({ dd: '29', mm: '02', yy: '91' }))).toEqual([]);
    expect(errorCodes(makeNik({ dd: '69', mm: '02', yy: '91' }))).toEqual([]);
  });

  it('accepts the province codes of the Papua split (93–96)', () => {
    for (const prov of ['91', '92', '93', '94', '95', '96']) {
      expect(errorCodes(makeNik({ prov, dd: '05', mm: '05', yy: '05' }))).toEqual([]);
    }
  });
});

describe('checkNik: hard errors', () => {
  it('rejects anything but 16 digits', () => {
    expect(errorCodes('330108120790001')).toEqual(['FORMAT']); // 15
    expect(errorCodes('33010812079000011')).toEqual(['FORMAT']); // 17
    expect(errorCodes('33010812079O0001')).toEqual(['FORMAT']); // letter O
    expect(errorCodes('')).toEqual(['FORMAT']);
    expect(checkNik('330108120790001').errors[0]?.message).toContain('16 digit');
  });

  it('rejects an Excel float such as 3.30108e15 with an explanation', () => {
    for (const raw of ['3.30108e15', '3.30108E+15', '3,30108E+15', '3E+15']) {
      const r = checkNik(raw);
      expect(r.errors.map((e) => e.code)).toEqual(['EXCEL_NUMBER']);
      expect(r.errors[0]?.message).toContain('Excel');
    }
  });

  it('treats an Excel-damaged NIK that still has 16 digits as valid format; serial 0000 is then caught', () => {
    // 3301084107900005 saved as a number in Excel becomes 3301084107900000: the format is intact...
    expect(normaliseDigits('3301084107900000')).toMatch(/^\d{16}$/);
    // ...and only the serial rule can tell.
    expect(errorCodes('3301084107900000')).toEqual(['ZERO_SERIAL']);
    // A damaged serial that is not 0000 cannot be detected offline.
    expect(errorCodes('3301084107900120')).toEqual([]);
  });

  it('rejects all zeros with one clear message', () => {
    expect(errorCodes('0000000000000000')).toEqual(['ALL_ZEROS']);
  });

  it('rejects an unknown province code', () => {
    for (const prov of ['10', '20', '37', '54', '97', '99']) {
      const r = checkNik(makeNik({ prov, dd: '12', mm: '07', yy: '90' }));
      expect(r.errors.map((e) => e.code)).toEqual(['UNKNOWN_PROVINCE']);
      expect(r.errors[0]?.message).toContain(prov);
      expect(r.parsed).toBeUndefined();
    }
  });

  it('uses the province list passed in', () => {
    const nik = makeNik({ prov: '99', dd: '12', mm: '07', yy: '90' });
    expect(checkNik(nik, { knownProvinceCodes: ['99'] }).errors).toEqual([]);
    expect(checkNik(nik, { knownProvinceCodes: new Set(['99']) }).errors).toEqual([]);
    expect(
      checkNik(makeNik({ dd: '12', mm: '07', yy: '90' }), { knownProvinceCodes: ['99'] }).errors[0]?.code,
    ).toBe('UNKNOWN_PROVINCE');
  });

  it('rejects a day outside 01–31 and 41–71', () => {
    for (const dd of ['00', '32', '39', '40', '72', '99']) {
      expect(errorCodes(makeNik({ dd, mm: '01', yy: '90' }))).toEqual(['INVALID_DAY']);
    }
  });

  it('rejects a month outside 01–12', () => {
    for (const mm of ['00', '13', '99'])
      expect(errorCodes(makeNik({ dd: '10', mm, yy: '90' }))).toEqual(['INVALID_MONTH']);
  });

  it('rejects a date that does not exist (31 February, 31 April, 30 February for a woman)', () => {
    expect(errorCodes(makeNik({ dd: '31', mm: '02', yy: '90' }))).toEqual(['IMPOSSIBLE_DATE']);
    expect(errorCodes(makeNik({ dd: '30', mm: '02', yy: '88' }))).toEqual(['IMPOSSIBLE_DATE']);
    expect(errorCodes(makeNik({ dd: '31', mm: '04', yy: '90' }))).toEqual(['IMPOSSIBLE_DATE']);
    expect(errorCodes(makeNik({ dd: '71', mm: '11', yy: '90' }))).toEqual(['IMPOSSIBLE_DATE']);
    expect(errorCodes(makeNik({ dd: '70', mm: '02', yy: '90' }))).toEqual(['IMPOSSIBLE_DATE']);
  });

  it('rejects serial 0000', () => {
    expect(errorCodes(makeNik({ dd: '12', mm: '07', yy: '90', serial: '0000' }))).toEqual(['ZERO_SERIAL']);
  });

  it('reports every hard error at once, each in Bahasa Indonesia', () => {
    const r = checkNik(makeNik({ prov: '20', dd: '35', mm: '13', yy: '90', serial: '0000' }));
    expect(r.errors.map((e) => e.code)).toEqual([
      'UNKNOWN_PROVINCE',
      'INVALID_DAY',
      'INVALID_MONTH',
      'ZERO_SERIAL',
    ]);
    for (const e of r.errors) expect(e.message).toMatch(/tidak|harus/);
  });
});

describe('checkNik: warnings (never block)', () => {
  const man = makeNik({ dd: '12', mm: '07', yy: '90' });
  const woman = makeNik({ dd: '52', mm: '07', yy: '90' });

  it('warns when the entered sex is perempuan but the day part is below 41', () => {
    const r = checkNik(man, { sex: 'P' });
    expect(r.errors).toEqual([]);
    expect(r.warnings.map((w) => w.code)).toEqual(['SEX_MISMATCH']);
    expect(r.warnings[0]?.message).toContain('laki-laki');
    expect(r.parsed).toBeDefined();
  });

  it('warns when the entered sex is laki-laki but the day part is above 40', () => {
    const r = checkNik(woman, { sex: 'L' });
    expect(r.warnings.map((w) => w.code)).toEqual(['SEX_MISMATCH']);
    expect(r.warnings[0]?.message).toContain('perempuan');
  });

  it('does not warn when sex agrees or is not entered', () => {
    expect(checkNik(man, { sex: 'L' }).warnings).toEqual([]);
    expect(checkNik(woman, { sex: 'P' }).warnings).toEqual([]);
    expect(checkNik(woman, { sex: null }).warnings).toEqual([]);
  });

  it('accepts either century for the year (1990 and 2090 both match YY 90)', () => {
    expect(checkNik(man, { birthDate: '1990-07-12' }).warnings).toEqual([]);
    expect(checkNik(man, { birthDate: '2090-07-12' }).warnings).toEqual([]);
    expect(checkNik(woman, { birthDate: '1990-07-12', sex: 'P' }).warnings).toEqual([]);
  });

  it('warns when day, month or year of the entered birth date differ from the NIK', () => {
    for (const birthDate of ['1990-07-13', '1990-08-12', '1991-07-12']) {
      const r = checkNik(man, { birthDate });
      expect(r.errors).toEqual([]);
      expect(r.warnings.map((w) => w.code)).toEqual(['BIRTH_DATE_MISMATCH']);
      expect(r.warnings[0]?.message).toContain('12-07-1990');
    }
  });

  it('gives both warnings together', () => {
    expect(checkNik(woman, { sex: 'L', birthDate: '1980-01-01' }).warnings.map((w) => w.code)).toEqual([
      'SEX_MISMATCH',
      'BIRTH_DATE_MISMATCH',
    ]);
  });

  it('ignores an entered birth date that is not an ISO date', () => {
    expect(checkNik(man, { birthDate: '12/07/1990' }).warnings).toEqual([]);
  });

  it('does not warn about a date part that is itself invalid', () => {
    const r = checkNik(makeNik({ dd: '35', mm: '07', yy: '90' }), { sex: 'P', birthDate: '1990-07-12' });
    expect(r.errors.map((e) => e.code)).toEqual(['INVALID_DAY']);
    expect(r.warnings).toEqual([]);
  });
});

describe('normaliseDigits', () => {
  it("strips spaces, dots, hyphens, non-breaking and zero-width spaces and Excel's text apostrophe", () => {
    expect(normaliseDigits(' 3301 0812 0790 0001 ')).toBe('3301081207900001');
    expect(normaliseDigits('33.01.08.120790.0001')).toBe('3301081207900001');
    expect(normaliseDigits('330108-120790-0001')).toBe('3301081207900001');
    expect(normaliseDigits('3301\u00a0081207900001\u200b')).toBe('3301081207900001');
    expect(normaliseDigits("'3301081207900001")).toBe('3301081207900001');
  });

  it('leaves other characters for the check to reject', () => {
    expect(normaliseDigits('3,30108E+15')).toBe('3,30108E+15');
  });

  it('is applied by checkNik', () => {
    expect(checkNik('3301 0812 0790 0001').errors).toEqual([]);
  });
});

describe('nikSchema', () => {
  it('parses to the cleaned 16-digit text', () => {
    expect(nikSchema.parse('3301 0852 0790 0001')).toBe('3301085207900001');
  });

  it('rejects each hard error with its Indonesian message', () => {
    for (const bad of [
      '123',
      '3.30108e15',
      '0000000000000000',
      makeNik({ prov: '20', dd: '12', mm: '07', yy: '90' }),
      makeNik({ dd: '32', mm: '07', yy: '90' }),
      makeNik({ dd: '12', mm: '13', yy: '90' }),
      makeNik({ dd: '31', mm: '02', yy: '90' }),
      makeNik({ dd: '12', mm: '07', yy: '90', serial: '0000' }),
    ]) {
      const r = nikSchema.safeParse(bad);
      expect(r.success).toBe(false);
      expect(r.error?.issues[0]?.message).toBe(checkNik(bad).errors[0]?.message);
    }
  });

  it('refuses a number: NIKs are text', () => {
    expect(nikSchema.safeParse(3301081207900001).success).toBe(false);
  });
});

describe('checkNoKk and noKkSchema', () => {
  const kk = '3301082304150007';

  it('accepts 16 digits with a known province', () => {
    expect(checkNoKk(kk).errors).toEqual([]);
    expect(noKkSchema.parse('3301 0823 0415 0007')).toBe(kk);
  });

  it('rejects all zeros', () => {
    expect(checkNoKk('0000000000000000').errors.map((e) => e.code)).toEqual(['ALL_ZEROS']);
    expect(checkNoKk('0000000000000000').errors[0]?.message).toContain('No KK');
  });

  it('rejects an unknown province', () => {
    expect(checkNoKk('9701082304150007').errors.map((e) => e.code)).toEqual(['UNKNOWN_PROVINCE']);
    expect(checkNoKk('9701082304150007', { knownProvinceCodes: ['97'] }).errors).toEqual([]);
  });

  it('rejects anything but 16 digits, including Excel floats', () => {
    expect(checkNoKk('330108230415000').errors.map((e) => e.code)).toEqual(['FORMAT']);
    expect(checkNoKk('3.30108E+15').errors.map((e) => e.code)).toEqual(['EXCEL_NUMBER']);
    expect(noKkSchema.safeParse('33010823041500AB').success).toBe(false);
  });
});

describe('nikBirthYear', () => {
  it('reads two digits as the latest year not after this year', () => {
    expect(nikBirthYear(85, 2026)).toBe(1985);
    expect(nikBirthYear(26, 2026)).toBe(2026);
    expect(nikBirthYear(27, 2026)).toBe(1927);
    expect(nikBirthYear(5, 2026)).toBe(2005);
  });
});
