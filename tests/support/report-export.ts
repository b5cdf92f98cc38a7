// Runs a report export operation (reports.exportRun / recapExportRun) to its end, as a single call's result.
import type { Caller } from '../../electron/core/context.ts';
import type { Register } from '../../electron/core/register.ts';
import type { OperationInput } from '../../shared/api/operations.ts';
import type { Result } from '../../shared/api/result.ts';
import type { ReportFile } from '../../shared/types/reports.ts';
import { runOperationToEnd } from './run-operation.ts';

/** The exported file, or the refusal of the start or of the run as a failed result. */
export async function exportReport(
  register: Register,
  caller: Caller,
  name: 'reports.exportRun' | 'reports.recapExportRun',
  input: OperationInput<'reports.exportRun'> | OperationInput<'reports.recapExportRun'>,
): Promise<Result<ReportFile>> {
  const r = await runOperationToEnd(register, caller, name, input);
  if (!r.ok) return r;
  const file = r.value.result.file;
  if (r.value.cancelled || !file) throw new Error(`${name} ended without a file`);
  return { ok: true, value: file };
}
