// Downloads a report file the core generates (reports.export / reports.recapExport) through the same Blob save as the referral letter.
import { call } from '../api/client.ts';
import { saveGeneratedFile } from '../ui/download.ts';
import { notifyError } from '../ui/notify.ts';
import type { Input } from '../../../shared/api/contract.ts';

type Format = Input<'reports.export'>['format'];

/**
 * The month's report (current numbers, or a finalized `version`) as XLSX or PDF; `officeId` picks another
 * office's report at Dinsos. True when saved.
 */
export async function downloadMonthly(
  month: string,
  format: Format,
  version?: number,
  officeId?: string,
): Promise<boolean> {
  const file = await call('reports.export', {
    month,
    format,
    ...(version ? { version } : {}),
    ...(officeId ? { officeId } : {}),
  });
  if (!file.ok) {
    notifyError(file.error.message);
    return false;
  }
  saveGeneratedFile(file.value);
  return true;
}

/** Dinsos's recap of the month as XLSX or PDF; true when saved. */
export async function downloadRecap(month: string, format: Format): Promise<boolean> {
  const file = await call('reports.recapExport', { month, format });
  if (!file.ok) {
    notifyError(file.error.message);
    return false;
  }
  saveGeneratedFile(file.value);
  return true;
}
