// "Jadwal & transportasi": the job's state (next run, last run, failures), the settings form and "Sinkronkan sekarang".
import { Alert, Button, Card, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client.ts';
import { useApp } from '../../app/app-context.tsx';
import { mayCall } from '../../app/permissions.ts';
import { formatDateTime, type OfficeZone } from '../../format.ts';
import { DataRows } from '../../ui/DataRows.tsx';
import { useLoad } from '../../ui/use-load.ts';
import type { SyncRunReport, SyncSettingsView } from '../../../../shared/types/sync-schedule.ts';
import { RunReport } from './RunReport.tsx';
import { SyncSettingsForm } from './SyncSettingsForm.tsx';

function JobState({ view, zone }: { view: SyncSettingsView; zone: OfficeZone }) {
  const { t } = useTranslation();
  const when = (iso: string | null): string => (iso ? formatDateTime(iso, zone) : t('sync.peer.never'));
  const s = view.state;
  return (
    <DataRows
      rows={[
        [t('sync.settings.nextRun'), view.nextRunAt ? when(view.nextRunAt) : t('sync.settings.off')],
        [t('sync.settings.lastRun'), when(s.lastRunAt)],
        ...(s.failures > 0
          ? ([
              [t('sync.settings.failures'), t('sync.settings.failuresValue', { n: s.failures })],
              [t('sync.settings.nextRetry'), when(s.nextRetryAt)],
            ] as [string, string][])
          : []),
      ]}
    />
  );
}

export function ScheduleTab({ zone, onRan }: { zone: OfficeZone; onRan(): void }) {
  const { t } = useTranslation();
  const role = useApp().session.user.role;
  const loaded = useLoad(() => call('sync.settings', {}), []);
  const [view, setView] = useState<SyncSettingsView | null>(null);
  const [report, setReport] = useState<SyncRunReport | null>(null);
  const [runError, setRunError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const current = view ?? loaded.value;

  const runNow = async (): Promise<void> => {
    setBusy(true);
    setRunError(null);
    const r = await call('sync.runNow', {});
    setBusy(false);
    if (!r.ok) return setRunError(r.error.message);
    setReport(r.value);
    setView(null);
    loaded.reload();
    onRan();
  };

  if (loaded.error) return <Alert color="red">{loaded.error}</Alert>;
  if (!current) return <Loader aria-label={t('common.loading')} />;
  const shown = report ?? current.state.lastReport;
  return (
    <Stack>
      <Card withBorder component="section" aria-label={t('sync.run.title')}>
        <Stack>
          <Title order={4}>{t('sync.run.title')}</Title>
          <JobState view={current} zone={zone} />
          {mayCall(role, 'sync.runNow') && (
            <Group>
              <Button onClick={() => void runNow()} loading={busy}>
                {t('sync.run.button')}
              </Button>
            </Group>
          )}
          {runError && <Alert color="red">{runError}</Alert>}
          {shown ? (
            <RunReport report={shown} zone={zone} />
          ) : (
            <Text size="sm" c="dimmed">
              {t('sync.run.never')}
            </Text>
          )}
        </Stack>
      </Card>
      <SyncSettingsForm
        key={current.settings.transport.kind + JSON.stringify(current.settings)}
        view={current}
        editable={mayCall(role, 'sync.updateSettings')}
        onSaved={setView}
      />
    </Stack>
  );
}
