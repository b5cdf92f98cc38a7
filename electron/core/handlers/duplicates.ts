// Handlers of duplicates: scan, list, decide and undo (Dinsos only), and a resident's links (any office).
import type { HandlerContext, Handlers } from '../context.ts';
import { CoreError } from '../errors.ts';
import { listCandidates } from '../duplicates/list.ts';
import { scanDuplicates } from '../duplicates/scan.ts';
import { decidePair, decisionId, undoPair, type DecisionWriter } from '../duplicates/decide.ts';
import { personLinks } from '../duplicates/links.ts';

type DuplicateMethod =
  'duplicates.scan' | 'duplicates.list' | 'duplicates.decide' | 'duplicates.undo' | 'persons.links';

/** The reviewer as the decision records them; the CLI's system account decides as "CLI". */
function decisionWriter(ctx: HandlerContext): DecisionWriter {
  if (!ctx.officeId) throw new CoreError('SETUP_REQUIRED', 'Kantor belum disiapkan.');
  return { officeId: ctx.officeId, actorName: ctx.user?.fullName ?? 'Sistem (CLI)', now: ctx.deps.now };
}

/** Only Dinsos holds every office's residents; a kecamatan or desa has nothing to reconcile across offices. */
export async function requireDinsos(ctx: HandlerContext): Promise<void> {
  if ((await ctx.office()).type !== 'dinsos') {
    throw new CoreError('FORBIDDEN', 'Pencarian data ganda hanya di kantor Dinas Sosial.');
  }
}

export const duplicateHandlers: Pick<Handlers, DuplicateMethod> = {
  'duplicates.scan': async (ctx, { mode }) => {
    await requireDinsos(ctx);
    const r = await scanDuplicates(ctx.db, new Date(ctx.deps.now()).toISOString(), mode);
    ctx.subject('duplicate_candidates', mode);
    ctx.note(`pindai data ganda (${mode}): ${r.found} kandidat, ${r.added} baru, ${r.removed} dihapus`);
    return r;
  },

  'duplicates.list': async (ctx, { limit, office }) => {
    await requireDinsos(ctx);
    const list = await listCandidates(ctx.db, limit, 'baru', office);
    ctx.subject('duplicate_candidates', 'baru');
    ctx.note(`daftar kandidat data ganda: ${list.length} pasangan`);
    return list;
  },

  'duplicates.decide': async (ctx, input) => {
    await requireDinsos(ctx);
    const r = await decidePair(ctx.db, decisionWriter(ctx), input);
    ctx.subject('duplicate_decisions', r.id);
    ctx.note(`keputusan data ganda: ${r.decision === 'sama' ? 'orang yang sama' : 'bukan orang yang sama'}`);
    return r;
  },

  'duplicates.undo': async (ctx, input) => {
    await requireDinsos(ctx);
    await undoPair(ctx.db, decisionWriter(ctx), input);
    ctx.subject('duplicate_decisions', decisionId(input.personA, input.personB));
    ctx.note('keputusan data ganda dibatalkan');
    return { undone: true };
  },

  'persons.links': async (ctx, { personId }) => {
    ctx.subject('persons', personId);
    return personLinks(ctx.db, personId);
  },
};
