// Person field rules applied by the core on create and update: NIK checks and override reason, dates, phone, disability.
import type { PersonFields } from '../../../shared/types/register.ts';
import { checkNik } from '../../../shared/validation/nik.ts';
import { checkDate, MIN_BIRTH_DATE, normalisePhone } from '../../../shared/validation/person.ts';
import { isDisabilityCode } from '../../../shared/reference/disability.ts';
import { invalid } from './scope.ts';

/**
 * The fields to store, or a VALIDATION error naming every field at fault. A NIK with hard errors is
 * refused. A NIK whose sex or birth-date part disagrees with the form only passes with a written
 * reason (`nikOverrideReason`); the reason is kept only while such a disagreement exists. Messages on
 * the error itself stay generic: they are written to the audit log, which never holds personal data.
 */
export function checkPerson(f: PersonFields, today: string): PersonFields {
  const fields: Record<string, string> = {};
  let nikOverrideReason: string | null = null;

  if (f.nik !== null) {
    const check = checkNik(f.nik, { sex: f.sex, birthDate: f.birthDate });
    if (check.errors.length > 0) {
      fields.nik = check.errors.map((e) => e.message).join(' ');
    } else if (check.warnings.length > 0) {
      if (f.nikOverrideReason) nikOverrideReason = f.nikOverrideReason;
      else {
        fields.nik = check.warnings.map((w) => w.message).join(' ');
        fields.nikOverrideReason =
          'NIK tidak cocok dengan data yang diisi: periksa lagi, atau isi alasan bila NIK tetap dipakai.';
      }
    }
  }

  if (f.birthDate !== null) {
    const problem = checkDate(f.birthDate, { today, notBefore: MIN_BIRTH_DATE });
    if (problem) fields.birthDate = problem;
  }

  let phone = f.phone;
  if (phone !== null) {
    phone = normalisePhone(phone);
    if (phone === null) fields.phone = 'Nomor HP tidak valid: tulis 08…, 628… atau +628….';
  }

  const unknown = f.disabilityTypes.filter((d) => !isDisabilityCode(d));
  if (unknown.length > 0) fields.disabilityTypes = `Ragam disabilitas tidak dikenal: ${unknown.join(', ')}.`;

  const keys = Object.keys(fields);
  if (keys.length > 0) {
    const message =
      fields.nikOverrideReason && keys.every((k) => k === 'nik' || k === 'nikOverrideReason')
        ? 'NIK tidak cocok dengan jenis kelamin atau tanggal lahir: isi alasan bila NIK tetap dipakai.'
        : 'Data orang belum valid: periksa isian yang ditandai.';
    throw invalid(message, fields);
  }
  return { ...f, phone, nikOverrideReason, disabilityTypes: [...new Set(f.disabilityTypes)] };
}
