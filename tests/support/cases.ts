// Test helpers for case work: synthetic persons, a case driven to any status through the dispatch, sample ids.
import { v7 } from 'uuid';
import type { Register } from '../../electron/core/register.ts';
import type { Caller } from '../../electron/core/context.ts';
import { createWriter } from '../../electron/core/sync/writer.ts';
import { getOwnOfficeId } from '../../electron/core/office/office-repo.ts';
import type { Input } from '../../shared/api/contract.ts';
import type { CaseStatus } from '../../shared/reference/case-status.ts';
import { normalizeName } from '../../shared/text/normalize-name.ts';
import { localDay, type OfficeZone } from '../../shared/time/office-zone.ts';
import type { CaseDetail } from '../../shared/types/cases.ts';
import type { Role } from '../../shared/api/roles.ts';
import { freshSession, unwrap, type TestOffice } from './register.ts';

/** A desa of Kecamatan Jeruklegi (the test office), for synthetic persons. */
export const TEST_DESA = '33.01.08.2001';

export interface TestPersonFields {
  name: string;
  sex?: 'L' | 'P';
  desaCode?: string;
  deleted?: boolean;
}

/** A synthetic person's row (no NIK, no address), as the synced writer takes it. */
export const personRow = (id: string, f: TestPersonFields) => ({
  id,
  household_id: null,
  nik: null,
  name: f.name,
  name_norm: normalizeName(f.name),
  sex: f.sex ?? 'P',
  birth_place: null,
  birth_date: null,
  relationship: null,
  religion: null,
  marital_status: null,
  education: null,
  occupation: null,
  disability_types: '[]',
  padan_dukcapil: 'unknown',
  dtsen_status: 'tidak_diketahui',
  phone: null,
  desa_code: f.desaCode ?? TEST_DESA,
  nik_override_reason: null,
  notes: null,
});

/**
 * Inserts a synthetic person straight through the synced writer (no NIK, no address), as the register
 * would hold one; independent of the persons handlers. Returns the id.
 */
export async function insertPerson(register: Register, f: TestPersonFields): Promise<string> {
  const { db, now } = register.deps;
  const id = v7({ msecs: now() });
  await db.transaction().execute(async (trx) => {
    const officeId = await getOwnOfficeId(trx);
    if (!officeId) throw new Error('the office is not set up');
    const w = createWriter(trx, officeId, now);
    await w.insert('persons', personRow(id, f));
    if (f.deleted) await w.remove('persons', id);
  });
  return id;
}

/** The office's calendar day at the test clock (the default office, Jeruklegi, is WIB). */
export const todayOf = (office: TestOffice, zone: OfficeZone = 'Asia/Jakarta'): string =>
  localDay(office.clock.ms, zone);

/** A valid cases.create input for a beneficiary: a LAYANAN about DTSEN data, walk-in. */
export const intake = (
  beneficiaryId: string,
  more: Partial<Input<'cases.create'>> = {},
): Input<'cases.create'> => ({
  kind: 'LAYANAN',
  category: 'DATA',
  subCategory: 'DATA_TIDAK_TERDAFTAR',
  channel: 'DATANG_LANGSUNG',
  beneficiaryId,
  description: 'Warga meminta didaftarkan ke DTSEN (data uji).',
  ...more,
});

type Step = (o: TestOffice, id: string) => Promise<CaseDetail>;

const move =
  (to: CaseStatus, role: 'petugas' | 'koordinator' = 'petugas', reason: string | null = null): Step =>
  async (o, id) =>
    unwrap(await o.register.call(await as(o, role), 'cases.transition', { id, to, reason }));

const refer: Step = async (o, id) =>
  unwrap(
    await o.register.call(await as(o, 'petugas'), 'referrals.create', {
      caseId: id,
      destination: 'PKH',
      reason: 'Keluarga dengan anak sekolah dan ibu hamil (data uji).',
    }),
  );

const answer: Step = async (o, id) => {
  const c = unwrap(await o.register.call(await as(o, 'petugas'), 'cases.get', { id }));
  const open = c.referrals.find((r) => r.status === 'TERKIRIM');
  if (!open) throw new Error('no open referral');
  return unwrap(
    await o.register.call(await as(o, 'petugas'), 'referrals.recordOutcome', {
      id: open.id,
      outcome: 'DALAM_PROSES',
      outcomeDate: todayOf(o),
    }),
  );
};

const TO_VERIFIKASI = [move('VERIFIKASI')];
const TO_REKOMENDASI = [...TO_VERIFIKASI, move('ASESMEN'), move('REKOMENDASI')];
const TO_DITETAPKAN = [
  ...TO_REKOMENDASI,
  move('DITETAPKAN', 'koordinator', 'Ditetapkan: diusulkan ke PKH (uji).'),
];
const TO_MENUNGGU = [...TO_DITETAPKAN, refer, answer];

/** The steps, each by a role allowed to take it, that bring a new case to every status. */
export const PATH_TO: Record<CaseStatus, Step[]> = {
  DITERIMA: [],
  SELESAI_DI_FO: [move('SELESAI_DI_FO')],
  DIBATALKAN: [move('DIBATALKAN', 'petugas', 'Duplikat kasus lain (uji).')],
  VERIFIKASI: TO_VERIFIKASI,
  BERKAS_BELUM_LENGKAP: [...TO_VERIFIKASI, move('BERKAS_BELUM_LENGKAP')],
  TIDAK_LAYAK: [...TO_VERIFIKASI, move('TIDAK_LAYAK', 'petugas', 'Tidak memenuhi kriteria (uji).')],
  ASESMEN: [...TO_VERIFIKASI, move('ASESMEN')],
  REKOMENDASI: TO_REKOMENDASI,
  DITETAPKAN: TO_DITETAPKAN,
  DIRUJUK: [...TO_DITETAPKAN, refer],
  MENUNGGU_TINDAK_LANJUT: TO_MENUNGGU,
  SELESAI: [...TO_MENUNGGU, move('SELESAI')],
};

/** A new case (registered by the petugas) brought to `status` through the dispatch. */
export async function caseIn(
  office: TestOffice,
  status: CaseStatus,
  beneficiaryId: string,
  more: Partial<Input<'cases.create'>> = {},
): Promise<CaseDetail> {
  let c = unwrap(
    await office.register.call(await as(office, 'petugas'), 'cases.create', intake(beneficiaryId, more)),
  );
  for (const step of PATH_TO[status]) c = await step(office, c.id);
  if (c.status !== status) throw new Error(`expected ${status}, got ${c.status}`);
  return c;
}

/** Ids the contract samples act on: one record per mutating sample, so each can succeed once. */
export interface CaseSampleIds {
  today: string;
  personId: string;
  /** DITERIMA: the cases.transition sample moves it to VERIFIKASI. */
  caseToMove: string;
  /** DITERIMA: notes and follow-ups. */
  caseForNotes: string;
  /** DITETAPKAN: the referrals.create sample refers it. */
  caseToRefer: string;
  /** An open referral for the referrals.recordOutcome sample. */
  referralId: string;
  /** An open follow-up (not a referral's) for the followUps.complete sample. */
  followUpId: string;
}

export async function seedCaseSamples(office: TestOffice): Promise<CaseSampleIds> {
  const today = todayOf(office);
  const personId = await insertPerson(office.register, { name: 'Warga Sampel Kontrak' });
  const caseToMove = (await caseIn(office, 'DITERIMA', personId)).id;
  const caseForNotes = (await caseIn(office, 'DITERIMA', personId)).id;
  const caseToRefer = (await caseIn(office, 'DITETAPKAN', personId)).id;
  const referred = await caseIn(office, 'DIRUJUK', personId);
  const referralId = referred.referrals[0]?.id ?? '';
  const withFollowUp = unwrap(
    await office.register.call(await as(office, 'petugas'), 'followUps.create', {
      caseId: caseForNotes,
      dueDate: today,
    }),
  );
  const followUpId = withFollowUp.followUps[0]?.id ?? '';
  return { today, personId, caseToMove, caseForNotes, caseToRefer, referralId, followUpId };
}

/**
 * A new session of the role's user at the current test clock: tests move the clock by days, and a
 * session idle that long is locked by the dispatch.
 */
export const as = (office: TestOffice, role: Role): Promise<Caller> =>
  freshSession(office, office.users[role].id);
