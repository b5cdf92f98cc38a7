// The steps a case can take, written the way the case handlers write them: status changes, referrals, outcomes.
import { isFinalStatus, requiresReason, type CaseStatus } from '../../../shared/reference/case-status.ts';
import { DESTINATIONS, REFERRAL_OUTCOMES } from '../../../shared/reference/destinations.ts';
import { labelOf } from '../../../shared/reference/list.ts';
import type { CaseEvent, ReferralOutcome } from '../../../shared/types/cases.ts';
import * as cat from './catalog.ts';
import { addDays, isoAt, localDay, type Clock } from './dates.ts';
import { uuidv7At } from './ids.ts';
import type { Rng } from './prng.ts';
import { actorForTransition, caseWorker, type Staff, type StaffRoster } from './staff.ts';
import type { CaseEventRow, CaseRow, Created, FollowUpRow, ReferralRow } from './types.ts';

/*
 * Mirrors electron/core/cases (case-write.ts, referral-write.ts): a referral is TERKIRIM with a
 * follow-up due 14 days after the letter and moves the case to DIRUJUK ('rujukan' event); DITERIMA and
 * DITOLAK are final outcomes (referral SELESAI), DALAM_PROSES and TIDAK_ADA_RESPONS keep it open and
 * schedule the next check 14 days on; any outcome marks the referral's open follow-ups done and moves a
 * DIRUJUK case to MENUNGGU_TINDAK_LANJUT ('hasil_rujukan'); closing a case marks its open follow-ups
 * done and its open referrals SELESAI.
 */

/** A record the flow may change: new ones are inserted as they end up, existing ones updated when touched. */
export interface Tracked<R> {
  row: R;
  createdMs: number;
  isNew: boolean;
  touched: boolean;
}

export interface FlowCase {
  kase: Tracked<CaseRow>;
  referrals: Tracked<ReferralRow>[];
  followUps: Tracked<FollowUpRow>[];
  /** Events this run adds. */
  events: Created<CaseEventRow>[];
  /** Time of the case's latest event. */
  lastMs: number;
}

export interface FlowContext {
  rng: Rng;
  clock: Clock;
  staff: StaffRoster;
  nowMs: number;
  /** Referrals created by this run, numbered once all are known (in letter order). */
  newReferrals: Tracked<ReferralRow>[];
  /** Texts that quote a letter number, filled in once the letters are numbered. */
  afterNumbering: (() => void)[];
}

export const FINAL_OUTCOMES: readonly ReferralOutcome[] = ['DITERIMA', 'DITOLAK'];
const FOLLOW_UP_DAYS = 14;

const touch = <R>(t: Tracked<R>): void => {
  t.touched = true;
};

function addEvent(
  fc: FlowCase,
  ctx: FlowContext,
  atMs: number,
  actor: Staff,
  e: Pick<CaseEventRow, 'type' | 'from_status' | 'to_status' | 'reason' | 'note'>,
): CaseEventRow {
  const row: CaseEventRow = {
    id: uuidv7At(atMs, ctx.rng),
    case_id: fc.kase.row.id,
    at: isoAt(atMs),
    ...e,
    actor_name: actor.name,
    actor_role: actor.role,
  };
  fc.events.push({ row, createdMs: atMs });
  return row;
}

function addFollowUp(
  fc: FlowCase,
  ctx: FlowContext,
  atMs: number,
  referralId: string,
  due: string,
): FollowUpRow {
  const row: FollowUpRow = {
    id: uuidv7At(atMs, ctx.rng),
    case_id: fc.kase.row.id,
    referral_id: referralId,
    due_date: due,
    done_date: null,
    note: null,
  };
  fc.followUps.push({ row, createdMs: atMs, isNew: true, touched: true });
  return row;
}

function completeFollowUps(fc: FlowCase, day: string, referralId: string | null): void {
  for (const f of fc.followUps) {
    if (f.row.done_date === null && (referralId === null || f.row.referral_id === referralId)) {
      f.row.done_date = day;
      touch(f);
    }
  }
}

/** A status change with its event; closing also closes the case's open follow-ups and referrals. */
export function setStatus(
  fc: FlowCase,
  ctx: FlowContext,
  atMs: number,
  to: CaseStatus,
  type: CaseEvent['type'] = 'transisi',
  extra: { reason?: string | null; note?: string | null } = {},
): CaseEventRow {
  const c = fc.kase.row;
  const from = c.status as CaseStatus;
  const actor = actorForTransition(ctx.rng, ctx.staff, from, to);
  const pickReason = (): string =>
    ctx.rng.pick(
      to === 'TIDAK_LAYAK'
        ? cat.NOT_ELIGIBLE_REASONS
        : to === 'DITETAPKAN'
          ? cat.DECISIONS
          : cat.CANCEL_REASONS,
    );
  const reason = extra.reason ?? (requiresReason(to) ? pickReason() : null);
  c.status = to;
  touch(fc.kase);
  if (isFinalStatus(to)) {
    c.closed_at = isoAt(atMs);
    completeFollowUps(fc, localDay(ctx.clock, atMs), null);
    for (const r of fc.referrals) {
      if (r.row.status === 'TERKIRIM') {
        r.row.status = 'SELESAI';
        touch(r);
      }
    }
  }
  return addEvent(fc, ctx, atMs, actor, {
    type,
    from_status: from,
    to_status: to,
    reason,
    note: extra.note ?? null,
  });
}

/** referrals.create: a numbered letter (number filled in later), its follow-up, and the move to DIRUJUK. */
export function refer(fc: FlowCase, ctx: FlowContext, atMs: number): void {
  const { rng } = ctx;
  const c = fc.kase.row;
  const previous = fc.referrals.at(-1)?.row.destination;
  const dest = previous && rng.chance(0.4) ? previous : cat.destination(rng, c.category, c.sub_category);
  const day = localDay(ctx.clock, atMs);
  const row: ReferralRow = {
    id: uuidv7At(atMs, rng),
    case_id: c.id,
    destination: dest,
    letter_number: '',
    letter_date: day,
    reason: cat.referralReason(dest),
    status: 'TERKIRIM',
    outcome: null,
    outcome_date: null,
    outcome_note: null,
  };
  const referral: Tracked<ReferralRow> = { row, createdMs: atMs, isNew: true, touched: true };
  fc.referrals.push(referral);
  ctx.newReferrals.push(referral);
  const followUp = addFollowUp(fc, ctx, atMs, row.id, addDays(day, FOLLOW_UP_DAYS));
  const event = setStatus(fc, ctx, atMs, 'DIRUJUK', 'rujukan', { reason: row.reason });
  ctx.afterNumbering.push(() => {
    followUp.note = `Pantau hasil rujukan ${row.letter_number}.`;
    event.note = `Surat ${row.letter_number} ke ${labelOf(DESTINATIONS, dest)}.`;
  });
}

/** referrals.recordOutcome on the case's latest open referral. */
export function recordOutcome(fc: FlowCase, ctx: FlowContext, atMs: number, outcome: ReferralOutcome): void {
  const referral = [...fc.referrals].reverse().find((r) => r.row.status === 'TERKIRIM');
  if (!referral) return;
  const r = referral.row;
  const day = localDay(ctx.clock, atMs);
  const final = FINAL_OUTCOMES.includes(outcome);
  r.outcome = outcome;
  r.outcome_date = day;
  r.outcome_note = cat.OUTCOME_NOTES[outcome] ?? null;
  r.status = final ? 'SELESAI' : 'TERKIRIM';
  touch(referral);
  completeFollowUps(fc, day, r.id);
  const label = labelOf(REFERRAL_OUTCOMES, outcome);
  const next = final ? null : addFollowUp(fc, ctx, atMs, r.id, addDays(day, FOLLOW_UP_DAYS));
  const event =
    fc.kase.row.status === 'DIRUJUK'
      ? setStatus(fc, ctx, atMs, 'MENUNGGU_TINDAK_LANJUT', 'hasil_rujukan')
      : addEvent(fc, ctx, atMs, caseWorker(ctx.rng, ctx.staff), {
          type: 'hasil_rujukan',
          from_status: null,
          to_status: null,
          reason: null,
          note: null,
        });
  const outcomeNote = r.outcome_note ?? '';
  const fill = (): void => {
    event.note = `Hasil rujukan ${r.letter_number}: ${label}. ${outcomeNote}`.trim();
    if (next) next.note = `Pantau lagi rujukan ${r.letter_number} (${label.toLowerCase()}).`;
  };
  if (r.letter_number) fill();
  else ctx.afterNumbering.push(fill);
}
