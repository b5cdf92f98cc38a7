// Report files made by the core's export operations (reports.exportRun / recapExportRun), saved through the Blob save.
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { OperationInput } from '../../../shared/api/operations.ts';
import { saveGeneratedFile } from '../ui/download.ts';
import { notifyError } from '../ui/notify.ts';
import { useOperation } from '../ui/use-operation.ts';

type ReportRun = 'reports.exportRun' | 'reports.recapExportRun';

/**
 * One report export of a panel: `download` starts it and saves the file once it ended (true when saved); `op`
 * feeds the panel's progress bar with its Batalkan button. `slot` keeps two panels' exports apart.
 */
export function useReportExport(name: ReportRun, slot: string) {
  const { t } = useTranslation();
  const op = useOperation(name, slot);
  const { start } = op;
  const download = useCallback(
    async (input: OperationInput<ReportRun>): Promise<boolean> => {
      const final = await start(input);
      if (!final) return false;
      if (final.state === 'failed') {
        notifyError(final.error.message);
        return false;
      }
      const file = 'file' in final.result ? final.result.file : null;
      if (final.state === 'cancelled' || !file) {
        notifyError(t('laporan.exportRun.cancelled'));
        return false;
      }
      saveGeneratedFile(file);
      return true;
    },
    [start, t],
  );
  return { op, download };
}
