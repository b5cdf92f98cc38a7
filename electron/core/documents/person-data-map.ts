// Maps register rows to the records of a resident's data export, with a label beside every code.
import { legalBasisText } from '../../../shared/reference/legal-basis.ts';
import type { Selectable } from 'kysely';
import type { PersonsTable } from '../db/tables/persons.ts';
import type { HouseholdsTable } from '../db/tables/households.ts';
import type { CasesTable } from '../db/tables/cases.ts';
import type { CaseEventsTable } from '../db/tables/case-events.ts';
import type { ReferralsTable } from '../db/tables/referrals.ts';
import type { FollowUpsTable } from '../db/tables/follow-ups.ts';
import type { PpksAssignmentsTable } from '../db/tables/ppks-assignments.ts';
import type { ProgramMembershipsTable } from '../db/tables/program-memberships.ts';
import * as ref from '../../../shared/reference/index.ts';
import type { ReferenceList } from '../../../shared/reference/index.ts';
import type * as T from './person-data-types.ts';

export const coded = (list: ReferenceList, code: string): T.Coded => ({
  code,
  label: ref.labelOf(list, code),
});
const maybe = (list: ReferenceList, code: string | null): T.Coded | null => (code ? coded(list, code) : null);

const fixed = (labels: Record<string, string>, code: string): T.Coded => ({
  code,
  label: labels[code] ?? code,
});
const DTSEN: Record<string, string> = {
  tidak_diketahui: 'Belum diketahui',
  terdaftar: 'Terdaftar di DTSEN',
  tidak_terdaftar: 'Tidak terdaftar di DTSEN',
  diusulkan: 'Diusulkan ke DTSEN',
};
const PROGRAM_STATUS: Record<string, string> = {
  aktif: 'Aktif',
  nonaktif: 'Nonaktif',
  diusulkan: 'Diusulkan',
  ditolak: 'Ditolak',
};
const REFERRAL_STATUS: Record<string, string> = { TERKIRIM: 'Terkirim', SELESAI: 'Selesai' };
const EVENT_TYPES: Record<string, string> = {
  dibuat: 'Kasus dicatat',
  transisi: 'Perubahan status',
  catatan: 'Catatan',
  rujukan: 'Rujukan',
  hasil_rujukan: 'Hasil rujukan',
  tindak_lanjut: 'Tindak lanjut',
};
/** The stored outcome codes (shared/types/cases.ts); the reference list spells "accepted" DITERIMA_PROGRAM. */
const outcomeOf = (code: string | null): T.Coded | null =>
  code === null
    ? null
    : code === 'DITERIMA'
      ? { code, label: 'Diterima program' }
      : coded(ref.REFERRAL_OUTCOMES, code);

const jsonArray = (text: string): string[] => {
  try {
    const v: unknown = JSON.parse(text);
    return Array.isArray(v) ? v.map(String) : [];
  } catch {
    return [];
  }
};

export function personRecord(p: Selectable<PersonsTable>, region: string): T.PersonRecord {
  return {
    id: p.id,
    originOfficeId: p.origin_office_id,
    createdAt: p.created_at,
    updatedAt: p.updated_at,
    nik: p.nik,
    name: p.name,
    sex: coded(ref.SEXES, p.sex),
    birthPlace: p.birth_place,
    birthDate: p.birth_date,
    relationship: maybe(ref.FAMILY_RELATIONSHIPS, p.relationship),
    religion: maybe(ref.RELIGIONS, p.religion),
    maritalStatus: maybe(ref.MARITAL_STATUSES, p.marital_status),
    education: maybe(ref.EDUCATION_LEVELS, p.education),
    occupation: maybe(ref.OCCUPATIONS, p.occupation),
    disabilityTypes: jsonArray(p.disability_types).map((c) => coded(ref.DISABILITY_TYPES, c)),
    padanDukcapil: coded(ref.PADAN_DUKCAPIL, p.padan_dukcapil),
    dtsenStatus: fixed(DTSEN, p.dtsen_status),
    phone: p.phone,
    desaCode: p.desa_code,
    region,
    nikOverrideReason: p.nik_override_reason,
    notes: p.notes,
    legalBasis: { code: p.legal_basis, text: legalBasisText(p.legal_basis) },
  };
}

export function householdRecord(
  h: Selectable<HouseholdsTable>,
  region: string,
  kkHistory: T.HouseholdRecord['kkHistory'],
): T.HouseholdRecord {
  return {
    id: h.id,
    originOfficeId: h.origin_office_id,
    createdAt: h.created_at,
    updatedAt: h.updated_at,
    noKk: h.no_kk,
    headName: h.head_name,
    address: h.address,
    rt: h.rt,
    rw: h.rw,
    dusun: h.dusun,
    desaCode: h.desa_code,
    region,
    phone: h.phone,
    dtsenId: h.dtsen_id,
    dtsenDesil: h.dtsen_desil,
    floorAreaM2: h.floor_area_m2,
    floorMaterial: maybe(ref.FLOOR_MATERIALS, h.floor_material),
    wallMaterial: maybe(ref.WALL_MATERIALS, h.wall_material),
    roofMaterial: maybe(ref.ROOF_MATERIALS, h.roof_material),
    drinkingWater: maybe(ref.DRINKING_WATER_SOURCES, h.drinking_water),
    lighting: maybe(ref.LIGHTING_POWER, h.lighting),
    cookingFuel: maybe(ref.COOKING_FUELS, h.cooking_fuel),
    toilet: maybe(ref.TOILET_FACILITIES, h.toilet),
    assets: jsonArray(h.assets),
    notes: h.notes,
    kkHistory,
  };
}

export const ppksRecord = (r: Selectable<PpksAssignmentsTable>): T.PpksRecord => ({
  id: r.id,
  category: coded(ref.PPKS, r.category),
  disabilityType: maybe(ref.DISABILITY_TYPES, r.disability_type),
  since: r.since,
  source: r.source,
  active: r.active === 1,
});

export const programRecord = (r: Selectable<ProgramMembershipsTable>): T.ProgramRecord => ({
  id: r.id,
  program: coded(ref.PROGRAMS, r.program),
  status: fixed(PROGRAM_STATUS, r.status),
  periodStart: r.period_start,
  periodEnd: r.period_end,
  source: r.source,
});

export const eventRecord = (e: Selectable<CaseEventsTable>): T.CaseEventRecord => ({
  id: e.id,
  at: e.at,
  type: fixed(EVENT_TYPES, e.type),
  fromStatus: maybe(ref.CASE_STATUSES, e.from_status),
  toStatus: maybe(ref.CASE_STATUSES, e.to_status),
  reason: e.reason,
  note: e.note,
  actorName: e.actor_name,
  actorRole: e.actor_role,
});

export const referralRecord = (r: Selectable<ReferralsTable>): T.ReferralRecord => ({
  id: r.id,
  destination: coded(ref.DESTINATIONS, r.destination),
  letterNumber: r.letter_number,
  letterDate: r.letter_date,
  reason: r.reason,
  status: fixed(REFERRAL_STATUS, r.status),
  outcome: outcomeOf(r.outcome),
  outcomeDate: r.outcome_date,
  outcomeNote: r.outcome_note,
});

export const followUpRecord = (f: Selectable<FollowUpsTable>): T.FollowUpRecord => ({
  id: f.id,
  referralId: f.referral_id,
  dueDate: f.due_date,
  doneDate: f.done_date,
  note: f.note,
});

export function caseRecord(
  c: Selectable<CasesTable>,
  personId: string,
  children: Pick<T.CaseRecord, 'events' | 'referrals' | 'followUps'>,
): T.CaseRecord {
  const bySelf = c.reporter_id === personId || (c.reporter_id === null && !c.reporter_name);
  return {
    id: c.id,
    originOfficeId: c.origin_office_id,
    caseNumber: c.case_number,
    kind: coded(ref.CASE_KINDS, c.kind),
    subKind: maybe(ref.COMPLAINT_SUBKINDS, c.sub_kind),
    category: coded(ref.COMPLAINT_CATEGORIES, c.category),
    subCategory: maybe(ref.COMPLAINT_SUBCATEGORIES, c.sub_category),
    channel: coded(ref.SERVICE_CHANNELS, c.channel),
    fastTrack: c.fast_track === 1,
    fastTrackReason: c.fast_track_reason,
    reportedBy: bySelf ? 'warga sendiri' : 'pihak lain',
    description: c.description,
    assignedTo: c.assigned_to,
    status: coded(ref.CASE_STATUSES, c.status),
    desaCode: c.desa_code,
    receivedAt: c.received_at,
    closedAt: c.closed_at,
    ...children,
  };
}
