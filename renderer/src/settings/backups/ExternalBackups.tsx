// Pengaturan → Cadangan: the external (USB) folder, writing an encrypted backup to it, and its backups.
import { Alert, Button, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client.ts';
import type { OfficeZone } from '../../format.ts';
import { notifyError, notifySuccess } from '../../ui/notify.ts';
import type { BackupOverview } from '../../../../shared/types/backups.ts';
import { useOperation } from '../../ui/use-operation.ts';
import { BackupRunProgress } from './BackupRunProgress.tsx';
import { BackupTable } from './BackupTable.tsx';

interface Props {
  overview: BackupOverview;
  zone: OfficeZone;
  busy: string | null;
  reload(): void;
  onVerify(fileName: string): void;
  onRestore(fileName: string): void;
}

export function ExternalBackups({ overview, zone, busy, reload, onVerify, onRestore }: Props) {
  const { t } = useTranslation();
  const [dir, setDir] = useState(overview.externalDir ?? '');
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  // Writing the encrypted copy runs as an operation: progress, Batalkan, and the screen stays usable.
  const exportOp = useOperation('backups.exportExternalRun');
  useEffect(() => setDir(overview.externalDir ?? ''), [overview.externalDir]);

  const save = async (): Promise<void> => {
    setSaving(true);
    setError(null);
    const r = await call('backups.setExternalDir', { dir: dir.trim() || null });
    setSaving(false);
    if (!r.ok) {
      setError(r.error.fields?.dir ?? r.error.message);
      return;
    }
    notifySuccess(t(r.value.externalDir ? 'backups.external.saved' : 'backups.external.cleared'));
    reload();
  };

  const exportNow = async (): Promise<void> => {
    const final = await exportOp.start({});
    if (!final) return;
    const written = final.state !== 'failed' && 'written' in final.result ? final.result.written : null;
    if (final.state === 'failed') notifyError(final.error.message);
    else if (!written) notifyError(t('backups.run.externalCancelled'));
    else {
      notifySuccess(t('backups.external.exported', { fileName: written.fileName }));
      reload();
    }
  };

  return (
    <Stack>
      <Title order={3}>{t('backups.external.title')}</Title>
      <Text size="sm" c="dimmed">
        {t('backups.external.description')}
      </Text>
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <Group align="flex-end">
          <TextInput
            label={t('backups.external.folder')}
            description={t('backups.external.folderHint')}
            value={dir}
            onChange={(e) => setDir(e.currentTarget.value)}
            error={error}
            style={{ flex: 1, minWidth: 320 }}
          />
          <Button type="submit" variant="default" loading={saving}>
            {t('backups.external.save')}
          </Button>
        </Group>
      </form>
      {overview.externalDir && !overview.externalReachable && (
        <Alert color="yellow">{t('backups.external.unreachable', { dir: overview.externalDir })}</Alert>
      )}
      {overview.externalDir && overview.externalReachable && (
        <>
          <Group>
            <Button loading={exportOp.running} onClick={() => void exportNow()}>
              {t('backups.external.exportNow')}
            </Button>
          </Group>
          <BackupRunProgress op={exportOp} title={t('backups.run.externalTitle')} />
          {overview.externalBackups.length === 0 ? (
            <Text c="dimmed">{t('backups.external.none')}</Text>
          ) : (
            <BackupTable
              label={t('backups.external.title')}
              rows={overview.externalBackups.map((e) => ({ ...e, takenAt: null, kind: null }))}
              zone={zone}
              busy={busy}
              onVerify={onVerify}
              onRestore={onRestore}
            />
          )}
        </>
      )}
    </Stack>
  );
}
