// NIK and No KK (16-digit Dukcapil numbers): clean-up of pasted input, offline checks, decoding, zod schemas.
import { z } from './zod-locale.ts';
import { PROVINCE_CODES } from '../reference/provinces.ts';
import type { Sex } from '../reference/dukcapil.ts';

/*
 * NIK layout: PP KK CC DDMMYY SSSS — province, kabupaten/kota, kecamatan where the NIK was first
 * issued (it never changes when the person moves), birth date with 40 added to the day for women,
 * serial (never 0000). Hard errors block saving; warnings never do: old records and registry errors
 * exist, so the clerk may go on after writing a reason. NIK and No KK are always text, never numbers.
 */

export type NikErrorCode =
  | 'EXCEL_NUMBER'
  | 'FORMAT'
  | 'ALL_ZEROS'
  | 'UNKNOWN_PROVINCE'
  | 'INVALID_DAY'
  | 'INVALID_MONTH'
  | 'IMPOSSIBLE_DATE'
  | 'ZERO_SERIAL';
export type NikWarningCode = 'SEX_MISMATCH' | 'BIRTH_DATE_MISMATCH';

export interface Issue<C extends string = NikErrorCode | NikWarningCode> {
  code: C;
  /** Bahasa Indonesia, for the clerk. */
  message: string;
}

export interface ParsedNik {
  provinceCode: string;
  /** Dotted, e.g. `33.01`. */
  kabKotaCode: string;
  /** Dotted, e.g. `33.01.08`. */
  kecamatanCode: string;
  /** The real day of the month (40 already subtracted for women). */
  birthDay: number;
  birthMonth: number;
  /** Last two digits of the birth year; the century is not in the NIK. */
  birthYY: number;
  sex: Sex;
  serial: string;
}

export interface NikCheckOptions {
  /** Sex entered on the form, to compare with the day part. */
  sex?: Sex | null;
  /** Birth date entered on the form, ISO YYYY-MM-DD. */
  birthDate?: string | null;
  /** Province codes to accept; defaults to the 38 current provinces. */
  knownProvinceCodes?: ReadonlySet<string> | readonly string[];
}

export interface NikCheck {
  errors: Issue<NikErrorCode>[];
  warnings: Issue<NikWarningCode>[];
  /** Present only when there are no errors. */
  parsed?: ParsedNik;
}

const DEFAULT_PROVINCES: ReadonlySet<string> = new Set(PROVINCE_CODES);
/** Days per month; February allows 29 because the NIK does not say which century (or leap year). */
const MONTH_DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;
/** What Excel shows for a 16-digit number it has turned into a float: 3.30108E+15, 3,30108e15. */
const SCIENTIFIC = /^\d[.,]?\d*e\+?\d+$/i;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Removes what people paste around a NIK or No KK: spaces (also non-breaking and zero-width), dots,
 * hyphens, and the leading apostrophe Excel uses to mark text. Anything else is left for the
 * check to reject, so damaged input is never silently "repaired".
 */
export function normaliseDigits(raw: string): string {
  return raw
    .trim()
    .replace(/^['‘’]/, '')
    .replace(/[\s.\-\u200b-\u200d\ufeff]/g, '');
}

const pad2 = (n: number): string => String(n).padStart(2, '0');

function formatIssue(raw: string, digits: string, label: string): Issue<NikErrorCode> | null {
  if (SCIENTIFIC.test(raw.trim())) {
    return {
      code: 'EXCEL_NUMBER',
      message: `${label} rusak oleh Excel (tertulis sebagai angka ilmiah seperti 3,30108E+15) dan digit terakhirnya sudah hilang. Ketik ulang dari KTP/KK dan simpan kolom ${label} sebagai teks.`,
    };
  }
  if (digits === '') return { code: 'FORMAT', message: `${label} wajib diisi 16 digit angka.` };
  if (!/^\d+$/.test(digits)) return { code: 'FORMAT', message: `${label} hanya boleh berisi angka.` };
  if (digits.length !== 16) {
    return { code: 'FORMAT', message: `${label} harus 16 digit (terisi ${digits.length} digit).` };
  }
  if (/^0+$/.test(digits)) {
    return {
      code: 'ALL_ZEROS',
      message: `${label} tidak boleh berisi angka nol semua. Kosongkan bila belum ada.`,
    };
  }
  return null;
}

function provinceIssue(
  digits: string,
  label: string,
  known: NikCheckOptions['knownProvinceCodes'],
): Issue<NikErrorCode> | null {
  const codes = known === undefined ? DEFAULT_PROVINCES : known instanceof Set ? known : new Set(known);
  const province = digits.slice(0, 2);
  if (codes.has(province)) return null;
  return { code: 'UNKNOWN_PROVINCE', message: `Kode provinsi ${province} pada ${label} tidak dikenal.` };
}

/** Offline checks of a NIK, optionally against the sex and birth date entered on the form. */
/**
 * The four-digit birth year from the NIK's two digits: the latest year not after `thisYear` (a NIK holder
 * is not born in the future; a centenarian is read a century late, as any two-digit year would be).
 */
export function nikBirthYear(yy: number, thisYear: number): number {
  const century = Math.floor(thisYear / 100) * 100;
  return century + yy <= thisYear ? century + yy : century - 100 + yy;
}

export function checkNik(raw: string, options: NikCheckOptions = {}): NikCheck {
  const warnings: Issue<NikWarningCode>[] = [];
  const nik = normaliseDigits(raw);
  const format = formatIssue(raw, nik, 'NIK');
  if (format) return { errors: [format], warnings };

  const errors: Issue<NikErrorCode>[] = [];
  const province = provinceIssue(nik, 'NIK', options.knownProvinceCodes);
  if (province) errors.push(province);

  const dd = Number(nik.slice(6, 8));
  const month = Number(nik.slice(8, 10));
  const yy = Number(nik.slice(10, 12));
  const serial = nik.slice(12);
  const dayOk = (dd >= 1 && dd <= 31) || (dd >= 41 && dd <= 71);
  const monthOk = month >= 1 && month <= 12;
  const sex: Sex = dd > 40 ? 'P' : 'L';
  const day = sex === 'P' ? dd - 40 : dd;
  if (!dayOk) {
    errors.push({
      code: 'INVALID_DAY',
      message: `Tanggal lahir pada NIK (digit 7–8: ${nik.slice(6, 8)}) tidak valid: harus 01–31, atau 41–71 untuk perempuan.`,
    });
  }
  if (!monthOk) {
    errors.push({
      code: 'INVALID_MONTH',
      message: `Bulan lahir pada NIK (digit 9–10: ${nik.slice(8, 10)}) tidak valid: harus 01–12.`,
    });
  }
  const dateOk = dayOk && monthOk && day <= (MONTH_DAYS[month - 1] ?? 0);
  if (dayOk && monthOk && !dateOk) {
    errors.push({
      code: 'IMPOSSIBLE_DATE',
      message: `Tanggal lahir pada NIK (${pad2(day)}-${pad2(month)}) tidak ada di kalender.`,
    });
  }
  if (serial === '0000') {
    errors.push({
      code: 'ZERO_SERIAL',
      message:
        'Nomor urut NIK (4 digit terakhir) tidak boleh 0000. NIK dari Excel sering kehilangan digit terakhir: periksa KTP/KK.',
    });
  }

  if (dateOk) {
    if (options.sex && options.sex !== sex) {
      warnings.push({
        code: 'SEX_MISMATCH',
        message:
          sex === 'P'
            ? 'NIK menunjukkan perempuan (tanggal lahir ditambah 40), tetapi jenis kelamin diisi laki-laki.'
            : 'NIK menunjukkan laki-laki (tanggal lahir tidak ditambah 40), tetapi jenis kelamin diisi perempuan.',
      });
    }
    const entered = options.birthDate ? ISO_DATE.exec(options.birthDate) : null;
    if (entered) {
      const [, y, m, d] = entered;
      if (Number(d) !== day || Number(m) !== month || Number(y) % 100 !== yy) {
        warnings.push({
          code: 'BIRTH_DATE_MISMATCH',
          // Four-digit years: the NIK's two digits read in the century of the date entered.
          message: `Tanggal lahir pada NIK (${pad2(day)}-${pad2(month)}-${Math.floor(Number(y) / 100) * 100 + yy}) berbeda dengan tanggal lahir yang diisi (${d}-${m}-${y}).`,
        });
      }
    }
  }

  if (errors.length > 0) return { errors, warnings };
  const pp = nik.slice(0, 2);
  const kk = nik.slice(2, 4);
  const cc = nik.slice(4, 6);
  return {
    errors,
    warnings,
    parsed: {
      provinceCode: pp,
      kabKotaCode: `${pp}.${kk}`,
      kecamatanCode: `${pp}.${kk}.${cc}`,
      birthDay: day,
      birthMonth: month,
      birthYY: yy,
      sex,
      serial,
    },
  };
}

/** No KK: 16 digits, a known province, not all zeros. (Digits 7–12 are the issue date, not checked.) */
export function checkNoKk(
  raw: string,
  options: Pick<NikCheckOptions, 'knownProvinceCodes'> = {},
): { errors: Issue<NikErrorCode>[] } {
  const noKk = normaliseDigits(raw);
  const format = formatIssue(raw, noKk, 'No KK');
  if (format) return { errors: [format] };
  const province = provinceIssue(noKk, 'No KK', options.knownProvinceCodes);
  return { errors: province ? [province] : [] };
}

/**
 * A NIK from a form or an import: input is cleaned with normaliseDigits, and every hard error that
 * depends on the NIK alone (format, province, day, month, date, serial) is a validation issue.
 * Warnings need the form's sex and birth date: call checkNik for those.
 */
export const nikSchema = z
  .string()
  .superRefine((raw, ctx) => {
    for (const e of checkNik(raw).errors) ctx.addIssue({ code: 'custom', message: e.message });
  })
  .transform(normaliseDigits);

/** A No KK from a form or an import, cleaned with normaliseDigits. */
export const noKkSchema = z
  .string()
  .superRefine((raw, ctx) => {
    for (const e of checkNoKk(raw).errors) ctx.addIssue({ code: 'custom', message: e.message });
  })
  .transform(normaliseDigits);
