// Moves a case along the SLRT state machine in time: which step comes next, when, and walking until now.
import type { CaseStatus } from '../../../shared/reference/case-status.ts';
import type { ReferralOutcome } from '../../../shared/types/cases.ts';
import { recordOutcome, refer, setStatus, type FlowCase, type FlowContext } from './case-steps.ts';
import { DAY_MS, MINUTE_MS, officeHoursOn } from './dates.ts';
import type { Rng } from './prng.ts';
import type { CaseRow } from './types.ts';

export type { FlowCase, FlowContext, Tracked } from './case-steps.ts';

type Action =
  { kind: 'transition'; to: CaseStatus } | { kind: 'refer' } | { kind: 'outcome'; outcome: ReferralOutcome };

const MAX_REFERRALS = 3;
const go = (to: CaseStatus): Action => ({ kind: 'transition', to });

function deskShare(c: CaseRow): number {
  if (c.sub_kind === 'PERTANYAAN') return 0.92;
  if (c.sub_kind === 'SARAN') return 0.95;
  if (c.category === 'ADMINDUK') return 0.2;
  return 0.3;
}

function nextOutcome(rng: Rng, previous: string | null): Action {
  const again = previous !== null;
  return {
    kind: 'outcome',
    outcome: rng.weighted<ReferralOutcome>([
      ['DITERIMA', again ? 55 : 50],
      ['DITOLAK', again ? 25 : 18],
      ['DALAM_PROSES', again ? 10 : 20],
      ['TIDAK_ADA_RESPONS', again ? 10 : 12],
    ]),
  };
}

/** The next thing that happens to the case, or null when it is closed. */
function decide(fc: FlowCase, rng: Rng): Action | null {
  const c = fc.kase.row;
  const open = [...fc.referrals].reverse().find((r) => r.row.status === 'TERKIRIM')?.row;
  const last = fc.referrals.at(-1)?.row;
  switch (c.status as CaseStatus) {
    case 'DITERIMA':
      if (rng.chance(0.02)) return go('DIBATALKAN');
      return go(rng.chance(deskShare(c)) ? 'SELESAI_DI_FO' : 'VERIFIKASI');
    case 'VERIFIKASI':
      return go(
        rng.weighted([
          ['ASESMEN', 74],
          ['BERKAS_BELUM_LENGKAP', 15],
          ['TIDAK_LAYAK', 7],
          ['DIBATALKAN', 2],
        ]),
      );
    case 'BERKAS_BELUM_LENGKAP':
      return go(rng.chance(0.92) ? 'VERIFIKASI' : 'DIBATALKAN');
    case 'ASESMEN':
      return go(
        rng.weighted([
          ['REKOMENDASI', 85],
          ['TIDAK_LAYAK', 13],
          ['DIBATALKAN', 2],
        ]),
      );
    case 'REKOMENDASI':
      return go(
        rng.weighted([
          ['DITETAPKAN', 88],
          ['ASESMEN', 6],
          ['TIDAK_LAYAK', 5],
          ['DIBATALKAN', 1],
        ]),
      );
    case 'DITETAPKAN':
      return rng.chance(0.97) ? { kind: 'refer' } : go('DIBATALKAN');
    case 'DIRUJUK':
      if (rng.chance(0.02)) return go('DIBATALKAN');
      if (!open || rng.chance(0.25)) return go('MENUNGGU_TINDAK_LANJUT');
      return nextOutcome(rng, open.outcome);
    case 'MENUNGGU_TINDAK_LANJUT':
      if (open) return rng.chance(0.03) ? go('SELESAI') : nextOutcome(rng, open.outcome);
      if (last?.outcome === 'DITOLAK' && fc.referrals.length < MAX_REFERRALS && rng.chance(0.5)) {
        return { kind: 'refer' };
      }
      return go('SELESAI');
    default:
      return null;
  }
}

const days = (rng: Rng, min: number, max: number): number => rng.int(min, max) * DAY_MS;

/** How long after the case's last event the action happens. */
function delayOf(fc: FlowCase, action: Action, rng: Rng): number {
  const status = fc.kase.row.status;
  if (action.kind === 'transition' && action.to === 'SELESAI_DI_FO') return rng.int(5, 120) * MINUTE_MS;
  let ms: number;
  if (action.kind === 'outcome') {
    // Programs answer slowly and offices chase late: many referrals wait well past their 14-day check.
    ms = rng.weighted([
      [days(rng, 7, 30), 60],
      [days(rng, 20, 60), 30],
      [days(rng, 45, 120), 10],
    ]);
  } else if (action.kind === 'refer') ms = days(rng, status === 'DITETAPKAN' ? 1 : 0, 7);
  else if (action.to === 'DIBATALKAN') ms = days(rng, 1, 20);
  else if (status === 'DITERIMA') ms = days(rng, 0, 3);
  else if (status === 'BERKAS_BELUM_LENGKAP') ms = days(rng, 5, 25);
  else if (status === 'DIRUJUK') ms = days(rng, 1, 10);
  else if (status === 'MENUNGGU_TINDAK_LANJUT') ms = days(rng, 0, 7);
  else ms = days(rng, 2, 12);
  if (fc.kase.row.fast_track === 1) ms = Math.round(ms / 2);
  if (rng.chance(0.04)) ms += days(rng, 30, 150);
  return ms;
}

function apply(fc: FlowCase, ctx: FlowContext, action: Action, atMs: number): void {
  if (action.kind === 'refer') refer(fc, ctx, atMs);
  else if (action.kind === 'outcome') recordOutcome(fc, ctx, atMs, action.outcome);
  else setStatus(fc, ctx, atMs, action.to);
}

export interface WalkOptions {
  maxSteps: number;
  /** When the next step would fall after now, do it at a random moment before now instead of stopping. */
  fitBeforeNow: boolean;
}

/** Moves the case forward step by step until it closes, the next step lies after now, or maxSteps is reached. */
export function walk(fc: FlowCase, ctx: FlowContext, opts: WalkOptions): number {
  let steps = 0;
  const latest = ctx.nowMs - 2000;
  while (steps < opts.maxSteps) {
    const action = decide(fc, ctx.rng);
    if (!action) break;
    const delay = delayOf(fc, action, ctx.rng);
    let at = delay < DAY_MS ? fc.lastMs + delay : officeHoursOn(ctx.clock, fc.lastMs + delay, ctx.rng);
    if (at > latest) {
      if (!opts.fitBeforeNow) break;
      at = fc.lastMs + 1000 + Math.floor(ctx.rng.next() * (latest - fc.lastMs - 1000));
      if (at <= fc.lastMs || at > latest) break;
    }
    apply(fc, ctx, action, at);
    fc.lastMs = at;
    steps++;
  }
  return steps;
}
