// Register domain types (households, persons, PPKS, programs) shared by core and renderer, camelCase.
import type { CaseSummary } from './cases.ts';
export type Sex = 'L' | 'P';
export const PADAN_DUKCAPIL = ['unknown', 'padan', 'tidak_padan'] as const;
export type PadanDukcapil = (typeof PADAN_DUKCAPIL)[number];
export const DTSEN_STATUSES = ['tidak_diketahui', 'terdaftar', 'tidak_terdaftar', 'diusulkan'] as const;
export type DtsenStatus = (typeof DTSEN_STATUSES)[number];

export interface HousingCondition {
  floorAreaM2: number | null;
  floorMaterial: string | null;
  wallMaterial: string | null;
  roofMaterial: string | null;
  drinkingWater: string | null;
  lighting: string | null;
  cookingFuel: string | null;
  toilet: string | null;
  /** Asset codes (kulkas, motor, emas ≥ 10 g, ternak …). */
  assets: string[];
}

export interface HouseholdFields extends HousingCondition {
  noKk: string | null;
  headName: string | null;
  desaCode: string;
  address: string;
  rt: string | null;
  rw: string | null;
  dusun: string | null;
  phone: string | null;
  dtsenId: string | null;
  dtsenDesil: number | null;
  notes: string | null;
}

export interface KkHistoryEntry {
  noKk: string;
  validFrom: string;
  reason: string;
}

export interface Household extends HouseholdFields {
  id: string;
  originOfficeId: string;
  createdAt: string;
  updatedAt: string;
  kkHistory: KkHistoryEntry[];
}

export interface PersonFields {
  householdId: string | null;
  nik: string | null;
  name: string;
  sex: Sex;
  birthPlace: string | null;
  birthDate: string | null;
  relationship: string | null;
  religion: string | null;
  maritalStatus: string | null;
  education: string | null;
  occupation: string | null;
  disabilityTypes: string[];
  padanDukcapil: PadanDukcapil;
  dtsenStatus: DtsenStatus;
  phone: string | null;
  desaCode: string;
  /** Why the clerk kept a NIK whose birth-date or sex part disagrees with the entered data. */
  nikOverrideReason: string | null;
  notes: string | null;
  /** Legal basis for processing the specific data (shared/reference/legal-basis.ts); null on older records. */
  legalBasis: string | null;
}

export interface PersonSummary {
  id: string;
  nik: string | null;
  name: string;
  sex: Sex;
  birthDate: string | null;
  desaCode: string;
  householdId: string | null;
  noKk: string | null;
  dtsenStatus: DtsenStatus;
  openCases: number;
  /** Has a follow-up past its due date. */
  overdue: boolean;
}

export interface PpksAssignment {
  id: string;
  personId: string;
  category: string;
  disabilityType: string | null;
  since: string;
  source: string;
  active: boolean;
}

export interface ProgramMembership {
  id: string;
  personId: string;
  program: string;
  status: 'aktif' | 'nonaktif' | 'diusulkan' | 'ditolak';
  periodStart: string | null;
  periodEnd: string | null;
  source: string;
}

export interface PersonHistoryEntry {
  at: string;
  username: string;
  /** The account's full name, when the account is known here (null for system and other offices' users). */
  userFullName: string | null;
  /** The contract method, shown in words by the renderer's audit wording. */
  action: string;
  detail: string | null;
}

export interface PersonDetail extends PersonFields {
  id: string;
  originOfficeId: string;
  createdAt: string;
  updatedAt: string;
  household: Household | null;
  members: PersonSummary[];
  ppks: PpksAssignment[];
  programs: ProgramMembership[];
  /** Cases where this person is the beneficiary, newest first. */
  cases: CaseSummary[];
  history: PersonHistoryEntry[];
  /** True when the app should suggest a Disdukcapil referral (no NIK, invalid NIK, or not padan). */
  suggestDisdukcapil: boolean;
  /** The resident's personal data was erased (UU 27/2022): only anonymous statistics remain. */
  erased: boolean;
}

export interface Page<T> {
  rows: T[];
  total: number;
  /** Set when more than `total` rows match: the count stopped there (as-you-type person search). */
  capped?: true;
}

export interface DuplicateCheck {
  /** A person already registered with this NIK: open it instead of creating a second. */
  nikMatch: PersonSummary | null;
  /** Same birth date, same desa, similar normalised name. */
  similar: PersonSummary[];
}

export interface ReferenceEntry {
  list: string;
  code: string;
  label: string;
  active: boolean;
  sort: number;
  data: Record<string, unknown>;
}
