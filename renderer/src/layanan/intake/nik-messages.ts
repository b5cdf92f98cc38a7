// NIK check results (codes from shared/validation/nik.ts) as translated messages for the form.
import type { TFunction } from 'i18next';
import {
  nikBirthYear,
  normaliseDigits,
  type Issue,
  type ParsedNik,
} from '../../../../shared/validation/nik.ts';

const pad = (n: number): string => String(n).padStart(2, '0');

export function nikIssueText(issue: Issue, t: TFunction, raw: string): string {
  const nik = normaliseDigits(raw);
  switch (issue.code) {
    case 'EXCEL_NUMBER':
      return t('intake.nik.excel');
    case 'FORMAT':
      if (nik === '') return t('intake.nik.required');
      if (!/^\d+$/.test(nik)) return t('intake.nik.digitsOnly');
      return t('intake.nik.length', { n: nik.length });
    case 'ALL_ZEROS':
      return t('intake.nik.zeros');
    case 'UNKNOWN_PROVINCE':
      return t('intake.nik.province', { code: nik.slice(0, 2) });
    case 'INVALID_DAY':
      return t('intake.nik.day', { part: nik.slice(6, 8) });
    case 'INVALID_MONTH':
      return t('intake.nik.month', { part: nik.slice(8, 10) });
    case 'IMPOSSIBLE_DATE':
      return t('intake.nik.date');
    case 'ZERO_SERIAL':
      return t('intake.nik.serial');
    case 'SEX_MISMATCH':
      return nik.length === 16 && Number(nik.slice(6, 8)) > 40 ? t('intake.nik.sexP') : t('intake.nik.sexL');
    case 'BIRTH_DATE_MISMATCH': {
      const dd = Number(nik.slice(6, 8));
      const day = pad(dd > 40 ? dd - 40 : dd);
      const year = nikBirthYear(Number(nik.slice(10, 12)), new Date().getFullYear());
      return t('intake.nik.birthDate', { nikDate: `${day}-${nik.slice(8, 10)}-${year}` });
    }
    default:
      return issue.message;
  }
}

/** What the NIK itself says, as a hint under the field: sex, birth date (four-digit year, latest plausible century), kecamatan. */
export function nikHint(parsed: ParsedNik, t: TFunction): string {
  return t('intake.nik.decoded', {
    sex: t(`sex.${parsed.sex}`).toLowerCase(),
    date: `${pad(parsed.birthDay)}-${pad(parsed.birthMonth)}-${nikBirthYear(parsed.birthYY, new Date().getFullYear())}`,
    kecamatan: parsed.kecamatanCode,
  });
}
