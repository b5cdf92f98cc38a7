// Handlers of duplicate finding: the scan (Dinsos only) and the list of candidates (an audited view of personal data).
import type { HandlerContext, Handlers } from '../context.ts';
import { CoreError } from '../errors.ts';
import { getOwnOffice } from '../office/office-repo.ts';
import { listCandidates } from '../duplicates/list.ts';
import { scanDuplicates } from '../duplicates/scan.ts';

type DuplicateMethod = 'duplicates.scan' | 'duplicates.list';

/** Only Dinsos holds every office's residents; a kecamatan or desa has nothing to reconcile across offices. */
async function requireDinsos(ctx: HandlerContext): Promise<void> {
  const office = await getOwnOffice(ctx.db);
  if (office?.type !== 'dinsos') {
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

  'duplicates.list': async (ctx, { limit }) => {
    await requireDinsos(ctx);
    const list = await listCandidates(ctx.db, limit);
    ctx.subject('duplicate_candidates', 'baru');
    ctx.note(`daftar kandidat data ganda: ${list.length} pasangan`);
    return list;
  },
};
