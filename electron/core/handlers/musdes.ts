// Contract handlers for musdes / muskel sessions and SPTJM (rules in electron/core/usulan/musdes-*); audited by session id.
import type { HandlerContext, Handlers } from '../context.ts';
import { caseWork } from '../cases/work.ts';
import { CoreError } from '../errors.ts';
import { ownOfficeFacts, type OwnOfficeFacts } from '../office/own-identity.ts';
import type { MusdesSessionDetail } from '../../../shared/types/musdes.ts';
import { decideAtSession } from '../usulan/musdes-decide.ts';
import { getSession, listSessions } from '../usulan/musdes-read.ts';
import { createSession } from '../usulan/musdes-write.ts';
import { sideOf } from '../usulan/transitions.ts';

type MusdesHandlers = Pick<Handlers, 'musdes.create' | 'musdes.list' | 'musdes.get' | 'musdes.decide'>;

async function facts(ctx: HandlerContext): Promise<OwnOfficeFacts> {
  const f = await ownOfficeFacts(ctx.db);
  if (!f) throw new CoreError('SETUP_REQUIRED', 'Kantor belum disiapkan.');
  return f;
}

async function detail(ctx: HandlerContext, id: string): Promise<MusdesSessionDetail> {
  ctx.subject('musdes', id);
  const f = await facts(ctx);
  return getSession(ctx.db, id, { officeId: f.officeId, role: ctx.user?.role ?? null });
}

export const musdesHandlers: MusdesHandlers = {
  'musdes.create': async (ctx, input) => {
    const f = await facts(ctx);
    const id = await createSession(await caseWork(ctx), f, input);
    ctx.note(`${input.kind} ${input.heldOn} desa ${input.desaCode}`);
    return detail(ctx, id);
  },
  'musdes.list': async (ctx, input) => listSessions(ctx.db, input),
  'musdes.get': async (ctx, input) => detail(ctx, input.id),
  'musdes.decide': async (ctx, input) => {
    ctx.subject('musdes', input.sessionId);
    const f = await facts(ctx);
    ctx.note(`keputusan musdes: ${input.decisions.length} usulan`);
    await decideAtSession(await caseWork(ctx), sideOf(f.type), input);
    return detail(ctx, input.sessionId);
  },
};
