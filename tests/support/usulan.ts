// DTSEN proposal helpers for tests: a household with a member, a proposal, one step, a musdes session through the contract.
import { afterAll, beforeAll } from 'vitest';
import type { Input } from '../../shared/api/contract.ts';
import type { Role } from '../../shared/api/roles.ts';
import type { UsulanStep } from '../../shared/reference/usulan.ts';
import type { MusdesSessionDetail } from '../../shared/types/musdes.ts';
import type { UsulanDetail } from '../../shared/types/usulan.ts';
import { as } from './cases.ts';
import { DESA_A, makeNoKk, newPerson } from './persons.ts';
import { openSetUpOffice, tempDir, unwrap, type TestOffice } from './register.ts';
import { DINSOS_SETUP, exportTo, importAll, link, officeIdOf, written } from './sync-network.ts';

/** The musdes session the office's decisions name. */
export const MUSDES = {
  date: '2026-03-05',
  place: 'Balai Desa Uji',
  chair: 'Kepala Desa Uji',
  participants: 24,
};

/** A new household (No KK from `n`) with one member, through the contract as the petugas. */
export async function householdWithMember(
  office: TestOffice,
  n: number,
  person: Partial<Input<'persons.create'>['person']> = {},
): Promise<{ householdId: string; personId: string }> {
  const petugas = await as(office, 'petugas');
  const h = unwrap(
    await office.register.call(petugas, 'households.create', {
      noKk: makeNoKk(n),
      desaCode: DESA_A,
      address: `Jl. Usulan Uji No. ${n}`,
    }),
  );
  const p = unwrap(
    await office.register.call(
      petugas,
      'persons.create',
      newPerson({ name: `Warga Usulan ${n}`, householdId: h.id, ...person }),
    ),
  );
  return { householdId: h.id, personId: p.id };
}

/** An `usul baru` draft about the household (more fields may override). */
export async function proposal(
  office: TestOffice,
  householdId: string,
  more: Partial<Input<'usulan.create'>> = {},
): Promise<UsulanDetail> {
  return unwrap(
    await office.register.call(await as(office, 'petugas'), 'usulan.create', {
      householdId,
      kind: 'usul_baru',
      reason: 'Keluarga miskin belum terdaftar di DTSEN (uji).',
      evidence: ['kk', 'ktp_el'],
      ...more,
    }),
  );
}

/** The raw result of one step taken by `role` (musdes decisions carry the session). */
export async function tryStep(
  office: TestOffice,
  role: Role,
  id: string,
  step: UsulanStep,
  more: Partial<Input<'usulan.transition'>> = {},
) {
  const musdes = step === 'disetujui_musdes' || step === 'ditolak_musdes';
  return office.register.call(await as(office, role), 'usulan.transition', {
    id,
    step,
    ...(musdes ? { session: MUSDES } : {}),
    ...more,
  });
}

/** One step that must succeed. */
export const takeStep = async (
  office: TestOffice,
  role: Role,
  id: string,
  step: UsulanStep,
  more: Partial<Input<'usulan.transition'>> = {},
): Promise<UsulanDetail> => unwrap(await tryStep(office, role, id, step, more));

/** The raw result of recording a musdes of DESA_A (more fields may override) as `role`. */
export async function tryHoldSession(
  office: TestOffice,
  role: Role = 'koordinator',
  more: Partial<Input<'musdes.create'>> = {},
) {
  return office.register.call(await as(office, role), 'musdes.create', {
    kind: 'musdes',
    desaCode: DESA_A,
    heldOn: MUSDES.date,
    place: MUSDES.place,
    chair: MUSDES.chair,
    participants: MUSDES.participants,
    ...more,
  });
}

/** A musdes (or with `more`, an SPTJM or another desa's) that must be recorded. */
export const holdSession = async (
  office: TestOffice,
  more: Partial<Input<'musdes.create'>> = {},
): Promise<MusdesSessionDetail> => unwrap(await tryHoldSession(office, 'koordinator', more));

/** Proposals (each naming its household's one member) ready for the musdes: created and moved to siap musdes. */
export async function readyProposals(
  office: TestOffice,
  numbers: readonly number[],
): Promise<UsulanDetail[]> {
  const out: UsulanDetail[] = [];
  for (const n of numbers) {
    const { householdId, personId } = await householdWithMember(office, n);
    const u = await proposal(office, householdId, { personIds: [personId] });
    out.push(await takeStep(office, 'tksk', u.id, 'siap_musdes'));
  }
  return out;
}

/** Everything `from` has for `to` carried over in bundles and applied there; each bundle's [status, reason]. */
export async function carry(from: TestOffice, to: TestOffice): Promise<[string, string | null][]> {
  const mark = `_to_${officeIdOf(to.register).replaceAll('-', '').slice(-8)}_`;
  const files = written(await exportTo(from.register, tempDir())).filter((f) => f.includes(mark));
  return (await importAll(to.register, files)).map((r) => [r.status, r.reason]);
}

export interface KecamatanAndDinsos {
  k1: TestOffice;
  dinsos: TestOffice;
}

/** A kecamatan and its Dinsos that trust each other: opened before the file's tests, closed after them. */
export function kecamatanAndDinsos(): KecamatanAndDinsos {
  const net = {} as KecamatanAndDinsos;
  beforeAll(async () => {
    net.k1 = await openSetUpOffice();
    net.dinsos = await openSetUpOffice({ setup: DINSOS_SETUP });
    link(net.dinsos.register, [net.k1.register]);
  }, 60_000);
  afterAll(async () => {
    await net.k1.register.close();
    await net.dinsos.dispose();
  });
  return net;
}

/** Proposals made at `office` (households from `numbers`), approved by a musdes, sent, and carried to Dinsos. */
export async function sentToDinsos(
  office: TestOffice,
  dinsos: TestOffice,
  numbers: readonly number[],
): Promise<UsulanDetail[]> {
  const out: UsulanDetail[] = [];
  for (const u of await readyProposals(office, numbers)) {
    await takeStep(office, 'koordinator', u.id, 'disetujui_musdes');
    out.push(await takeStep(office, 'petugas', u.id, 'dikirim'));
  }
  for (const [status, reason] of await carry(office, dinsos)) {
    if (status !== 'applied') throw new Error(`bundle ${status}: ${reason ?? ''}`);
  }
  return out;
}
