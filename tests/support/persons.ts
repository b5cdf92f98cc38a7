// Test helpers for the register: synthetic NIKs built from the rules, person inputs, and contract sample records.
import { v7 } from 'uuid';
import type { Caller } from '../../electron/core/context.ts';
import { getOwnOfficeId } from '../../electron/core/office/office-repo.ts';
import { createWriter } from '../../electron/core/sync/writer.ts';
import type { Input } from '../../shared/api/contract.ts';
import { freshSession, unwrap, type TestOffice } from './register.ts';

/** A desa of Kecamatan Jeruklegi (the test office). */
export const DESA_A = '33.01.08.2001';
/** Another desa of the same kecamatan. */
export const DESA_B = '33.01.08.2002';

/**
 * A synthetic NIK: province 33, kabupaten 01, kecamatan 08, the birth date (day + 40 for women) and a
 * serial. Valid by the offline rules, made up for tests.
 */
export function makeNik(birthDate: string, sex: 'L' | 'P', serial: number): string {
  const [y, m, d] = birthDate.split('-');
  const day = Number(d) + (sex === 'P' ? 40 : 0);
  return `330108${String(day).padStart(2, '0')}${m}${(y ?? '').slice(2)}${String(serial).padStart(4, '0')}`;
}

/** A synthetic No KK: province 33 and a running number. */
export const makeNoKk = (n: number): string => `330108${String(n).padStart(10, '0')}`;

/** A persons.create input with the given person fields on top of a minimal valid person. */
export const newPerson = (
  person: Partial<Input<'persons.create'>['person']>,
  more: Omit<Partial<Input<'persons.create'>>, 'person'> = {},
): Input<'persons.create'> => ({
  person: { name: 'Warga Uji', sex: 'P', desaCode: DESA_A, ...person },
  ...more,
});

/** A fresh session of the role's user at the current test clock. */
export const asRole = (office: TestOffice, role: keyof TestOffice['users']): Promise<Caller> =>
  freshSession(office, office.users[role].id);

/** Records the register contract samples act on. */
export interface RegisterSampleIds {
  personId: string;
  householdId: string;
  ppksAssignmentId: string;
  programMembershipId: string;
  /** A resident only `persons.erase` acts on. */
  erasablePersonId: string;
  /** A new unused No KK on each call. */
  newNoKk(): string;
}

export async function seedRegisterSamples(office: TestOffice): Promise<RegisterSampleIds> {
  const petugas = await asRole(office, 'petugas');
  const call = office.register.call;
  const household = unwrap(
    await call(petugas, 'households.create', {
      noKk: makeNoKk(1),
      desaCode: DESA_A,
      address: 'Jl. Sampel Uji No. 1',
    }),
  );
  const person = unwrap(
    await call(
      petugas,
      'persons.create',
      newPerson({ name: 'Warga Sampel Register', householdId: household.id }),
    ),
  );
  const withPpks = unwrap(
    await call(petugas, 'ppks.assign', {
      personId: person.id,
      category: 'PPKS-24',
      since: '2026-01-05',
      source: 'Uji',
    }),
  );
  const withProgram = unwrap(
    await call(petugas, 'programs.add', {
      personId: person.id,
      program: 'PKH',
      status: 'aktif',
      source: 'Uji',
    }),
  );
  const erasable = unwrap(await call(petugas, 'persons.create', newPerson({ name: 'Warga Sampel Dihapus' })));
  let n = 100;
  return {
    erasablePersonId: erasable.id,
    personId: person.id,
    householdId: household.id,
    ppksAssignmentId: withPpks.ppks[0]?.id ?? '',
    programMembershipId: withProgram.programs[0]?.id ?? '',
    newNoKk: () => makeNoKk(++n),
  };
}

let caseSeq = 0;

/**
 * A case with this person as beneficiary, written straight through the synced writer (independent of
 * the case handlers), optionally with one follow-up. Returns the case id.
 */
export async function insertCase(
  office: TestOffice,
  beneficiaryId: string,
  c: { status?: string; receivedAt?: string; followUp?: { dueDate: string; doneDate?: string | null } } = {},
): Promise<string> {
  const { db, now } = office.register.deps;
  const id = v7({ msecs: now() });
  await db.transaction().execute(async (trx) => {
    const officeId = await getOwnOfficeId(trx);
    if (!officeId) throw new Error('the office is not set up');
    const w = createWriter(trx, officeId, now);
    const seq = ++caseSeq;
    await w.insert('cases', {
      id,
      case_number: `UJI/2026/${seq}`,
      case_year: 2026,
      case_seq: seq,
      kind: 'LAYANAN',
      sub_kind: null,
      category: 'DATA',
      sub_category: null,
      channel: 'DATANG_LANGSUNG',
      fast_track: 0,
      fast_track_reason: null,
      beneficiary_id: beneficiaryId,
      reporter_id: null,
      reporter_name: null,
      description: 'Kasus uji.',
      assigned_to: null,
      status: c.status ?? 'DITERIMA',
      desa_code: DESA_A,
      received_at: c.receivedAt ?? new Date(now()).toISOString(),
      closed_at: null,
    });
    if (c.followUp) {
      await w.insert('follow_ups', {
        id: v7({ msecs: now() }),
        case_id: id,
        referral_id: null,
        due_date: c.followUp.dueDate,
        done_date: c.followUp.doneDate ?? null,
        note: null,
      });
    }
  });
  return id;
}
