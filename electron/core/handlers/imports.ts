// Handlers of spreadsheet import: dry run and commit of a file staged in the data folder's `impor` folder, batches, undo, templates.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { HandlerContext, Handlers } from '../context.ts';
import { CoreError } from '../errors.ts';
import { listBatches, listTemplates, saveTemplate, undoBatch } from '../imports/batches.ts';
import type { ImportActor } from '../imports/commit.ts';
import { runImport, type ImportOutcome } from '../imports/run.ts';
import { scopeOf } from '../persons/scope.ts';
import type { OperationControl } from '../operations/control.ts';
import type { Input } from '../../../shared/api/contract.ts';
import type { ImportCommitRun, ImportDryRunSummary, ImportMapping } from '../../../shared/types/imports.ts';

type ImportHandlers = Pick<
  Handlers,
  | 'imports.dryRun'
  | 'imports.commit'
  | 'imports.undo'
  | 'imports.batches'
  | 'imports.templates'
  | 'imports.saveTemplate'
>;

/** The folder the hosts stage a picked or uploaded spreadsheet in. */
export const importStagingDir = (dataDir: string): string => join(dataDir, 'impor');

const actorOf = (ctx: HandlerContext): ImportActor => ({
  userId: ctx.user?.id ?? null,
  username: ctx.caller.system ? 'system (cli)' : (ctx.user?.username ?? '(tanpa sesi)'),
  role: ctx.caller.system ? 'system' : (ctx.user?.role ?? '-'),
  device: `${ctx.deps.device} (${ctx.caller.channel})`,
});

/** The mapping as parsed by the contract, without the keys left undefined. */
const mappingOf = (m: Input<'imports.dryRun'>['mapping']): ImportMapping => {
  const out: ImportMapping = {
    kind: 'persons',
    columns: Object.fromEntries(Object.entries(m.columns).filter(([, v]) => v !== undefined)),
  };
  if (m.desaNames) out.desaNames = m.desaNames;
  if (m.updateGroups) out.updateGroups = m.updateGroups;
  return out;
};

async function run(
  ctx: HandlerContext,
  input: Input<'imports.dryRun'> & { template?: string | undefined },
  dryRunOnly: boolean,
  control?: OperationControl,
): Promise<ImportOutcome> {
  if (!ctx.officeId) throw new CoreError('SETUP_REQUIRED', 'Kantor belum disiapkan.');
  const path = join(importStagingDir(ctx.deps.paths.dir), input.file);
  if (!existsSync(path))
    throw new CoreError('NOT_FOUND', `Berkas ${input.file} tidak ditemukan; pilih atau unggah lagi.`);
  return runImport(ctx.deps, ctx.officeId, actorOf(ctx), {
    path,
    mapping: mappingOf(input.mapping),
    template: input.template ?? null,
    sheet: input.sheet,
    headerRow: input.headerRow === undefined ? undefined : input.headerRow - 1,
    dryRunOnly,
    cancelled: control ? () => control.signal.aborted : undefined,
    progress: control
      ? (done, total) => control.progress({ phase: 'impor-data', done, total, item: input.file })
      : undefined,
  });
}

/** The imports.commitRun operation: imports.commit with progress per row; cancel rolls the whole file back. */
export async function runImportOperation(
  ctx: HandlerContext,
  input: Input<'imports.commit'>,
  control: OperationControl,
): Promise<ImportCommitRun> {
  try {
    const o = await run(ctx, input, false, control);
    if (!o.commit)
      throw new CoreError('VALIDATION', o.plan.mappingErrors.join(' ') || 'Tidak ada yang diimpor.');
    return { committed: o.commit };
  } catch (err) {
    if (!control.signal.aborted) throw err;
    control.markStopped();
    return { committed: null };
  }
}

const summary = (o: ImportOutcome): ImportDryRunSummary => ({
  fileSha256: o.fileSha256,
  sheets: o.sheets,
  sheet: o.sheet,
  headers: o.plan.header.headers,
  headerRow: o.plan.header.headerRow + 1,
  counts: o.plan.counts,
  unresolvedDesa: o.plan.unresolvedDesa,
  mappingErrors: o.plan.mappingErrors,
  sameFileBatches: o.sameFileBatches,
  problems: o.plan.rows
    .filter((r) => r.cls !== 'new' && r.cls !== 'match')
    .slice(0, 500)
    .map((r) => ({ line: r.line, cls: r.cls, notes: r.notes })),
});

export const importHandlers: ImportHandlers = {
  'imports.dryRun': async (ctx, input) => summary(await run(ctx, input, true)),

  'imports.commit': async (ctx, input) => {
    const o = await run(ctx, input, false);
    if (!o.commit)
      throw new CoreError('VALIDATION', o.plan.mappingErrors.join(' ') || 'Tidak ada yang diimpor.');
    ctx.subject('import_batch', o.commit.batchId);
    ctx.note(`${o.commit.created} baru, ${o.commit.updated} diperbarui, ${o.plan.counts.error} galat`);
    return o.commit;
  },

  'imports.undo': async (ctx, input) => {
    ctx.subject('import_batch', input.batchId);
    const r = await undoBatch(await scopeOf(ctx), input.batchId, actorOf(ctx));
    ctx.note(`${r.tombstoned} dihapus, ${r.reverted} dikembalikan, ${r.kept.length} tetap`);
    return r;
  },

  'imports.batches': (ctx) => listBatches(ctx.db),

  'imports.templates': (ctx) => listTemplates(ctx.db),

  'imports.saveTemplate': async (ctx, input) => {
    ctx.subject('import_template', input.name);
    await saveTemplate(ctx.db, input.name, mappingOf(input.mapping), ctx.deps.now());
    const saved = (await listTemplates(ctx.db)).find((t) => t.name === input.name);
    if (!saved) throw new CoreError('INTERNAL', 'Templat tidak tersimpan.');
    return saved;
  },
};
