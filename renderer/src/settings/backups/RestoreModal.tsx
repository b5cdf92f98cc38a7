// Confirms a restore, runs it as an operation (progress, cancel until the point of no return), then reloads the app.
import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { BackupLocation, RestoreResult } from '../../../../shared/types/backups.ts';
import { OperationProgress } from '../../ui/OperationProgress.tsx';
import { useOperation } from '../../ui/use-operation.ts';
import { backupPhaseText } from './BackupRunProgress.tsx';

interface Props {
  target: { location: BackupLocation; fileName: string } | null;
  onClose(): void;
}

export function RestoreModal({ target, onClose }: Props) {
  const { t } = useTranslation();
  const op = useOperation('backups.restoreRun');
  const final = op.final;
  // The final event carries any operation's result; this dialog's is the restore's (it has `restored`).
  const done: RestoreResult | null =
    final?.state === 'ok' && 'restored' in final.result ? final.result.restored : null;

  const restore = async (): Promise<void> => {
    if (!target) return;
    op.forget();
    await op.start({ ...target, confirm: true });
  };

  const close = (): void => {
    if (done) {
      window.location.reload();
      return;
    }
    if (op.running) return;
    op.forget();
    onClose();
  };

  return (
    <Modal opened={target !== null} onClose={close} title={t('backups.restoreModal.title')} size="lg">
      {target && !done && (
        <Stack>
          <Text>{t('backups.restoreModal.explain', { fileName: target.fileName })}</Text>
          <OperationProgress
            op={op}
            title={t('backups.run.restoreTitle')}
            texts={{
              progressLabel: t('backups.run.progressLabel'),
              starting: t('backups.run.starting'),
              cancel: t('backups.run.cancel'),
              cancelling: t('backups.run.cancelling'),
            }}
            describe={(p, percent) => backupPhaseText(t, p, percent)}
            outcome={(f) =>
              f.state === 'cancelled' ? { color: 'yellow', text: t('backups.run.restoreCancelled') } : null
            }
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={close} disabled={op.running}>
              {t('common.cancel')}
            </Button>
            <Button color="orange" loading={op.running} onClick={() => void restore()}>
              {t('backups.restoreModal.confirm')}
            </Button>
          </Group>
        </Stack>
      )}
      {done && (
        <Stack>
          <Alert color="teal" role="status">
            {t('backups.restoreModal.done', { fileName: done.restoredFrom })}
          </Alert>
          <Text>{done.unsentMessage}</Text>
          <Text>{t('backups.restoreModal.setAside', { fileName: done.setAsideFileName })}</Text>
          <Group justify="flex-end">
            <Button onClick={close}>{t('backups.restoreModal.reload')}</Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
