// The progress of a running backup operation (create, check, restore, external copy) in the shared OperationProgress view.
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { ProgressEvent } from '../../../../shared/api/operations.ts';
import type { useOperation } from '../../ui/use-operation.ts';
import { OperationProgress } from '../../ui/OperationProgress.tsx';

type Operation = ReturnType<typeof useOperation>;

const PHASE_KEYS = {
  salin: 'backups.run.salin',
  periksa: 'backups.run.periksa',
  sidik: 'backups.run.sidik',
  dekripsi: 'backups.run.dekripsi',
  enkripsi: 'backups.run.enkripsi',
  siapkan: 'backups.run.siapkan',
} as const;

const isPhase = (phase: string): phase is keyof typeof PHASE_KEYS => Object.hasOwn(PHASE_KEYS, phase);

/** "Menyalin register… 40%": the line under the bar for a backup phase. */
export const backupPhaseText = (t: TFunction, p: ProgressEvent, percent: number): string =>
  isPhase(p.phase) ? t(PHASE_KEYS[p.phase], { percent }) : t('backups.run.starting');

/** Shown only while it runs: the screen notifies the outcome. */
export function BackupRunProgress({ op, title }: { op: Operation; title: string }) {
  const { t } = useTranslation();
  return (
    <OperationProgress
      op={op}
      title={title}
      texts={{
        progressLabel: t('backups.run.progressLabel'),
        starting: t('backups.run.starting'),
        cancel: t('backups.run.cancel'),
        cancelling: t('backups.run.cancelling'),
      }}
      describe={(p, percent) => backupPhaseText(t, p, percent)}
    />
  );
}
