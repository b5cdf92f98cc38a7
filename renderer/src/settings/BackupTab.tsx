// Pengaturan → Cadangan (admin): backups on this PC, back up now and check (with progress and cancel), restore, external.
import { Alert, Button, Divider, Group, List, Loader, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../api/client.ts';
import { useApp } from '../app/app-context.tsx';
import { zoneOfRegion } from '../format.ts';
import { notifyError, notifySuccess } from '../ui/notify.ts';
import { useLoad } from '../ui/use-load.ts';
import { useOperation } from '../ui/use-operation.ts';
import type { BackupLocation } from '../../../shared/types/backups.ts';
import { BackupRunProgress } from './backups/BackupRunProgress.tsx';
import { BackupTable, megabytes } from './backups/BackupTable.tsx';
import { ExternalBackups } from './backups/ExternalBackups.tsx';
import { RestoreModal } from './backups/RestoreModal.tsx';

export function BackupTab() {
  const { t } = useTranslation();
  const zone = zoneOfRegion(useApp().status.office?.regionCode);
  const loaded = useLoad(() => call('backups.overview', {}), []);
  // Taking and checking a backup run as operations: a progress bar and a cancel button while they run.
  const createOp = useOperation('backups.createRun');
  const verifyOp = useOperation('backups.verifyRun');
  const [checking, setChecking] = useState<string | null>(null);
  const [restoring, setRestoring] = useState<{ location: BackupLocation; fileName: string } | null>(null);

  if (loaded.error) return <Alert color="red">{loaded.error}</Alert>;
  const overview = loaded.value;
  if (!overview) return <Loader aria-label={t('common.loading')} />;

  const createNow = async (): Promise<void> => {
    const final = await createOp.start({});
    if (!final) return;
    if (final.state === 'failed') notifyError(final.error.message);
    else if ('created' in final.result && final.result.created) {
      notifySuccess(t('backups.created', { fileName: final.result.created.fileName }));
      loaded.reload();
    } else notifyError(t('backups.run.createCancelled'));
  };

  const verify = (location: BackupLocation) => async (fileName: string) => {
    setChecking(fileName);
    const final = await verifyOp.start({ location, fileName });
    setChecking(null);
    if (!final) return;
    const check = final.state !== 'failed' && 'check' in final.result ? final.result.check : null;
    if (final.state === 'failed') notifyError(final.error.message);
    else if (!check) notifyError(t('backups.run.verifyCancelled'));
    else if (check.ok) notifySuccess(t('backups.verifyOk', { fileName }));
    else notifyError(t('backups.verifyBad', { fileName, message: check.message }));
  };
  const busy = createOp.running || verifyOp.running;

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
        <Button loading={createOp.running} disabled={busy} onClick={() => void createNow()}>
          {t('backups.createNow')}
        </Button>
      </Group>
      <BackupRunProgress op={createOp} title={t('backups.run.createTitle')} />
      <BackupRunProgress op={verifyOp} title={t('backups.run.verifyTitle')} />
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
