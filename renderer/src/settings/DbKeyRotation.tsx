// Pengaturan → Keamanan (admin): replace the database key (`security.rotateDbKey`) after a confirmation.
import { Alert, Button, Checkbox, Group, Modal, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../api/client.ts';
import { useApp } from '../app/app-context.tsx';
import { formatDateTime, zoneOfRegion } from '../format.ts';
import { rekeyedFiles } from './db-key-result.ts';

export function DbKeyRotation() {
  const { t } = useTranslation();
  const zone = zoneOfRegion(useApp().status.office?.regionCode);
  const [open, setOpen] = useState(false);
  const [sure, setSure] = useState(false);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  const close = (): void => {
    setOpen(false);
    setSure(false);
  };
  const rotate = async (): Promise<void> => {
    setBusy(true);
    setFailure(null);
    const r = await call('security.rotateDbKey', { confirm: true });
    setBusy(false);
    if (!r.ok) {
      setFailure(r.error.message);
      return;
    }
    const f = rekeyedFiles(r.value.files);
    setDone(
      t('dbKey.done', {
        at: formatDateTime(r.value.rotatedAt, zone),
        backups: f.backups > 0 ? t('dbKey.backups', { count: f.backups }) : '',
        aside: f.setAside > 0 ? t('dbKey.aside', { count: f.setAside }) : '',
        staged: f.staged ? t('dbKey.staged') : '',
      }),
    );
    close();
  };

  return (
    <Stack maw={520} mt="xl">
      <Title order={2} size="h4">
        {t('dbKey.title')}
      </Title>
      <Text size="sm" c="dimmed">
        {t('dbKey.explain')}
      </Text>
      {done && (
        <Alert color="green" role="status">
          {done}
        </Alert>
      )}
      {failure && (
        <Alert color="red" role="alert">
          {failure}
        </Alert>
      )}
      <Group>
        <Button variant="outline" onClick={() => setOpen(true)}>
          {t('dbKey.open')}
        </Button>
      </Group>
      <Modal opened={open} onClose={close} title={t('dbKey.modalTitle')}>
        <Stack>
          <Text size="sm">{t('dbKey.modalExplain')}</Text>
          <Checkbox
            label={t('dbKey.confirm')}
            checked={sure}
            onChange={(e) => setSure(e.currentTarget.checked)}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('dbKey.cancel')}
            </Button>
            <Button disabled={!sure} loading={busy} onClick={() => void rotate()}>
              {t('dbKey.submit')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}
