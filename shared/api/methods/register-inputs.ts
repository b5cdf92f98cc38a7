// zod input schemas for the register: households, persons, PPKS and programs (shared by forms and core).
import { z } from '../../validation/zod-locale.ts';
import { regionCode, uuid } from '../../validation/common.ts';
import { DTSEN_STATUSES, PADAN_DUKCAPIL } from '../../types/register.ts';

const optText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `Maksimal ${max} karakter.`)
    .transform((s) => (s === '' ? null : s))
    .nullable()
    .default(null);

export const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Tanggal harus berformat YYYY-MM-DD.');
const digits16 = (label: string) =>
  z
    .string()
    .trim()
    .regex(/^\d{16}$/, `${label} harus 16 digit angka.`);

export const nikField = digits16('NIK')
  .nullable()
  .default(null)
  .or(z.literal('').transform(() => null));
export const noKkField = digits16('No KK')
  .nullable()
  .default(null)
  .or(z.literal('').transform(() => null));

export const householdFields = z.object({
  noKk: noKkField,
  headName: optText(120),
  desaCode: regionCode,
  address: z.string().trim().min(3, 'Alamat minimal 3 karakter.').max(300),
  rt: optText(3),
  rw: optText(3),
  dusun: optText(80),
  phone: optText(20),
  dtsenId: optText(40),
  dtsenDesil: z.number().int().min(1, 'Desil 1–10.').max(10, 'Desil 1–10.').nullable().default(null),
  floorAreaM2: z.number().min(0).max(10_000).nullable().default(null),
  floorMaterial: optText(40),
  wallMaterial: optText(40),
  roofMaterial: optText(40),
  drinkingWater: optText(40),
  lighting: optText(40),
  cookingFuel: optText(40),
  toilet: optText(40),
  assets: z.array(z.string().max(40)).max(30).default([]),
  notes: optText(1000),
});

export const personFields = z.object({
  householdId: uuid.nullable().default(null),
  nik: nikField,
  name: z.string().trim().min(2, 'Nama minimal 2 karakter.').max(120, 'Nama terlalu panjang.'),
  sex: z.enum(['L', 'P'], 'Pilih jenis kelamin.'),
  birthPlace: optText(80),
  birthDate: isoDay.nullable().default(null),
  relationship: optText(40),
  religion: optText(40),
  maritalStatus: optText(40),
  education: optText(60),
  occupation: optText(80),
  disabilityTypes: z.array(z.string().max(40)).max(5).default([]),
  padanDukcapil: z.enum(PADAN_DUKCAPIL).default('unknown'),
  dtsenStatus: z.enum(DTSEN_STATUSES).default('tidak_diketahui'),
  phone: optText(20),
  desaCode: regionCode,
  nikOverrideReason: optText(300),
  notes: optText(1000),
});

export const personSearchInput = z.object({
  query: z.string().trim().max(60).default(''),
  desaCode: regionCode.optional(),
  dtsenStatus: z.enum(DTSEN_STATUSES).optional(),
  ppksCategory: z.string().max(20).optional(),
  caseStatus: z.string().max(30).optional(),
  overdue: z.boolean().optional(),
  limit: z.number().int().min(1).max(500).default(50),
  offset: z.number().int().min(0).default(0),
});

export const ppksAssignInput = z.object({
  personId: uuid,
  category: z.string().min(1).max(20),
  disabilityType: z.string().max(40).nullable().default(null),
  since: isoDay,
  source: z.string().trim().min(1).max(80),
});

export const programAddInput = z.object({
  personId: uuid,
  program: z.string().min(1).max(40),
  status: z.enum(['aktif', 'nonaktif', 'diusulkan', 'ditolak']),
  periodStart: isoDay.nullable().default(null),
  periodEnd: isoDay.nullable().default(null),
  source: z.string().trim().min(1).max(80),
});
