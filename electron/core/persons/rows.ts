// Mapping between register rows (snake_case, JSON text, 0/1) and the shared camelCase domain types.
import type { HouseholdsTable } from '../db/tables/households.ts';
import type { HouseholdKkHistoryTable } from '../db/tables/household-kk-history.ts';
import type { PersonsTable } from '../db/tables/persons.ts';
import type { PpksAssignmentsTable } from '../db/tables/ppks-assignments.ts';
import type { ProgramMembershipsTable } from '../db/tables/program-memberships.ts';
import type { RowValues, SqlValue } from '../sync/writer.ts';
import type {
  DtsenStatus,
  Household,
  HouseholdFields,
  HousingCondition,
  PadanDukcapil,
  PersonFields,
  PpksAssignment,
  ProgramMembership,
  Sex,
} from '../../../shared/types/register.ts';
import { normalizeName } from '../../../shared/text/normalize-name.ts';

export const HOUSEHOLD_COLUMNS = {
  noKk: 'no_kk',
  headName: 'head_name',
  desaCode: 'desa_code',
  address: 'address',
  rt: 'rt',
  rw: 'rw',
  dusun: 'dusun',
  phone: 'phone',
  dtsenId: 'dtsen_id',
  dtsenDesil: 'dtsen_desil',
  floorAreaM2: 'floor_area_m2',
  floorMaterial: 'floor_material',
  wallMaterial: 'wall_material',
  roofMaterial: 'roof_material',
  drinkingWater: 'drinking_water',
  lighting: 'lighting',
  cookingFuel: 'cooking_fuel',
  toilet: 'toilet',
  assets: 'assets',
  notes: 'notes',
} as const satisfies Record<keyof HouseholdFields, keyof HouseholdsTable>;

export const PERSON_COLUMNS = {
  householdId: 'household_id',
  nik: 'nik',
  name: 'name',
  sex: 'sex',
  birthPlace: 'birth_place',
  birthDate: 'birth_date',
  relationship: 'relationship',
  religion: 'religion',
  maritalStatus: 'marital_status',
  education: 'education',
  occupation: 'occupation',
  disabilityTypes: 'disability_types',
  padanDukcapil: 'padan_dukcapil',
  dtsenStatus: 'dtsen_status',
  phone: 'phone',
  desaCode: 'desa_code',
  nikOverrideReason: 'nik_override_reason',
  notes: 'notes',
  legalBasis: 'legal_basis',
} as const satisfies Record<keyof PersonFields, keyof PersonsTable>;

const sqlValue = (v: unknown): SqlValue =>
  Array.isArray(v) ? JSON.stringify(v) : typeof v === 'string' || typeof v === 'number' ? v : null;

/** Row values for the fields present in `f` (arrays as JSON text). */
function valuesOf<K extends string>(columns: Record<K, string>, f: Partial<Record<K, unknown>>): RowValues {
  const out: RowValues = {};
  for (const key of Object.keys(columns) as K[]) {
    if (f[key] !== undefined) out[columns[key]] = sqlValue(f[key]);
  }
  return out;
}

export const householdValues = (f: Partial<HouseholdFields>): RowValues => valuesOf(HOUSEHOLD_COLUMNS, f);

/** Person row values; a new name also sets name_norm, which search and duplicate checks use. */
export function personValues(f: Partial<PersonFields>): RowValues {
  const out = valuesOf(PERSON_COLUMNS, f);
  if (f.name !== undefined) out.name_norm = normalizeName(f.name);
  return out;
}

const jsonList = (text: string): string[] => {
  const v: unknown = JSON.parse(text);
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
};

/** The household's housing condition (the fields a DTSEN proposal's condition starts from). */
export const toHousingCondition = (
  row: Pick<
    HouseholdsTable,
    | 'floor_area_m2'
    | 'floor_material'
    | 'wall_material'
    | 'roof_material'
    | 'drinking_water'
    | 'lighting'
    | 'cooking_fuel'
    | 'toilet'
    | 'assets'
  >,
): HousingCondition => ({
  floorAreaM2: row.floor_area_m2,
  floorMaterial: row.floor_material,
  wallMaterial: row.wall_material,
  roofMaterial: row.roof_material,
  drinkingWater: row.drinking_water,
  lighting: row.lighting,
  cookingFuel: row.cooking_fuel,
  toilet: row.toilet,
  assets: jsonList(row.assets),
});

export function toHousehold(row: HouseholdsTable, history: HouseholdKkHistoryTable[]): Household {
  return {
    id: row.id,
    originOfficeId: row.origin_office_id,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    noKk: row.no_kk,
    headName: row.head_name,
    desaCode: row.desa_code,
    address: row.address,
    rt: row.rt,
    rw: row.rw,
    dusun: row.dusun,
    phone: row.phone,
    dtsenId: row.dtsen_id,
    dtsenDesil: row.dtsen_desil,
    ...toHousingCondition(row),
    notes: row.notes,
    kkHistory: history.map((h) => ({ noKk: h.no_kk, validFrom: h.valid_from, reason: h.reason })),
  };
}

export function toPersonFields(row: PersonsTable): PersonFields {
  return {
    householdId: row.household_id,
    nik: row.nik,
    name: row.name,
    sex: row.sex as Sex,
    birthPlace: row.birth_place,
    birthDate: row.birth_date,
    relationship: row.relationship,
    religion: row.religion,
    maritalStatus: row.marital_status,
    education: row.education,
    occupation: row.occupation,
    disabilityTypes: jsonList(row.disability_types),
    padanDukcapil: row.padan_dukcapil as PadanDukcapil,
    dtsenStatus: row.dtsen_status as DtsenStatus,
    phone: row.phone,
    desaCode: row.desa_code,
    nikOverrideReason: row.nik_override_reason,
    notes: row.notes,
    legalBasis: row.legal_basis,
  };
}

export const toPpks = (r: PpksAssignmentsTable): PpksAssignment => ({
  id: r.id,
  personId: r.person_id,
  category: r.category,
  disabilityType: r.disability_type,
  since: r.since,
  source: r.source,
  active: r.active === 1,
});

export const toProgram = (r: ProgramMembershipsTable): ProgramMembership => ({
  id: r.id,
  personId: r.person_id,
  program: r.program,
  status: r.status as ProgramMembership['status'],
  periodStart: r.period_start,
  periodEnd: r.period_end,
  source: r.source,
});

/** The form field names of changed columns (name_norm follows name and is not a field of its own). */
export function fieldsOfColumns(columns: Record<string, string>, changed: readonly string[]): string[] {
  const byColumn = new Map(Object.entries(columns).map(([field, column]) => [column, field]));
  return changed.flatMap((c) => {
    const field = byColumn.get(c);
    return field ? [field] : [];
  });
}
