// Pengaturan → Pembaruan: installed and available version, source, the Dinsos URL, "Periksa folder pembaruan", "Pasang saat keluar".
import { Alert, Button, Group, Loader, Stack, Switch, Text, TextInput, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../api/client.ts';
import { useApp } from '../app/app-context.tsx';
import { formatDateTime, zoneOfRegion } from '../format.ts';
import { DataRows } from '../ui/DataRows.tsx';
import { notifyError, notifySuccess } from '../ui/notify.ts';
import { useLoad } from '../ui/use-load.ts';
import { OperationProgress } from '../ui/OperationProgress.tsx';
import { useOperation } from '../ui/use-operation.ts';
import type { UpdateStatus } from '../../../shared/types/updates.ts';

/** While checking or downloading the status is re-read every few seconds. */
const POLL_MS = 3000;

function StatusRows({ s }: { s: UpdateStatus }) {
  const { t } = useTranslation();
  const zone = zoneOfRegion(useApp().status.office?.regionCode);
  const source =
    s.source === 'url'
      ? t('updates.sourceUrl', { label: s.sourceLabel ?? '' })
      : s.source === 'folder'
        ? t('updates.sourceFolder', { label: s.sourceLabel ?? '' })
        : t('updates.none');
  return (
    <DataRows
      rows={[
        [t('updates.currentVersion'), s.currentVersion],
        [t('updates.availableVersion'), s.availableVersion ?? t('updates.none')],
        [t('updates.source'), source],
        [t('updates.state'), t(`updates.phase.${s.phase}`, { percent: s.progressPercent ?? 0 })],
        [
          t('updates.lastUrlCheck'),
          s.lastUrlCheckAt ? formatDateTime(s.lastUrlCheckAt, zone) : t('updates.never'),
        ],
      ]}
    />
  );
}

export function UpdatesTab() {
  const { t } = useTranslation();
  const isAdmin = useApp().session.user.role === 'admin';
  const loaded = useLoad(() => call('updates.status', {}), []);
  const [status, setStatus] = useState<UpdateStatus | null>(null);
  const [url, setUrl] = useState('');
  const [folder, setFolder] = useState('');
  const [folderError, setFolderError] = useState<string | null>(null);
  const [busy, setBusy] = useState<'url' | 'check' | 'agree' | null>(null);
  // The folder check copies and hashes every file (installers are large): an operation with Batalkan.
  const folderOp = useOperation('updates.checkFolderRun');

  useEffect(() => {
    if (!loaded.value) return;
    setStatus(loaded.value);
    setUrl(loaded.value.url ?? '');
  }, [loaded.value]);

  const phase = status?.phase;
  useEffect(() => {
    if (phase !== 'memeriksa' && phase !== 'mengunduh') return;
    const timer = setInterval(() => {
      void call('updates.status', {}).then((r) => r.ok && setStatus(r.value));
    }, POLL_MS);
    return () => clearInterval(timer);
  }, [phase]);

  if (loaded.error) return <Alert color="red">{loaded.error}</Alert>;
  if (!status) return <Loader aria-label={t('common.loading')} />;
  const unsupported = status.phase === 'tidak_didukung';

  const saveUrl = async (): Promise<void> => {
    setBusy('url');
    const r = await call('updates.setUrl', { url });
    setBusy(null);
    if (!r.ok) return notifyError(r.error.fields?.url ?? r.error.message);
    setStatus(r.value);
    notifySuccess(t('updates.url.saved'));
  };
  const checkUrl = async (): Promise<void> => {
    setBusy('check');
    const r = await call('updates.checkUrl', {});
    setBusy(null);
    if (r.ok) setStatus(r.value);
    else notifyError(r.error.message);
  };
  const checkFolder = async (): Promise<void> => {
    setFolderError(null);
    const final = await folderOp.start({ path: folder });
    if (!final) return;
    if (final.state === 'failed') return setFolderError(final.error.fields?.path ?? final.error.message);
    const accepted = 'accepted' in final.result ? final.result.accepted : null;
    if (!accepted) return notifyError(t('updates.folder.run.cancelled'));
    setStatus(accepted.status);
    notifySuccess(t('updates.folder.accepted', { version: accepted.version, signer: accepted.signerName }));
  };
  const agree = async (on: boolean): Promise<void> => {
    setBusy('agree');
    const r = await call('updates.agreeInstall', { agree: on });
    setBusy(null);
    if (!r.ok) return notifyError(r.error.message);
    setStatus(r.value);
    const version = r.value.availableVersion ?? '';
    notifySuccess(on ? t('updates.install.agreed', { version }) : t('updates.install.withdrawn'));
  };

  return (
    <Stack maw={800} data-testid="updates-tab">
      <Text size="sm" c="dimmed">
        {t('updates.description')}
      </Text>
      {unsupported && (
        <Alert color="yellow" title={t('updates.unsupported')} data-testid="updates-unsupported">
          {status.unsupportedReason}
        </Alert>
      )}
      <StatusRows s={status} />
      {status.message && (
        <Alert color={status.phase === 'gagal' ? 'red' : 'blue'} role="status">
          {status.message}
        </Alert>
      )}
      {status.phase === 'siap' && status.availableVersion && (
        <Stack gap="xs">
          <Title order={3}>{t('updates.install.title')}</Title>
          <Text size="sm">{t('updates.install.explain', { version: status.availableVersion })}</Text>
          <Switch
            label={t('updates.install.agree')}
            checked={status.installOnQuit}
            disabled={!isAdmin || busy === 'agree'}
            onChange={(e) => void agree(e.currentTarget.checked)}
          />
        </Stack>
      )}
      {!isAdmin && <Text c="dimmed">{t('updates.readOnly')}</Text>}
      {isAdmin && (
        <>
          <Title order={3}>{t('updates.url.title')}</Title>
          <TextInput
            label={t('updates.url.label')}
            description={t('updates.url.hint')}
            value={url}
            onChange={(e) => setUrl(e.currentTarget.value)}
          />
          <Group>
            <Button variant="default" loading={busy === 'url'} onClick={() => void saveUrl()}>
              {t('updates.url.save')}
            </Button>
            <Button
              loading={busy === 'check'}
              disabled={unsupported || !status.url}
              onClick={() => void checkUrl()}
            >
              {t('updates.url.checkNow')}
            </Button>
          </Group>
          <Title order={3}>{t('updates.folder.title')}</Title>
          <TextInput
            label={t('updates.folder.label')}
            description={t('updates.folder.hint')}
            placeholder="E:\pembaruan"
            value={folder}
            error={folderError}
            onChange={(e) => setFolder(e.currentTarget.value)}
          />
          <Group>
            <Button
              loading={folderOp.running}
              disabled={unsupported || folder.trim() === ''}
              onClick={() => void checkFolder()}
            >
              {t('updates.folder.check')}
            </Button>
          </Group>
          <OperationProgress
            op={folderOp}
            title={t('updates.folder.run.title')}
            texts={{
              progressLabel: t('updates.folder.run.progressLabel'),
              starting: t('updates.folder.run.starting'),
              cancel: t('updates.folder.run.cancel'),
              cancelling: t('updates.folder.run.cancelling'),
            }}
            describe={(p) => t('updates.folder.run.salin', { done: p.done, total: p.total ?? '?' })}
          />
        </>
      )}
    </Stack>
  );
}
