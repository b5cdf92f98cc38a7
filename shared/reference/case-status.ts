// Case state machine (DOMAIN.md's proposal) as pure data: statuses, allowed transitions per role, reason rules.
import type { Role } from '../api/roles.ts';
import { defineList, type ReferenceItem } from './list.ts';

/*
 * Main flow (DOMAIN.md):
 *   DITERIMA → SELESAI_DI_FO                      (resolved at the desk)
 *   DITERIMA → VERIFIKASI ⇄ BERKAS_BELUM_LENGKAP
 *            → ASESMEN → REKOMENDASI → DITETAPKAN → DIRUJUK → MENUNGGU_TINDAK_LANJUT → SELESAI
 *
 * Decisions taken here (the DOMAIN flow is a proposal; these fill its gaps):
 * - Two loops back: REKOMENDASI → ASESMEN (the koordinator, or the drafting petugas, sends a
 *   recommendation back for another look) and MENUNGGU_TINDAK_LANJUT → DIRUJUK (the program refused
 *   or never answered: refer again, to the same or another destination).
 * - TIDAK_LAYAK (reason required) is an eligibility judgement, so it is possible only where
 *   eligibility is actually examined: from VERIFIKASI (documents or DTSEN show the person does not
 *   qualify) and ASESMEN (home visit) by petugas or koordinator, and from REKOMENDASI by the
 *   koordinator alone (deciding against the recommendation is a penetapan). Not from DITERIMA
 *   (nothing examined yet), not from BERKAS_BELUM_LENGKAP (missing papers are not ineligibility:
 *   return to VERIFIKASI first), and not after DITETAPKAN (once decided, a program's refusal is a
 *   referral outcome, not the office's judgement).
 * - DIBATALKAN (duplicate or withdrawn, reason required) is possible from every open status,
 *   because a duplicate or a withdrawal can surface at any time. Before penetapan petugas and
 *   koordinator may cancel (a TKSK only from DITERIMA, e.g. a duplicate they typed in); from
 *   DITETAPKAN on only the koordinator, since cancelling undoes their decision or letter.
 * - Final statuses (SELESAI_DI_FO, SELESAI, TIDAK_LAYAK, DIBATALKAN) have no way out: a resident who
 *   needs more gets a new case, so closing times and monthly reports never change after the fact.
 * - Roles: penetapan (REKOMENDASI → DITETAPKAN) only by the koordinator; petugas and koordinator run
 *   the rest of the flow; the TKSK may close a case on the spot during outreach and records the
 *   follow-up of referrals (DIRUJUK → MENUNGGU_TINDAK_LANJUT → SELESAI) because TKSK escort
 *   programs; admin administers the system and does no case work (one account per person and
 *   role); pengamat is read-only and never changes a status.
 */

export const CASE_STATUS_CODES = [
  'DITERIMA',
  'SELESAI_DI_FO',
  'VERIFIKASI',
  'BERKAS_BELUM_LENGKAP',
  'ASESMEN',
  'REKOMENDASI',
  'DITETAPKAN',
  'DIRUJUK',
  'MENUNGGU_TINDAK_LANJUT',
  'SELESAI',
  'TIDAK_LAYAK',
  'DIBATALKAN',
] as const;
export type CaseStatus = (typeof CASE_STATUS_CODES)[number];

export interface CaseStatusItem extends ReferenceItem {
  readonly code: CaseStatus;
  /** A closed case: no transition leaves it. */
  readonly final: boolean;
}

export const CASE_STATUSES = defineList<CaseStatusItem>(
  'status_kasus',
  1,
  'Alur layanan SLRT (usulan DOMAIN)',
  [
    { code: 'DITERIMA', label: 'Diterima', final: false },
    { code: 'SELESAI_DI_FO', label: 'Selesai di front office', final: true },
    { code: 'VERIFIKASI', label: 'Verifikasi', final: false },
    { code: 'BERKAS_BELUM_LENGKAP', label: 'Berkas belum lengkap', final: false },
    { code: 'ASESMEN', label: 'Asesmen', final: false },
    { code: 'REKOMENDASI', label: 'Rekomendasi', final: false },
    { code: 'DITETAPKAN', label: 'Ditetapkan', final: false },
    { code: 'DIRUJUK', label: 'Dirujuk', final: false },
    { code: 'MENUNGGU_TINDAK_LANJUT', label: 'Menunggu tindak lanjut', final: false },
    { code: 'SELESAI', label: 'Selesai', final: true },
    { code: 'TIDAK_LAYAK', label: 'Tidak layak', final: true },
    { code: 'DIBATALKAN', label: 'Dibatalkan', final: true },
  ],
);

export interface CaseTransition {
  readonly from: CaseStatus;
  readonly to: CaseStatus;
  readonly roles: readonly Role[];
}

const STAFF: readonly Role[] = ['petugas', 'koordinator'];
const STAFF_TKSK: readonly Role[] = ['petugas', 'koordinator', 'tksk'];
const KOORDINATOR: readonly Role[] = ['koordinator'];

const t = (from: CaseStatus, to: CaseStatus, roles: readonly Role[]): CaseTransition => ({ from, to, roles });

export const CASE_TRANSITIONS: readonly CaseTransition[] = Object.freeze([
  t('DITERIMA', 'SELESAI_DI_FO', STAFF_TKSK),
  t('DITERIMA', 'VERIFIKASI', STAFF),
  t('DITERIMA', 'DIBATALKAN', STAFF_TKSK),
  t('VERIFIKASI', 'BERKAS_BELUM_LENGKAP', STAFF),
  t('VERIFIKASI', 'ASESMEN', STAFF),
  t('VERIFIKASI', 'TIDAK_LAYAK', STAFF),
  t('VERIFIKASI', 'DIBATALKAN', STAFF),
  t('BERKAS_BELUM_LENGKAP', 'VERIFIKASI', STAFF),
  t('BERKAS_BELUM_LENGKAP', 'DIBATALKAN', STAFF),
  t('ASESMEN', 'REKOMENDASI', STAFF),
  t('ASESMEN', 'TIDAK_LAYAK', STAFF),
  t('ASESMEN', 'DIBATALKAN', STAFF),
  t('REKOMENDASI', 'DITETAPKAN', KOORDINATOR),
  t('REKOMENDASI', 'ASESMEN', STAFF),
  t('REKOMENDASI', 'TIDAK_LAYAK', KOORDINATOR),
  t('REKOMENDASI', 'DIBATALKAN', STAFF),
  t('DITETAPKAN', 'DIRUJUK', STAFF),
  t('DITETAPKAN', 'DIBATALKAN', KOORDINATOR),
  t('DIRUJUK', 'MENUNGGU_TINDAK_LANJUT', STAFF_TKSK),
  t('DIRUJUK', 'DIBATALKAN', KOORDINATOR),
  t('MENUNGGU_TINDAK_LANJUT', 'SELESAI', STAFF_TKSK),
  t('MENUNGGU_TINDAK_LANJUT', 'DIRUJUK', STAFF),
  t('MENUNGGU_TINDAK_LANJUT', 'DIBATALKAN', KOORDINATOR),
]);

const ROLE_LABELS: Record<Role, string> = {
  admin: 'admin',
  petugas: 'petugas',
  koordinator: 'koordinator',
  tksk: 'TKSK',
  pengamat: 'pengamat',
};

export type TransitionCheck = { ok: true } | { ok: false; message: string };

export function isCaseStatus(value: string): value is CaseStatus {
  return (CASE_STATUS_CODES as readonly string[]).includes(value);
}

export function caseStatusLabel(status: string): string {
  return CASE_STATUSES.items.find((s) => s.code === status)?.label ?? status;
}

export function isFinalStatus(status: CaseStatus): boolean {
  return CASE_STATUSES.items.some((s) => s.code === status && s.final);
}

/**
 * Moving to these statuses needs written text, recorded with who and when like every transition: the
 * reason for TIDAK_LAYAK and DIBATALKAN, the decision itself (which service, for whom) for DITETAPKAN.
 */
export function requiresReason(to: CaseStatus): boolean {
  return to === 'TIDAK_LAYAK' || to === 'DIBATALKAN' || isDecision(to);
}

/** The penetapan: the text it needs is the koordinator's decision, not a reason. */
export function isDecision(to: CaseStatus): boolean {
  return to === 'DITETAPKAN';
}

function joinRoles(roles: readonly Role[]): string {
  const names = roles.map((r) => ROLE_LABELS[r]);
  return names.length <= 1
    ? (names[0] ?? '')
    : `${names.slice(0, -1).join(', ')} atau ${names[names.length - 1]}`;
}

/** Whether `role` may move a case from `from` to `to`; the refusal says why, in Bahasa Indonesia. */
export function canTransition(from: CaseStatus, to: CaseStatus, role: Role): TransitionCheck {
  for (const s of [from, to]) {
    if (!isCaseStatus(s)) return { ok: false, message: `Status kasus "${s}" tidak dikenal.` };
  }
  if (role === 'pengamat') {
    return {
      ok: false,
      message: 'Peran pengamat hanya dapat melihat data dan tidak dapat mengubah status kasus.',
    };
  }
  const fromLabel = caseStatusLabel(from);
  const toLabel = caseStatusLabel(to);
  if (from === to) return { ok: false, message: `Kasus sudah berstatus ${fromLabel}.` };
  if (isFinalStatus(from)) {
    return {
      ok: false,
      message: `Kasus berstatus ${fromLabel} sudah ditutup dan tidak dapat diubah. Catat kasus baru bila warga memerlukan layanan lanjutan.`,
    };
  }
  const transition = CASE_TRANSITIONS.find((x) => x.from === from && x.to === to);
  if (!transition)
    return { ok: false, message: `Status kasus tidak dapat diubah dari ${fromLabel} ke ${toLabel}.` };
  if (!transition.roles.includes(role)) {
    return {
      ok: false,
      message: `Perubahan status dari ${fromLabel} ke ${toLabel} hanya dapat dilakukan oleh ${joinRoles(transition.roles)}.`,
    };
  }
  return { ok: true };
}

/** The statuses `role` may move a case in `from` to, in the table's order (for the UI's buttons). */
export function nextStatuses(from: CaseStatus, role: Role): CaseStatus[] {
  return CASE_TRANSITIONS.filter((x) => x.from === from && canTransition(from, x.to, role).ok).map(
    (x) => x.to,
  );
}

/** canTransition plus the reason rule: what the core checks before recording a transition. */
export function checkTransition(input: {
  from: CaseStatus;
  to: CaseStatus;
  role: Role;
  reason?: string | null;
}): TransitionCheck {
  const allowed = canTransition(input.from, input.to, input.role);
  if (!allowed.ok) return allowed;
  if (requiresReason(input.to) && !input.reason?.trim()) {
    const what = isDecision(input.to) ? 'Keputusan (layanan yang ditetapkan)' : 'Alasan';
    return { ok: false, message: `${what} wajib diisi untuk status ${caseStatusLabel(input.to)}.` };
  }
  return { ok: true };
}
