// Pengaturan → Cadangan (admin): backups on this PC, back up now, check, restore, external encrypted backups.
import { Alert, Button, Divider, Group, List, Loader, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../api/client.ts';
import { useApp } from '../app/app-context.tsx';
import { zoneOfRegion } from '../format.ts';
import { notifyError, notifySuccess } from '../ui/notify.ts';
import { useLoad } from '../ui/use-load.ts';
import type { BackupLocation } from '../../../shared/types/backups.ts';
import { BackupTable, megabytes } from './backups/BackupTable.tsx';
import { ExternalBackups } from './backups/ExternalBackups.tsx';
import { RestoreModal } from './backups/RestoreModal.tsx';

export function BackupTab() {
  const { t } = useTranslation();
  const zone = zoneOfRegion(useApp().status.office?.regionCode);
  const loaded = useLoad(() => call('backups.overview', {}), []);
  const [creating, setCreating] = useState(false);
  const [checking, setChecking] = useState<string | null>(null);
  const [restoring, setRestoring] = useState<{ location: BackupLocation; fileName: string } | null>(null);

  if (loaded.error) return <Alert color="red">{loaded.error}</Alert>;
  const overview = loaded.value;
  if (!overview) return <Loader aria-label={t('common.loading')} />;

  const createNow = async (): Promise<void> => {
    setCreating(true);
    const r = await call('backups.createNow', {});
    setCreating(false);
    if (r.ok) {
      notifySuccess(t('backups.created', { fileName: r.value.fileName }));
      loaded.reload();
    } else notifyError(r.error.message);
  };

  const verify = (location: BackupLocation) => async (fileName: string) => {
    setChecking(fileName);
    const r = await call('backups.verify', { location, fileName });
    setChecking(null);
    if (!r.ok) notifyError(r.error.message);
    else if (r.value.ok) notifySuccess(t('backups.verifyOk', { fileName }));
    else notifyError(t('backups.verifyBad', { fileName, message: r.value.message }));
  };

  return (
    <Stack maw={960}>
      <Text size="sm" c="dimmed">
        {t('backups.description')}
      </Text>
      {overview.lastAutomatic?.error && (
        <Alert color="red" role="alert">
          {t('backups.lastAutomaticFailed', { error: overview.lastAutomatic.error })}
        </Alert>
      )}
      <Group>
        <Button loading={creating} onClick={() => void createNow()}>
          {t('backups.createNow')}
        </Button>
      </Group>
      <Title order={3}>{t('backups.local')}</Title>
      <BackupTable
        label={t('backups.local')}
        rows={overview.backups}
        zone={zone}
        busy={checking}
        onVerify={(f) => void verify('lokal')(f)}
        onRestore={(fileName) => setRestoring({ location: 'lokal', fileName })}
      />
      <Divider />
      <ExternalBackups
        overview={overview}
        zone={zone}
        busy={checking}
        reload={loaded.reload}
        onVerify={(f) => void verify('eksternal')(f)}
        onRestore={(fileName) => setRestoring({ location: 'eksternal', fileName })}
      />
      {overview.setAside.length > 0 && (
        <>
          <Divider />
          <Title order={3}>{t('backups.setAside.title')}</Title>
          <Text size="sm" c="dimmed">
            {t('backups.setAside.description')}
          </Text>
          <List>
            {overview.setAside.map((s) => (
              <List.Item key={s.fileName}>
                {s.fileName} ({megabytes(s.bytes)})
              </List.Item>
            ))}
          </List>
        </>
      )}
      <RestoreModal target={restoring} onClose={() => setRestoring(null)} />
    </Stack>
  );
}
