// The report export operations (monthly report, Dinsos recap): figures, file, export log, with cancel between them.
import type { ParsedOperationInput } from '../../../shared/api/operations.ts';
import type { ReportExportRun, ReportFile } from '../../../shared/types/reports.ts';
import type { HandlerContext } from '../context.ts';
import { logReportFile } from '../breach/log-file.ts';
import type { OperationControl } from '../operations/control.ts';
import { computeMonthlyReport } from '../reports/compute.ts';
import { monthlyBytes, monthlyFileName, recapBytes, recapFileName, toReportFile } from '../reports/export.ts';
import { finalizedData } from '../reports/finalize.ts';
import { computeRecap } from '../reports/recap.ts';

/** The three steps of an export: compute the figures, write the file, log it. */
const STEPS = 3;

/** Reports a step; answers true when the operation was cancelled (at the safe point before that step). */
async function step(control: OperationControl, done: number, phase: string, item: string | null) {
  if (await control.checkpoint()) return true;
  control.progress({ phase, done, total: STEPS, item });
  return false;
}

/** The file handed to the user, logged (counts only, no resident) so a leaked copy is recognised. */
async function logged(ctx: HandlerContext, file: ReportFile, detail: string): Promise<ReportExportRun> {
  await logReportFile({
    writer: ctx.deps.db,
    db: ctx.db,
    kind: 'report',
    file,
    atMs: ctx.deps.now(),
    username: ctx.user?.username ?? null,
    detail,
  });
  return { file };
}

/**
 * The monthly report (current numbers, or a finalized `version`) as a file. A cancel before the file is logged
 * answers `file: null` and writes nothing: the export log only holds files that were handed out.
 */
export async function runMonthlyExport(
  ctx: HandlerContext,
  { month, format, officeId, version }: ParsedOperationInput<'reports.exportRun'>,
  control: OperationControl,
): Promise<ReportExportRun> {
  if (await step(control, 0, 'hitung', null)) return { file: null };
  const own = await ctx.office();
  const data = version
    ? await finalizedData(ctx.db, officeId ?? own.id, month, version)
    : await computeMonthlyReport(ctx.db, {
        month,
        officeId,
        now: ctx.deps.now(),
        compiledBy: ctx.user ? { name: ctx.user.fullName, role: ctx.user.role } : null,
      });
  const fileName = monthlyFileName(data, format, version);
  if (await step(control, 1, 'tulis', fileName)) return { file: null };
  const bytes = await monthlyBytes(data, format);
  if (await step(control, 2, 'catat', fileName)) return { file: null };
  return logged(ctx, toReportFile(fileName, format, bytes), `laporan bulanan ${month}`);
}

/** Dinsos's recap of the month as a file, with the same steps and cancel as the monthly report. */
export async function runRecapExport(
  ctx: HandlerContext,
  { month, format }: ParsedOperationInput<'reports.recapExportRun'>,
  control: OperationControl,
): Promise<ReportExportRun> {
  if (await step(control, 0, 'hitung', null)) return { file: null };
  const data = await computeRecap(ctx.db, month, ctx.deps.now());
  const fileName = recapFileName(data, format);
  if (await step(control, 1, 'tulis', fileName)) return { file: null };
  const bytes = await recapBytes(data, format);
  if (await step(control, 2, 'catat', fileName)) return { file: null };
  return logged(ctx, toReportFile(fileName, format, bytes), `rekap ${month}`);
}
