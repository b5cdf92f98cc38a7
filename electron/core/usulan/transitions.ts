// The usulan state machine: which step may follow which state, at which kind of office, by which roles.
import type { OfficeType, Role } from '../../../shared/api/roles.ts';
import {
  FINAL_USULAN_STATES,
  STEPS_NEEDING_REASON,
  USULAN_STATE_LABELS,
  type UsulanState,
  type UsulanStep,
} from '../../../shared/reference/usulan.ts';

/** Where a step is taken: the office that owns the proposal (desa or kecamatan) or Dinsos. */
export type StepSide = 'office' | 'dinsos';

export interface UsulanTransition {
  step: UsulanStep;
  from: readonly UsulanState[];
  side: StepSide;
  roles: readonly Role[];
}

/** Case workers prepare proposals; decisions recorded for the office are the coordinator's and the petugas's. */
const PREPARERS: readonly Role[] = ['petugas', 'koordinator', 'tksk'];
const DECIDERS: readonly Role[] = ['petugas', 'koordinator'];
/** At Dinsos the verifikator (petugas) checks; forwarding to the national system is the head's (koordinator). */
const VERIFIERS: readonly Role[] = ['petugas', 'koordinator'];
const HEAD: readonly Role[] = ['koordinator'];

/*
 * draft → siap musdes → disetujui / ditolak musdes → dikirim → diverifikasi | dikembalikan → diteruskan →
 * hasil diterima (desil, effective date) | hasil ditolak. A returned proposal is completed and sent again
 * (the musdes already approved it). The office may withdraw a proposal until Dinsos forwards it.
 */
export const USULAN_TRANSITIONS: readonly UsulanTransition[] = [
  { step: 'siap_musdes', from: ['draft'], side: 'office', roles: PREPARERS },
  { step: 'disetujui_musdes', from: ['siap_musdes'], side: 'office', roles: DECIDERS },
  { step: 'ditolak_musdes', from: ['siap_musdes'], side: 'office', roles: DECIDERS },
  { step: 'dikirim', from: ['disetujui_musdes', 'dikembalikan'], side: 'office', roles: DECIDERS },
  {
    step: 'ditarik',
    from: ['draft', 'siap_musdes', 'disetujui_musdes', 'dikirim', 'dikembalikan', 'diverifikasi'],
    side: 'office',
    roles: HEAD,
  },
  { step: 'diverifikasi', from: ['dikirim'], side: 'dinsos', roles: VERIFIERS },
  { step: 'dikembalikan', from: ['dikirim', 'diverifikasi'], side: 'dinsos', roles: VERIFIERS },
  { step: 'diteruskan', from: ['diverifikasi'], side: 'dinsos', roles: HEAD },
  { step: 'hasil_diterima', from: ['diteruskan'], side: 'dinsos', roles: VERIFIERS },
  { step: 'hasil_ditolak', from: ['diteruskan'], side: 'dinsos', roles: VERIFIERS },
];

export const sideOf = (type: OfficeType | string): StepSide => (type === 'dinsos' ? 'dinsos' : 'office');

const transitionOf = (step: UsulanStep): UsulanTransition => {
  const t = USULAN_TRANSITIONS.find((x) => x.step === step);
  if (!t) throw new Error(`Langkah usulan tidak dikenal: ${step}`);
  return t;
};

/** True when the step may follow the state (whoever takes it): how the derived state replays steps. */
export const follows = (state: UsulanState, step: UsulanStep): boolean =>
  USULAN_TRANSITIONS.find((x) => x.step === step)?.from.includes(state) ?? false;

export const needsReason = (step: UsulanStep): boolean => STEPS_NEEDING_REASON.includes(step);

export type StepCheck = { ok: true } | { ok: false; kind: 'FORBIDDEN' | 'VALIDATION'; message: string };

const label = (s: UsulanState): string => USULAN_STATE_LABELS[s].toLowerCase();

/** Whether `role` at an office of `side` may take `step` from `state`; the refusal in Bahasa Indonesia. */
export function checkStep(state: UsulanState, step: UsulanStep, side: StepSide, role: Role): StepCheck {
  const t = transitionOf(step);
  if (t.side !== side) {
    return {
      ok: false,
      kind: 'FORBIDDEN',
      message:
        t.side === 'dinsos'
          ? `Langkah "${label(step)}" hanya dicatat oleh Dinas Sosial.`
          : `Langkah "${label(step)}" dicatat oleh kantor yang mengusulkan, bukan oleh Dinas Sosial.`,
    };
  }
  if (FINAL_USULAN_STATES.includes(state)) {
    return {
      ok: false,
      kind: 'VALIDATION',
      message: `Usulan sudah selesai (${label(state)}); buat usulan baru bila perlu.`,
    };
  }
  if (!t.from.includes(state)) {
    return {
      ok: false,
      kind: 'VALIDATION',
      message: `Usulan berstatus "${label(state)}" tidak bisa langsung menjadi "${label(step)}".`,
    };
  }
  if (!t.roles.includes(role)) {
    return {
      ok: false,
      kind: 'FORBIDDEN',
      message: `Peran ${role} tidak boleh mencatat langkah "${label(step)}".`,
    };
  }
  return { ok: true };
}

/** The steps `role` at a `side` office may take from `state` (the buttons the screen shows). */
export const allowedSteps = (state: UsulanState, side: StepSide, role: Role): UsulanStep[] =>
  USULAN_TRANSITIONS.filter((t) => checkStep(state, t.step, side, role).ok).map((t) => t.step);
