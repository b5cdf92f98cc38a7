// The core's use of the case state machine: who acts, which refusals are FORBIDDEN or VALIDATION, referral entry.
import type { HandlerContext } from '../context.ts';
import { CoreError } from '../errors.ts';
import type { Role } from '../../../shared/api/roles.ts';
import {
  CASE_TRANSITIONS,
  canTransition,
  caseStatusLabel,
  checkTransition,
  isFinalStatus,
  nextStatuses,
  requiresReason,
  type CaseStatus,
} from '../../../shared/reference/case-status.ts';
import type { AllowedTransition } from '../../../shared/types/cases.ts';

/*
 * Rules on top of shared/reference/case-status.ts:
 * - A refusal because of the caller's role (the step exists but belongs to other roles) is FORBIDDEN;
 *   any other refusal (no such step, a closed case, a missing reason) is VALIDATION.
 * - DIRUJUK is entered only by referrals.create, never by a bare status change: a case marked
 *   "dirujuk" without a numbered letter and its follow-up could not be tracked. So it is left out of
 *   allowedTransitions; CaseDetail.canRefer says whether the caller may create a referral now.
 * - A further referral while the case is already DIRUJUK (a second destination) is allowed to the
 *   roles that may refer at all and does not change the status.
 */

/** Statuses only other commands may enter (see above). */
export const NOT_BY_HAND: readonly CaseStatus[] = ['DIRUJUK'];

export interface Actor {
  name: string;
  role: Role;
}

/** The signed-in person doing case work; the CLI's system account records no case decisions. */
export function actorOf(ctx: Pick<HandlerContext, 'user'>): Actor {
  if (!ctx.user) {
    throw new CoreError(
      'FORBIDDEN',
      'Pekerjaan kasus harus dicatat oleh pengguna yang masuk dengan akunnya sendiri.',
    );
  }
  return { name: ctx.user.fullName, role: ctx.user.role };
}

const stepExists = (from: CaseStatus, to: CaseStatus): boolean =>
  CASE_TRANSITIONS.some((t) => t.from === from && t.to === to);

/** Throws the right CoreError when `role` may not move a case from `from` to `to` (with `reason`). */
export function assertTransition(from: CaseStatus, to: CaseStatus, role: Role, reason: string | null): void {
  const check = checkTransition({ from, to, role, reason });
  if (check.ok) return;
  const byRole =
    role === 'pengamat' ||
    (stepExists(from, to) && !isFinalStatus(from) && !canTransition(from, to, role).ok);
  if (byRole) throw new CoreError('FORBIDDEN', check.message);
  const field = requiresReason(to) && !reason?.trim() ? 'reason' : 'to';
  const fields: Record<string, string> = { [field]: check.message };
  throw new CoreError('VALIDATION', check.message, { fields });
}

/** The status changes the role may make by hand from `status` (for the case screen's buttons). */
export const manualTransitions = (status: CaseStatus, role: Role): AllowedTransition[] =>
  nextStatuses(status, role)
    .filter((to) => !NOT_BY_HAND.includes(to))
    .map((to) => ({ to, requiresReason: requiresReason(to) }));

/** Refuses a bare status change to a status that belongs to another command. */
export function assertByHand(to: CaseStatus): void {
  if (NOT_BY_HAND.includes(to)) {
    throw new CoreError(
      'VALIDATION',
      `Status ${caseStatusLabel(to)} dicatat dengan membuat surat rujukan, bukan dengan mengubah status langsung.`,
      { fields: { to: 'Buat rujukan untuk kasus ini.' } },
    );
  }
}

/** Roles that may make some step into DIRUJUK: the ones that may write referral letters. */
const REFERRING_ROLES: readonly Role[] = [
  ...new Set(CASE_TRANSITIONS.filter((t) => t.to === 'DIRUJUK').flatMap((t) => t.roles)),
];

/** Whether a referral may be created now; `moves` says whether it changes the status to DIRUJUK. */
export function referralEntry(
  status: CaseStatus,
  role: Role,
): { ok: true; moves: boolean } | { ok: false; error: CoreError } {
  if (status === 'DIRUJUK') {
    if (REFERRING_ROLES.includes(role)) return { ok: true, moves: false };
    return {
      ok: false,
      error: new CoreError(
        'FORBIDDEN',
        `Surat rujukan hanya dapat dibuat oleh ${REFERRING_ROLES.join(' atau ')}.`,
      ),
    };
  }
  const check = checkTransition({ from: status, to: 'DIRUJUK', role });
  if (check.ok) return { ok: true, moves: true };
  if (stepExists(status, 'DIRUJUK') || role === 'pengamat') {
    return { ok: false, error: new CoreError('FORBIDDEN', check.message) };
  }
  const from = caseStatusLabel(status);
  const message = isFinalStatus(status)
    ? `Kasus berstatus ${from} sudah ditutup; rujukan tidak dapat dibuat.`
    : `Rujukan belum dapat dibuat: kasus berstatus ${from}. Rujukan dibuat setelah penetapan layanan oleh koordinator (status Ditetapkan), atau untuk merujuk ulang (status Menunggu tindak lanjut).`;
  return { ok: false, error: new CoreError('VALIDATION', message, { fields: { caseId: message } }) };
}
