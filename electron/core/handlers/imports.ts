// Handlers of spreadsheet import: dry run and commit of a file staged in the data folder's `impor` folder, batches, undo, templates.
import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { HandlerContext, Handlers } from '../context.ts';
import { CoreError } from '../errors.ts';
import { listBatches, listTemplates, saveTemplate, undoBatch } from '../imports/batches.ts';
import type { ImportActor } from '../imports/commit.ts';
import { mappingOfParsed } from '../imports/mapping-schema.ts';
import { writeErrorWorkbook } from '../imports/report.ts';
import { runImport, type ImportOutcome } from '../imports/run.ts';
import { importStagingDir } from '../imports/staging.ts';
import { scopeOf } from '../persons/scope.ts';
import type { OperationControl } from '../operations/control.ts';
import type { Input } from '../../../shared/api/contract.ts';
import { IMPORT_UPLOAD_MAX_BYTES } from '../../../shared/api/methods/imports.ts';
import type { ImportCommitRun, ImportDryRunRun, ImportDryRunSummary } from '../../../shared/types/imports.ts';

type ImportHandlers = Pick<
  Handlers,
  | 'imports.upload'
  | 'imports.uploadPermit'
  | 'imports.dryRun'
  | 'imports.errorReport'
  | 'imports.commit'
  | 'imports.undo'
  | 'imports.batches'
  | 'imports.templates'
  | 'imports.saveTemplate'
>;

export { importStagingDir };

const actorOf = (ctx: HandlerContext): ImportActor => ({
  userId: ctx.user?.id ?? null,
  username: ctx.caller.system ? 'system (cli)' : (ctx.user?.username ?? '(tanpa sesi)'),
  role: ctx.caller.system ? 'system' : (ctx.user?.role ?? '-'),
  device: `${ctx.deps.device} (${ctx.caller.channel})`,
});

async function run(
  ctx: HandlerContext,
  input: Input<'imports.dryRun'> & { template?: string | undefined },
  dryRunOnly: boolean,
  control?: OperationControl,
): Promise<ImportOutcome> {
  const phase = dryRunOnly ? 'uji-data' : 'impor-data';
  if (!ctx.officeId) throw new CoreError('SETUP_REQUIRED', 'Kantor belum disiapkan.');
  const path = join(importStagingDir(ctx.deps.paths.dir), input.file);
  if (!existsSync(path))
    throw new CoreError('NOT_FOUND', `Berkas ${input.file} tidak ditemukan; pilih atau unggah lagi.`);
  return runImport(ctx.deps, ctx.officeId, actorOf(ctx), {
    path,
    mapping: mappingOfParsed(input.mapping),
    template: input.template ?? null,
    sheet: input.sheet,
    headerRow: input.headerRow === undefined ? undefined : input.headerRow - 1,
    exclude: input.exclude,
    dryRunOnly,
    cancelled: control ? () => control.signal.aborted : undefined,
    progress: control
      ? (done, total) => control.progress({ phase, done, total, item: input.file })
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

/** The start of the dry run's note on a probable match (see dry-run.ts). */
const PROBABLE_NOTE = 'Kemungkinan sama dengan warga terdaftar';

const summary = (o: ImportOutcome): ImportDryRunSummary => ({
  fileSha256: o.fileSha256,
  sheets: o.sheets,
  sheet: o.sheet,
  headers: o.plan.header.headers,
  headerRow: o.plan.header.headerRow + 1,
  counts: o.plan.counts,
  probable: o.plan.rows.filter((r) => r.cls === 'warning' && r.notes.some((n) => n.startsWith(PROBABLE_NOTE)))
    .length,
  unresolvedDesa: o.plan.unresolvedDesa,
  desaChoices: o.plan.desaChoices,
  officeDesa: o.plan.officeDesa,
  excluded: o.plan.excluded,
  records: o.plan.records,
  mappingErrors: o.plan.mappingErrors,
  csv: o.csv,
  sameFileBatches: o.sameFileBatches,
  problems: o.plan.rows
    .filter((r) => r.cls !== 'new' && r.cls !== 'match')
    .slice(0, 500)
    .map((r) => ({ line: r.line, cls: r.cls, notes: r.notes })),
  suggested: o.suggested,
  preview: o.preview,
});

/** The imports.dryRunRun operation: imports.dryRun with progress; cancel ends it (it writes nothing). */
export async function runDryRunOperation(
  ctx: HandlerContext,
  input: Input<'imports.dryRun'>,
  control: OperationControl,
): Promise<ImportDryRunRun> {
  try {
    return { summary: summary(await run(ctx, input, true, control)) };
  } catch (err) {
    if (!control.signal.aborted) throw err;
    control.markStopped();
    return { summary: null };
  }
}

const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export const importHandlers: ImportHandlers = {
  'imports.upload': (ctx, { fileName, base64 }) => {
    const dir = importStagingDir(ctx.deps.paths.dir);
    mkdirSync(dir, { recursive: true });
    const bytes = Buffer.from(base64, 'base64');
    const temp = join(dir, `.unggah-${randomUUID()}.tmp`);
    // Written under a temporary name and renamed: an interrupted upload never looks like a whole file.
    writeFileSync(temp, bytes);
    try {
      renameSync(temp, join(dir, fileName));
    } finally {
      rmSync(temp, { force: true });
    }
    ctx.subject('import_file', fileName);
    return Promise.resolve({ file: fileName, bytes: bytes.length });
  },

  // The roles, name and size are the contract's; the host streams the bytes (electron/web/upload.ts, the dialog).
  'imports.uploadPermit': (_ctx, { fileName }) =>
    Promise.resolve({ fileName, maxBytes: IMPORT_UPLOAD_MAX_BYTES }),

  'imports.dryRun': async (ctx, input) => summary(await run(ctx, input, true)),

  'imports.errorReport': async (ctx, input) => {
    const o = await run(ctx, input, true);
    // Written next to the staged file (inside the data folder, never the system temp), then removed.
    const out = join(importStagingDir(ctx.deps.paths.dir), `.laporan-${randomUUID()}.xlsx`);
    try {
      const rows = await writeErrorWorkbook(o.plan, out);
      const base = input.file.replace(/\.(xlsx|csv)$/i, '');
      return {
        fileName: `${base}-perlu-diperbaiki.xlsx`,
        mime: XLSX_MIME,
        base64: readFileSync(out).toString('base64'),
        rows,
      };
    } finally {
      rmSync(out, { force: true });
    }
  },

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
    await saveTemplate(ctx.db, input.name, mappingOfParsed(input.mapping), ctx.deps.now());
    const saved = (await listTemplates(ctx.db)).find((t) => t.name === input.name);
    if (!saved) throw new CoreError('INTERNAL', 'Templat tidak tersimpan.');
    return saved;
  },
};
