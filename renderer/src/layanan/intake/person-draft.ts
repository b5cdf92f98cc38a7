// The new-person form's state, its offline checks (NIK rules, required fields) and the persons.create input.
import type { TFunction } from 'i18next';
import type { Input } from '../../../../shared/api/contract.ts';
import type { ApiError } from '../../../../shared/api/result.ts';
import { checkNik, normaliseDigits, type NikCheck } from '../../../../shared/validation/nik.ts';
import { normalisePhone } from '../../../../shared/validation/person.ts';
import { isIsoDate } from '../../../../shared/validation/calendar.ts';
import type { DtsenStatus, PersonSummary, Sex } from '../../../../shared/types/register.ts';
import type { FieldErrors } from '../../ui/field-errors.ts';
import { nikIssueText } from './nik-messages.ts';
import { DEFAULT_LEGAL_BASIS } from '../../../../shared/reference/legal-basis.ts';

export type HouseholdMode = 'new' | 'existing' | 'none';

export interface PersonDraft {
  noNik: boolean;
  nik: string;
  nikOverrideReason: string;
  name: string;
  sex: Sex | null;
  birthPlace: string;
  birthDate: string;
  relationship: string | null;
  phone: string;
  dtsenStatus: DtsenStatus;
  /** Basis for processing the specific data (UU 27/2022 Pasal 20); the public-service task is preselected. */
  legalBasis: string;
  /** The person's desa: of the new household, or chosen alone when there is none. */
  desaCode: string | null;
  householdMode: HouseholdMode;
  noKk: string;
  address: string;
  rt: string;
  rw: string;
  dusun: string;
  /** A member of the existing household the person joins (its household and desa are used). */
  existingMember: PersonSummary | null;
  /** Sex and birth date as last read from the NIK: replaced when the NIK changes, unless edited since. */
  fromNik: { sex: Sex; birthDate: string } | null;
}

export function emptyDraft(prefill: { nik?: string; name?: string }, desaCode: string | null): PersonDraft {
  return {
    noNik: false,
    nik: prefill.nik ?? '',
    nikOverrideReason: '',
    name: prefill.name ?? '',
    sex: null,
    birthPlace: '',
    birthDate: '',
    relationship: null,
    phone: '',
    dtsenStatus: 'tidak_diketahui',
    legalBasis: DEFAULT_LEGAL_BASIS,
    desaCode,
    householdMode: 'new',
    noKk: '',
    address: '',
    rt: '',
    rw: '',
    dusun: '',
    existingMember: null,
    fromNik: null,
  };
}

/** The four-digit year of a NIK's two-digit one: this century unless that is after `thisYear`. */
export function nikYear(yy: number, thisYear: number): number {
  const recent = 2000 + yy;
  return recent <= thisYear ? recent : 1900 + yy;
}

/**
 * The draft with a new NIK typed: a valid NIK fills sex and birth date when they are empty or still hold
 * what an earlier NIK filled (the clerk's own entries are never replaced; a disagreement then shows as
 * a warning that asks for a reason).
 */
export function withNik(d: PersonDraft, nik: string, thisYear: number): PersonDraft {
  const next: PersonDraft = { ...d, nik };
  const parsed = checkNik(nik).parsed;
  if (!parsed) return next;
  const pad = (n: number): string => String(n).padStart(2, '0');
  const birthDate = `${nikYear(parsed.birthYY, thisYear)}-${pad(parsed.birthMonth)}-${pad(parsed.birthDay)}`;
  const sexFree = d.sex === null || d.sex === d.fromNik?.sex;
  const dateFree = d.birthDate === '' || d.birthDate === d.fromNik?.birthDate;
  if (sexFree) next.sex = parsed.sex;
  if (dateFree) next.birthDate = birthDate;
  next.fromNik = { sex: parsed.sex, birthDate };
  return next;
}

/** A draft the clerk has typed into (so leaving it asks first). */
export function draftTouched(d: PersonDraft, initial: PersonDraft): boolean {
  const { fromNik: _a, ...now } = d;
  const { fromNik: _b, ...before } = initial;
  return JSON.stringify(now) !== JSON.stringify(before);
}

/** The NIK as typed, checked against the sex and birth date on the form; null when the person has no NIK. */
export function nikCheckOf(d: PersonDraft): NikCheck | null {
  if (d.noNik) return null;
  return checkNik(d.nik, { sex: d.sex, birthDate: d.birthDate || null });
}

/** Field messages that block saving (the order is the form's order, so the first one gets focus). */
export function draftErrors(d: PersonDraft, t: TFunction): FieldErrors {
  const e: FieldErrors = {};
  const nik = nikCheckOf(d);
  if (nik && nik.errors.length > 0) e.nik = nikIssueText(nik.errors[0]!, t, d.nik);
  else if (nik && nik.warnings.length > 0 && d.nikOverrideReason.trim().length < 3) {
    e.nikOverrideReason = t('intake.nik.overrideNeeded');
  }
  if (d.name.trim().length < 2) e.name = t('intake.errors.name');
  if (!d.sex) e.sex = t('intake.errors.sex');
  if (d.birthDate && !isIsoDate(d.birthDate)) e.birthDate = t('intake.errors.birthDate');
  if (d.phone.trim() && !normalisePhone(d.phone)) e.phone = t('intake.errors.phone');
  if (d.householdMode === 'existing' && !d.existingMember) e.existingHousehold = t('intake.errors.household');
  if (d.householdMode === 'new' && d.noKk.trim() && normaliseDigits(d.noKk).length !== 16) {
    e.noKk = t('intake.errors.noKk');
  }
  if (d.householdMode === 'new' && d.address.trim().length < 3) e.address = t('intake.errors.address');
  if (d.householdMode !== 'existing' && !d.desaCode) e.desaCode = t('intake.errors.desa');
  return e;
}

const orNull = (s: string): string | null => (s.trim() === '' ? null : s.trim());

export function createInput(d: PersonDraft, confirmNotDuplicate: boolean): Input<'persons.create'> {
  const existing = d.householdMode === 'existing' ? d.existingMember : null;
  const desaCode = existing ? existing.desaCode : (d.desaCode ?? '');
  const warned = (nikCheckOf(d)?.warnings.length ?? 0) > 0;
  return {
    person: {
      householdId: existing?.householdId ?? null,
      nik: d.noNik ? null : normaliseDigits(d.nik) || null,
      name: d.name.trim(),
      sex: d.sex ?? 'L',
      birthPlace: orNull(d.birthPlace),
      birthDate: orNull(d.birthDate),
      relationship: d.relationship,
      phone: orNull(d.phone),
      dtsenStatus: d.dtsenStatus,
      legalBasis: d.legalBasis,
      desaCode,
      nikOverrideReason: warned ? orNull(d.nikOverrideReason) : null,
    },
    ...(d.householdMode === 'new'
      ? {
          newHousehold: {
            noKk: orNull(normaliseDigits(d.noKk)),
            desaCode,
            address: d.address.trim(),
            rt: orNull(d.rt),
            rw: orNull(d.rw),
            dusun: orNull(d.dusun),
          },
        }
      : {}),
    confirmNotDuplicate,
  };
}

/** The core's field paths (person.nik, newHousehold.address, nik …) as the form's field names. */
export function coreFieldErrors(error: ApiError): FieldErrors {
  const out: FieldErrors = {};
  for (const [path, message] of Object.entries(error.fields ?? {})) {
    if (path === 'existingPersonId' || path === 'candidateIds') continue;
    const name = path.replace(/^person\./, '').replace(/^newHousehold\./, '');
    out[name === 'householdId' ? 'existingHousehold' : name] = message;
  }
  return out;
}
