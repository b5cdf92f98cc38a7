// The "Ubah data" form's state: the person's fields as text, offline checks (NIK rules) and the changed fields only.
import type { TFunction } from 'i18next';
import type { Input } from '../../../shared/api/contract.ts';
import type { ApiError } from '../../../shared/api/result.ts';
import { checkNik, normaliseDigits, type NikCheck } from '../../../shared/validation/nik.ts';
import { normalisePhone } from '../../../shared/validation/person.ts';
import { isIsoDate } from '../../../shared/validation/calendar.ts';
import type { DtsenStatus, PadanDukcapil, PersonDetail, Sex } from '../../../shared/types/register.ts';
import type { FieldErrors } from '../ui/field-errors.ts';
import { nikIssueText } from '../layanan/intake/nik-messages.ts';

export interface PersonEditDraft {
  nik: string;
  nikOverrideReason: string;
  name: string;
  sex: Sex;
  birthPlace: string;
  birthDate: string;
  relationship: string | null;
  religion: string | null;
  maritalStatus: string | null;
  education: string | null;
  occupation: string | null;
  phone: string;
  dtsenStatus: DtsenStatus;
  padanDukcapil: PadanDukcapil;
  disabilityTypes: string[];
  desaCode: string;
  notes: string;
  legalBasis: string | null;
}

export type PersonChanges = Input<'persons.update'>['changes'];

export function draftOf(p: PersonDetail): PersonEditDraft {
  return {
    nik: p.nik ?? '',
    nikOverrideReason: p.nikOverrideReason ?? '',
    name: p.name,
    sex: p.sex,
    birthPlace: p.birthPlace ?? '',
    birthDate: p.birthDate ?? '',
    relationship: p.relationship,
    religion: p.religion,
    maritalStatus: p.maritalStatus,
    education: p.education,
    occupation: p.occupation,
    phone: p.phone ?? '',
    dtsenStatus: p.dtsenStatus,
    padanDukcapil: p.padanDukcapil,
    disabilityTypes: [...p.disabilityTypes],
    desaCode: p.desaCode,
    notes: p.notes ?? '',
    legalBasis: p.legalBasis,
  };
}

/** The NIK as typed, checked against the sex and birth date on the form; null when the field is empty (no NIK). */
export function editNikCheck(d: PersonEditDraft): NikCheck | null {
  if (normaliseDigits(d.nik) === '') return null;
  return checkNik(d.nik, { sex: d.sex, birthDate: d.birthDate || null });
}

/** Field messages that block saving, in form order. */
export function editErrors(d: PersonEditDraft, t: TFunction): FieldErrors {
  const e: FieldErrors = {};
  const nik = editNikCheck(d);
  if (nik && nik.errors.length > 0) e.nik = nikIssueText(nik.errors[0]!, t, d.nik);
  else if (nik && nik.warnings.length > 0 && d.nikOverrideReason.trim().length < 3) {
    e.nikOverrideReason = t('intake.nik.overrideNeeded');
  }
  if (d.name.trim().length < 2) e.name = t('intake.errors.name');
  if (d.birthDate && !isIsoDate(d.birthDate)) e.birthDate = t('intake.errors.birthDate');
  if (d.phone.trim() && !normalisePhone(d.phone)) e.phone = t('intake.errors.phone');
  return e;
}

const orNull = (s: string): string | null => (s.trim() === '' ? null : s.trim());

/** Only the fields that differ from the record as loaded. */
export function changesOf(p: PersonDetail, d: PersonEditDraft): PersonChanges {
  const warned = (editNikCheck(d)?.warnings.length ?? 0) > 0;
  const next: PersonChanges = {
    nik: normaliseDigits(d.nik) || null,
    nikOverrideReason: warned ? orNull(d.nikOverrideReason) : null,
    name: d.name.trim(),
    sex: d.sex,
    birthPlace: orNull(d.birthPlace),
    birthDate: orNull(d.birthDate),
    relationship: d.relationship,
    religion: d.religion,
    maritalStatus: d.maritalStatus,
    education: d.education,
    occupation: d.occupation,
    phone: orNull(d.phone),
    dtsenStatus: d.dtsenStatus,
    padanDukcapil: d.padanDukcapil,
    disabilityTypes: [...d.disabilityTypes].sort(),
    desaCode: d.desaCode,
    notes: orNull(d.notes),
    ...(d.legalBasis ? { legalBasis: d.legalBasis } : {}),
  };
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(next)) {
    const before = p[key as keyof PersonChanges];
    const same = Array.isArray(value)
      ? Array.isArray(before) && value.join('|') === [...before].sort().join('|')
      : value === before;
    if (!same) out[key] = value;
  }
  return out as PersonChanges;
}

/** The core's field paths (changes.phone, nik …) as the form's field names; the conflict id is not a field. */
export function editFieldErrors(error: ApiError): FieldErrors {
  const out: FieldErrors = {};
  for (const [path, message] of Object.entries(error.fields ?? {})) {
    if (path === 'existingPersonId') continue;
    out[path.replace(/^changes\./, '')] = message;
  }
  return out;
}
