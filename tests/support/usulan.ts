// DTSEN proposal helpers for tests: a household with a member, a proposal about it, and one step through the contract.
import type { Input } from '../../shared/api/contract.ts';
import type { Role } from '../../shared/api/roles.ts';
import type { UsulanStep } from '../../shared/reference/usulan.ts';
import type { UsulanDetail } from '../../shared/types/usulan.ts';
import { as } from './cases.ts';
import { DESA_A, makeNoKk, newPerson } from './persons.ts';
import { unwrap, type TestOffice } from './register.ts';

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
      newPerson({ name: `Warga Usulan ${n}`, householdId: h.id }),
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
