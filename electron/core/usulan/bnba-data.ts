// What the berita acara and the BNBA print about a session: the session, its office, each decision, and one BNBA row per person.
import { labelOf, OCCUPATIONS, SEXES } from '../../../shared/reference/index.ts';
import { USULAN_KIND_LABELS, type UsulanKind } from '../../../shared/reference/usulan.ts';
import type { MusdesDecision } from '../../../shared/reference/musdes.ts';
import type { OfficeInfo } from '../../../shared/types/office.ts';
import type { MusdesSession } from '../../../shared/types/musdes.ts';
import type { DbOrTrx } from '../db/database.ts';
import { CoreError } from '../errors.ts';
import { getOffice } from '../office/office-repo.ts';
import { getSession } from './musdes-read.ts';

/** One line of the BNBA (by name by address), in the columns offices use. */
export interface BnbaRow {
  no: number;
  personId: string;
  nik: string;
  noKk: string;
  headName: string;
  name: string;
  sex: string;
  birthDate: string;
  members: number;
  address: string;
  rt: string;
  rw: string;
  occupation: string;
  kind: string;
  reason: string;
}

export const BNBA_HEADERS = [
  'No',
  'NIK',
  'No KK',
  'Nama Kepala Keluarga',
  'Nama',
  'Jenis Kelamin',
  'Tanggal Lahir',
  'Jumlah Anggota Keluarga',
  'Alamat',
  'RT',
  'RW',
  'Pekerjaan',
  'Jenis Usulan',
  'Alasan',
] as const;

export interface DecisionLine {
  usulanId: string;
  headName: string;
  noKk: string;
  kind: string;
  decision: MusdesDecision;
  reason: string | null;
  /** The persons the proposal concerns (its head when it names none): whose data the printout carries. */
  personIds: string[];
}

export interface SessionDocData {
  session: MusdesSession;
  office: OfficeInfo;
  decisions: DecisionLine[];
  /** The approved proposals' persons: the BNBA sent with the berita acara. */
  bnba: BnbaRow[];
}

interface PersonLine {
  id: string;
  household_id: string | null;
  nik: string | null;
  name: string;
  sex: string;
  birth_date: string | null;
  relationship: string | null;
  occupation: string | null;
}

/** The persons a proposal concerns, or when it names none, its household's head (or first member). */
export async function personsOf(
  db: DbOrTrx,
  householdId: string,
  personIdsJson: string,
): Promise<PersonLine[]> {
  const members = await db
    .selectFrom('persons')
    .select(['id', 'household_id', 'nik', 'name', 'sex', 'birth_date', 'relationship', 'occupation'])
    .where('household_id', '=', householdId)
    .where('deleted', '=', 0)
    .orderBy('id')
    .execute();
  const named: unknown = JSON.parse(personIdsJson);
  const ids = Array.isArray(named) ? named.filter((x): x is string => typeof x === 'string') : [];
  if (ids.length > 0) return members.filter((m) => ids.includes(m.id));
  const head = members.find((m) => m.relationship === 'KEPALA_KELUARGA') ?? members[0];
  return head ? [head] : [];
}

/** Everything the session's documents print; Dinsos reads another office's session the same way. */
export async function sessionDocData(db: DbOrTrx, sessionId: string): Promise<SessionDocData> {
  const detail = await getSession(db, sessionId, { officeId: '', role: null });
  const office = await getOffice(db, detail.officeId);
  if (!office) throw new CoreError('NOT_FOUND', 'Data kantor yang mencatat musdes tidak ditemukan.');
  const applied = detail.decisions.filter((d) => d.applied);
  const decisions: DecisionLine[] = [];
  const bnba: BnbaRow[] = [];
  for (const d of applied) {
    const u = await db
      .selectFrom('usulan as u')
      .innerJoin('households as h', 'h.id', 'u.household_id')
      .select(['u.household_id', 'u.person_ids', 'u.kind', 'u.reason', 'h.address', 'h.rt', 'h.rw'])
      .where('u.id', '=', d.usulan.id)
      .executeTakeFirst();
    if (!u) continue;
    const persons = await personsOf(db, u.household_id, u.person_ids);
    decisions.push({
      usulanId: d.usulan.id,
      headName: d.usulan.headName,
      noKk: d.usulan.noKk,
      kind: USULAN_KIND_LABELS[d.usulan.kind],
      decision: d.decision,
      reason: d.reason,
      personIds: persons.map((p) => p.id),
    });
    if (d.decision !== 'disetujui_musdes') continue;
    const members = await db
      .selectFrom('persons')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('household_id', '=', u.household_id)
      .where('deleted', '=', 0)
      .executeTakeFirst();
    for (const p of persons) {
      bnba.push({
        no: bnba.length + 1,
        personId: p.id,
        nik: p.nik ?? '',
        noKk: d.usulan.noKk,
        headName: d.usulan.headName,
        name: p.name,
        sex: labelOf(SEXES, p.sex),
        birthDate: p.birth_date ?? '',
        members: Number(members?.n ?? 0),
        address: u.address,
        rt: u.rt ?? '',
        rw: u.rw ?? '',
        occupation: p.occupation ? labelOf(OCCUPATIONS, p.occupation) : '',
        kind: USULAN_KIND_LABELS[u.kind as UsulanKind] ?? u.kind,
        reason: u.reason,
      });
    }
  }
  return { session: detail, office, decisions, bnba };
}

/** A BNBA row as the cells of a table (PDF) in header order. */
export const bnbaCells = (r: BnbaRow, day: (iso: string) => string): string[] => [
  String(r.no),
  r.nik,
  r.noKk,
  r.headName,
  r.name,
  r.sex,
  r.birthDate ? day(r.birthDate) : '',
  String(r.members),
  r.address,
  r.rt,
  r.rw,
  r.occupation,
  r.kind,
  r.reason,
];
