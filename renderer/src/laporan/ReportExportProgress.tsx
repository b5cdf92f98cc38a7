// The progress of a report export (figures, file, export log) in the shared OperationProgress view, with Batalkan.
import { useTranslation } from 'react-i18next';
import type { useOperation } from '../ui/use-operation.ts';
import { OperationProgress } from '../ui/OperationProgress.tsx';

const PHASES = ['hitung', 'tulis', 'catat'] as const;
const isPhase = (phase: string): phase is (typeof PHASES)[number] =>
  (PHASES as readonly string[]).includes(phase);

/** Shown only while it runs: the download itself (or the cancel) is notified by useReportExport. */
export function ReportExportProgress({ op }: { op: ReturnType<typeof useOperation> }) {
  const { t } = useTranslation();
  return (
    <OperationProgress
      op={op}
      title={t('laporan.exportRun.title')}
      texts={{
        progressLabel: t('laporan.exportRun.progressLabel'),
        starting: t('laporan.exportRun.starting'),
        cancel: t('laporan.exportRun.cancel'),
        cancelling: t('laporan.exportRun.cancelling'),
      }}
      describe={(p) =>
        isPhase(p.phase) ? t(`laporan.exportRun.${p.phase}`) : t('laporan.exportRun.starting')
      }
    />
  );
}
