// Handlers for cases, their workflow, referrals, follow-ups and the dashboard (rules in electron/core/cases).
import type { HandlerContext, Handlers } from '../context.ts';
import { getCaseRow, loadCaseDetail } from '../cases/case-read.ts';
import { searchCases } from '../cases/case-search.ts';
import { addNote, createCase, transitionCase } from '../cases/case-write.ts';
import { dashboardSummary } from '../cases/dashboard.ts';
import { dashboardCharts } from '../cases/dashboard-charts.ts';
import { completeFollowUp, createFollowUp } from '../cases/follow-up-write.ts';
import { officeClock } from '../cases/office-clock.ts';
import { searchReferrals } from '../cases/referral-read.ts';
import { createReferral, recordOutcome } from '../cases/referral-write.ts';
import { caseWork } from '../cases/work.ts';
import type { CaseDetail } from '../../../shared/types/cases.ts';

type CaseHandlers = Pick<
  Handlers,
  | 'cases.create'
  | 'cases.search'
  | 'cases.get'
  | 'cases.transition'
  | 'cases.addNote'
  | 'referrals.create'
  | 'referrals.recordOutcome'
  | 'referrals.search'
  | 'followUps.create'
  | 'followUps.complete'
  | 'dashboard.summary'
  | 'dashboard.charts'
>;

/** The case as the caller sees it now; names it as the audit subject. */
async function detail(ctx: HandlerContext, caseId: string): Promise<CaseDetail> {
  ctx.subject('case', caseId);
  const { today } = await officeClock(ctx);
  return loadCaseDetail(ctx.db, caseId, ctx.user?.role ?? null, today);
}

export const caseHandlers: CaseHandlers = {
  'cases.create': async (ctx, input) => {
    const id = await createCase(await caseWork(ctx), input);
    ctx.note(`kasus baru ${input.kind} ${input.category}${input.fastTrack ? ', jalur cepat' : ''}`);
    return detail(ctx, id);
  },

  'cases.search': async (ctx, input) => {
    const { today, zone } = await officeClock(ctx);
    return searchCases(ctx.db, input, today, zone);
  },

  'cases.get': async (ctx, input) => detail(ctx, input.id),

  'cases.transition': async (ctx, input) => {
    ctx.subject('case', input.id);
    const work = await caseWork(ctx);
    const c = await getCaseRow(ctx.db, input.id);
    ctx.note(`${c.status} → ${input.to}`);
    await transitionCase(work, c, input);
    return detail(ctx, c.id);
  },

  'cases.addNote': async (ctx, input) => {
    ctx.subject('case', input.id);
    const work = await caseWork(ctx);
    await addNote(work, await getCaseRow(ctx.db, input.id), input.note);
    return detail(ctx, input.id);
  },

  'referrals.create': async (ctx, input) => {
    ctx.subject('case', input.caseId);
    const id = await createReferral(await caseWork(ctx), input);
    ctx.note(`rujukan ${id} ke ${input.destination}`);
    return detail(ctx, input.caseId);
  },

  'referrals.recordOutcome': async (ctx, input) => {
    ctx.subject('referral', input.id);
    const caseId = await recordOutcome(await caseWork(ctx), input);
    ctx.note(`hasil rujukan ${input.outcome}`);
    const d = await detail(ctx, caseId);
    ctx.subject('referral', input.id);
    return d;
  },

  'referrals.search': async (ctx, input) => {
    const { today } = await officeClock(ctx);
    return searchReferrals(ctx.db, today, input);
  },

  'followUps.create': async (ctx, input) => {
    ctx.subject('case', input.caseId);
    const id = await createFollowUp(await caseWork(ctx), input);
    ctx.note(`tindak lanjut ${id} jatuh tempo ${input.dueDate}`);
    return detail(ctx, input.caseId);
  },

  'followUps.complete': async (ctx, input) => {
    ctx.subject('follow_up', input.id);
    const caseId = await completeFollowUp(await caseWork(ctx), input);
    const d = await detail(ctx, caseId);
    ctx.subject('follow_up', input.id);
    return d;
  },

  'dashboard.summary': async (ctx) => dashboardSummary(ctx.db, await officeClock(ctx)),
  'dashboard.charts': async (ctx) => dashboardCharts(ctx.db, await officeClock(ctx)),
};
