// Person field rules: Indonesian mobile numbers (stored as +62…), ISO dates not after today, age, Disdukcapil hint.
import { z } from './zod-locale.ts';
import { checkNik } from './nik.ts';
import { DATE_MESSAGE, isIsoDate } from './calendar.ts';
import type { PadanDukcapil } from '../reference/dukcapil.ts';

/*
 * Phone: a mobile number written 08…, 628… or +628… (spaces, dots, hyphens, brackets allowed), with
 * 10–15 digits counted in the 08… form, the way it is written on forms. "+62 (0)812…" is also
 * understood. Stored as +628…, so the same number typed two ways is one number.
 */
export const PHONE_MIN_DIGITS = 10;
export const PHONE_MAX_DIGITS = 15;
const PHONE_MESSAGE = `Nomor HP tidak valid: tulis 08…, 628… atau +628…, ${PHONE_MIN_DIGITS}–${PHONE_MAX_DIGITS} digit.`;

/** The number in +62 form, or null when it is not an Indonesian mobile number. */
export function normalisePhone(raw: string): string | null {
  const s = raw
    .trim()
    .replace(/^'/, '')
    .replace(/[\s.\-()/]/g, '');
  let national: string;
  if (s.startsWith('+62')) national = s.slice(3);
  else if (s.startsWith('62')) national = s.slice(2);
  else if (s.startsWith('0')) national = s.slice(1);
  else return null;
  if (s.startsWith('+62') || s.startsWith('62')) national = national.replace(/^0/, '');
  if (!/^8\d+$/.test(national)) return null;
  const localDigits = national.length + 1;
  if (localDigits < PHONE_MIN_DIGITS || localDigits > PHONE_MAX_DIGITS) return null;
  return `+62${national}`;
}

/** A mobile number from a form or an import; parses to the +62 form. */
export const phoneSchema = z
  .string()
  .superRefine((raw, ctx) => {
    if (normalisePhone(raw) === null) ctx.addIssue({ code: 'custom', message: PHONE_MESSAGE });
  })
  .transform((raw) => normalisePhone(raw) ?? raw);

/*
 * Dates are ISO calendar dates (YYYY-MM-DD) compared as strings. `today` is always passed in, as the
 * office's local date, so these rules stay pure and testable and never depend on the PC's zone.
 */
export const MIN_BIRTH_DATE = '1900-01-01';

export interface DateRule {
  /** The office's local date, YYYY-MM-DD; the date may not be after it. */
  today: string;
  /** Earliest acceptable date, YYYY-MM-DD. */
  notBefore?: string;
}

/** The first problem with a date, in Bahasa Indonesia, or null when it is acceptable. */
export function checkDate(value: string, rule: DateRule): string | null {
  if (!isIsoDate(value)) return DATE_MESSAGE;
  if (value > rule.today) return 'Tanggal tidak boleh melewati hari ini.';
  if (rule.notBefore && value < rule.notBefore) return `Tanggal tidak boleh sebelum ${rule.notBefore}.`;
  return null;
}

/** A date that has already happened (visit, registration, document date), given today's date. */
export function pastDateSchema(today: string): z.ZodType<string> {
  return z.string().superRefine((value, ctx) => {
    const message = checkDate(value, { today });
    if (message) ctx.addIssue({ code: 'custom', message });
  });
}

/** A birth date: a real date, not after today, not before 1900. */
export function birthDateSchema(today: string): z.ZodType<string> {
  return z.string().superRefine((value, ctx) => {
    if (/^\d{4}-\d{2}-\d{2}$/.test(value) && value < MIN_BIRTH_DATE) {
      ctx.addIssue({ code: 'custom', message: 'Tanggal lahir sebelum tahun 1900: periksa tahunnya.' });
      return;
    }
    const message = checkDate(value, { today });
    if (message) ctx.addIssue({ code: 'custom', message });
  });
}

/** Age in completed years on `onDate`; null when either date is invalid or the birth is later. */
export function ageOn(birthDate: string, onDate: string): number | null {
  if (!isIsoDate(birthDate) || !isIsoDate(onDate) || birthDate > onDate) return null;
  const years = Number(onDate.slice(0, 4)) - Number(birthDate.slice(0, 4));
  return onDate.slice(5) < birthDate.slice(5) ? years - 1 : years;
}

export interface IdentityFacts {
  nik?: string | null;
  padanDukcapil?: PadanDukcapil | null;
}

/** Why a person should be referred to Disdukcapil (before any DTSEN proposal), or null if not. */
export function disdukcapilReferralReason(person: IdentityFacts): string | null {
  const nik = person.nik?.trim() ?? '';
  if (nik === '') return 'Belum punya NIK: rujuk ke Disdukcapil untuk KK, KTP-el atau akta.';
  if (checkNik(nik).errors.length > 0) return 'NIK tidak valid: rujuk ke Disdukcapil untuk perbaikan data.';
  if (person.padanDukcapil === 'tidak_padan')
    return 'NIK tidak padan Dukcapil: rujuk ke Disdukcapil untuk perbaikan data.';
  return null;
}

/** True when the NIK is absent, has hard errors, or is known not to match the civil registry. */
export function suggestDisdukcapilReferral(person: IdentityFacts): boolean {
  return disdukcapilReferralReason(person) !== null;
}
