// Confirms a restore, runs it, shows what was saved and set aside, then reloads the app (sessions start over).
import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client.ts';
import type { BackupLocation, RestoreResult } from '../../../../shared/types/backups.ts';

interface Props {
  target: { location: BackupLocation; fileName: string } | null;
  onClose(): void;
}

export function RestoreModal({ target, onClose }: Props) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [done, setDone] = useState<RestoreResult | null>(null);

  const restore = async (): Promise<void> => {
    if (!target) return;
    setBusy(true);
    setFailure(null);
    const r = await call('backups.restore', { ...target, confirm: true });
    setBusy(false);
    if (r.ok) setDone(r.value);
    else setFailure(r.error.message);
  };

  const close = (): void => {
    if (done) {
      window.location.reload();
      return;
    }
    setFailure(null);
    onClose();
  };

  return (
    <Modal opened={target !== null} onClose={close} title={t('backups.restoreModal.title')} size="lg">
      {target && !done && (
        <Stack>
          <Text>{t('backups.restoreModal.explain', { fileName: target.fileName })}</Text>
          {failure && (
            <Alert color="red" role="alert">
              {failure}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={close} disabled={busy}>
              {t('common.cancel')}
            </Button>
            <Button color="orange" loading={busy} onClick={() => void restore()}>
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
