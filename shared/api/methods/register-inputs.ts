// zod input schemas for the register: households, persons, PPKS and programs (shared by forms and core).
import { z } from '../../validation/zod-locale.ts';
import { line, multiline } from '../../validation/text.ts';
import { personName, regionCode, uuid } from '../../validation/common.ts';
import { calendarDate } from '../../validation/calendar.ts';
import { normaliseDigits } from '../../validation/nik.ts';
import { CASE_STATUS_CODES } from '../../reference/case-status.ts';
import { DTSEN_STATUSES, PADAN_DUKCAPIL } from '../../types/register.ts';
import { DEFAULT_LEGAL_BASIS, LEGAL_BASIS_CODES } from '../../reference/legal-basis.ts';

/*
 * Each record has a shape without defaults and two schemas built from it: the full fields (absent
 * optional keys become null / [] / the default status) for create, and the changes (absent keys stay
 * absent) for update. zod's `.partial()` keeps `.default()`, so a partial of the create schema would
 * silently reset every field an update did not mention.
 */

/** Optional free text: trimmed, '' becomes null. */
const optionalText = (kind: 'line' | 'multiline') => (max: number) =>
  (kind === 'line' ? line : multiline)(z.string().trim().max(max, `Maksimal ${max} karakter.`))
    .transform((s): string | null => (s === '' ? null : s))
    .nullable();
const text = optionalText('line');
/** Notes: a multi-line field. */
const notesText = optionalText('multiline');

/** 16 digits; spaces, dots and hyphens pasted around them are removed first; '' means none. */
const digits16 = (label: string) =>
  z
    .string()
    .transform(normaliseDigits)
    .pipe(
      z.union([
        z.literal('').transform((): string | null => null),
        z.string().regex(/^\d{16}$/, `${label} harus 16 digit angka.`),
      ]),
    )
    .nullable();

export const nikField = digits16('NIK').default(null);
export const noKkField = digits16('No KK').default(null);
/** A No KK that must be given (households.changeKk). */
export const noKkRequired = z
  .string()
  .transform(normaliseDigits)
  .pipe(z.string().regex(/^\d{16}$/, 'No KK harus 16 digit angka.'));

const householdShape = {
  noKk: digits16('No KK'),
  headName: text(120),
  desaCode: regionCode,
  address: line(z.string().trim().min(3, 'Alamat minimal 3 karakter.').max(300)),
  rt: text(3),
  rw: text(3),
  dusun: text(80),
  phone: text(20),
  dtsenId: text(40),
  dtsenDesil: z.number().int().min(1, 'Desil 1–10.').max(10, 'Desil 1–10.').nullable(),
  floorAreaM2: z.number().min(0).max(10_000).nullable(),
  floorMaterial: text(40),
  wallMaterial: text(40),
  roofMaterial: text(40),
  drinkingWater: text(40),
  lighting: text(40),
  cookingFuel: text(40),
  toilet: text(40),
  assets: z.array(line(z.string().max(40))).max(30),
  notes: notesText(1000),
};

const s = householdShape;
export const householdFields = z.object({
  ...s,
  noKk: s.noKk.default(null),
  headName: s.headName.default(null),
  rt: s.rt.default(null),
  rw: s.rw.default(null),
  dusun: s.dusun.default(null),
  phone: s.phone.default(null),
  dtsenId: s.dtsenId.default(null),
  dtsenDesil: s.dtsenDesil.default(null),
  floorAreaM2: s.floorAreaM2.default(null),
  floorMaterial: s.floorMaterial.default(null),
  wallMaterial: s.wallMaterial.default(null),
  roofMaterial: s.roofMaterial.default(null),
  drinkingWater: s.drinkingWater.default(null),
  lighting: s.lighting.default(null),
  cookingFuel: s.cookingFuel.default(null),
  toilet: s.toilet.default(null),
  assets: s.assets.default([]),
  notes: s.notes.default(null),
});
/** Household changes: only the keys sent; the No KK changes through households.changeKk (history). */
export const householdChanges = z.object(householdShape).omit({ noKk: true }).partial();

const personShape = {
  householdId: uuid.nullable(),
  nik: digits16('NIK'),
  name: personName,
  sex: z.enum(['L', 'P'], 'Pilih jenis kelamin.'),
  birthPlace: text(80),
  birthDate: calendarDate.nullable(),
  relationship: text(40),
  religion: text(40),
  maritalStatus: text(40),
  education: text(60),
  occupation: text(80),
  disabilityTypes: z.array(line(z.string().max(40))).max(5),
  padanDukcapil: z.enum(PADAN_DUKCAPIL),
  dtsenStatus: z.enum(DTSEN_STATUSES),
  phone: text(20),
  desaCode: regionCode,
  nikOverrideReason: notesText(300),
  notes: notesText(1000),
  legalBasis: z.enum(LEGAL_BASIS_CODES, 'Dasar pemrosesan data tidak dikenal.').nullable(),
};

const p = personShape;
export const personFields = z.object({
  ...p,
  householdId: p.householdId.default(null),
  nik: p.nik.default(null),
  birthPlace: p.birthPlace.default(null),
  birthDate: p.birthDate.default(null),
  relationship: p.relationship.default(null),
  religion: p.religion.default(null),
  maritalStatus: p.maritalStatus.default(null),
  education: p.education.default(null),
  occupation: p.occupation.default(null),
  disabilityTypes: p.disabilityTypes.default([]),
  padanDukcapil: p.padanDukcapil.default('unknown'),
  dtsenStatus: p.dtsenStatus.default('tidak_diketahui'),
  phone: p.phone.default(null),
  nikOverrideReason: p.nikOverrideReason.default(null),
  notes: p.notes.default(null),
  legalBasis: p.legalBasis.default(DEFAULT_LEGAL_BASIS),
});
/** Person changes: only the keys sent are changed. */
export const personChanges = z.object(personShape).partial();

/** Case filter of the person search: a status, or TERBUKA for any case not yet closed. */
export const PERSON_CASE_FILTERS = [...CASE_STATUS_CODES, 'TERBUKA'] as const;

export const personSearchInput = z.object({
  query: line(z.string().trim().max(60)).default(''),
  /** A desa code, or a kecamatan / kabupaten code for every desa under it. */
  desaCode: regionCode.optional(),
  dtsenStatus: z.enum(DTSEN_STATUSES).optional(),
  ppksCategory: line(z.string().max(20)).optional(),
  /** Only persons with at least one active PPKS assignment (any category). */
  ppksAny: z.boolean().optional(),
  caseStatus: z.enum(PERSON_CASE_FILTERS).optional(),
  overdue: z.boolean().optional(),
  /** Only persons that office originated (the lists' office filter; Dinsos's merged register by office). */
  originOfficeId: uuid.optional(),
  limit: z.number().int().min(1).max(500).default(50),
  offset: z.number().int().min(0).default(0),
});

export const ppksAssignInput = z.object({
  personId: uuid,
  category: line(z.string().min(1).max(20)),
  disabilityType: line(z.string().max(40)).nullable().default(null),
  since: calendarDate,
  source: line(z.string().trim().min(1).max(80)),
});

export const PROGRAM_STATUSES = ['aktif', 'nonaktif', 'diusulkan', 'ditolak'] as const;

export const programAddInput = z.object({
  personId: uuid,
  program: line(z.string().min(1).max(40)),
  status: z.enum(PROGRAM_STATUSES),
  periodStart: calendarDate.nullable().default(null),
  periodEnd: calendarDate.nullable().default(null),
  source: line(z.string().trim().min(1).max(80)),
});

/** periodEnd absent keeps the recorded end; null clears it. */
export const programUpdateInput = z.object({
  id: uuid,
  status: z.enum(PROGRAM_STATUSES),
  periodEnd: calendarDate.nullable().optional(),
});
