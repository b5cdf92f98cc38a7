// Contract handlers for DTSEN proposals (rules in electron/core/usulan); audited by proposal id, never by name.
import type { HandlerContext, Handlers } from '../context.ts';
import { caseWork } from '../cases/work.ts';
import { CoreError } from '../errors.ts';
import { ownOfficeFacts } from '../office/own-identity.ts';
import type { UsulanDetail } from '../../../shared/types/usulan.ts';
import { getUsulan, listUsulan } from '../usulan/usulan-read.ts';
import { sideOf, type StepSide } from '../usulan/transitions.ts';
import { createUsulan, transitionUsulan } from '../usulan/usulan-write.ts';
import { createUsulanBulk } from '../usulan/usulan-bulk.ts';
import { setUsulanCondition } from '../usulan/condition.ts';
import { forwardAll } from '../usulan/forward-all.ts';
import { writeAudits } from '../audit/audit-log.ts';
import { usulanCalendar } from '../usulan/calendar.ts';
import { readCalendarSettings, writeCalendarSettings } from '../usulan/calendar-settings.ts';
import { dtsenHistory } from '../usulan/history.ts';
import { localDay, zoneOfRegion } from '../../../shared/time/office-zone.ts';

type UsulanHandlers = Pick<
  Handlers,
  | 'usulan.create'
  | 'usulan.createBulk'
  | 'usulan.calendar'
  | 'usulan.calendarSettings'
  | 'usulan.setCalendarSettings'
  | 'usulan.history'
  | 'usulan.list'
  | 'usulan.get'
  | 'usulan.setCondition'
  | 'usulan.transition'
  | 'usulan.forwardAll'
>;

/** This office and whether it acts as the proposing office or as Dinsos. */
async function sideHere(ctx: HandlerContext): Promise<{ officeId: string; side: StepSide }> {
  const facts = await ownOfficeFacts(ctx.db);
  if (!facts) throw new CoreError('SETUP_REQUIRED', 'Kantor belum disiapkan.');
  return { officeId: facts.officeId, side: sideOf(facts.type) };
}

async function detail(ctx: HandlerContext, id: string): Promise<UsulanDetail> {
  ctx.subject('usulan', id);
  const here = await sideHere(ctx);
  return getUsulan(ctx.db, id, { ...here, role: ctx.user?.role ?? null });
}

export const usulanHandlers: UsulanHandlers = {
  'usulan.create': async (ctx, input) => {
    const { side } = await sideHere(ctx);
    const id = await createUsulan(await caseWork(ctx), side, input);
    ctx.note(`usulan DTSEN baru: ${input.kind}${input.caseId ? ' dari kasus' : ''}`);
    return detail(ctx, id);
  },
  'usulan.createBulk': async (ctx, input) => {
    const { side } = await sideHere(ctx);
    const ids = await createUsulanBulk(await caseWork(ctx), side, input);
    ctx.note(`usulan DTSEN baru: ${input.kind} untuk ${ids.length} keluarga`);
    return { ids };
  },
  'usulan.calendar': async (ctx) => {
    const facts = await ownOfficeFacts(ctx.db);
    if (!facts) throw new CoreError('SETUP_REQUIRED', 'Kantor belum disiapkan.');
    return usulanCalendar(ctx.db, facts, ctx.deps.now());
  },
  'usulan.calendarSettings': async (ctx) => readCalendarSettings(ctx.db),
  'usulan.setCalendarSettings': async (ctx, days) => {
    const facts = await ownOfficeFacts(ctx.db);
    if (!facts) throw new CoreError('SETUP_REQUIRED', 'Kantor belum disiapkan.');
    const set = await writeCalendarSettings(
      ctx.db,
      { id: facts.officeId, type: facts.type },
      days,
      ctx.deps.now(),
    );
    ctx.note(`musdes ${days.musdesFirstDay}–${days.musdesLastDay}, batas unggah ${days.cutoffDay}`);
    return set;
  },
  'usulan.history': async (ctx, { householdId }) => {
    ctx.subject('household', householdId);
    const facts = await ownOfficeFacts(ctx.db);
    if (!facts) throw new CoreError('SETUP_REQUIRED', 'Kantor belum disiapkan.');
    const zone = zoneOfRegion(facts.regionCode);
    return dtsenHistory(ctx.db, householdId, localDay(ctx.deps.now(), zone), zone);
  },
  'usulan.list': async (ctx, input) => listUsulan(ctx.db, input),
  'usulan.get': async (ctx, input) => detail(ctx, input.id),
  'usulan.setCondition': async (ctx, input) => {
    ctx.subject('usulan', input.id);
    const { side } = await sideHere(ctx);
    await setUsulanCondition(await caseWork(ctx), side, input);
    ctx.note('kondisi keluarga usulan diubah');
    return detail(ctx, input.id);
  },
  'usulan.transition': async (ctx, input) => {
    ctx.subject('usulan', input.id);
    const { side } = await sideHere(ctx);
    ctx.note(`langkah usulan: ${input.step}`);
    await transitionUsulan(await caseWork(ctx), side, input);
    return detail(ctx, input.id);
  },
  'usulan.forwardAll': async (ctx, input) => {
    const { side } = await sideHere(ctx);
    const work = await caseWork(ctx);
    const ids = await forwardAll(work, side, input);
    ctx.note(`teruskan semua ke pusat: ${ids.length} usulan`);
    // Each proposal's own entry, as usulan.transition writes one, in the call's transaction.
    await writeAudits(
      ctx.db,
      ids.map((id) => ({
        at: ctx.deps.now(),
        userId: ctx.user?.id ?? null,
        username: ctx.user?.username ?? work.actor.name,
        role: ctx.user?.role ?? work.actor.role,
        officeId: work.clock.officeId,
        device: `${ctx.deps.device} (${ctx.caller.channel})`,
        action: 'usulan.transition',
        entityType: 'usulan',
        entityId: id,
        outcome: 'ok' as const,
        detail: 'langkah usulan: diteruskan (teruskan semua)',
      })),
    );
    return { ids };
  },
};
