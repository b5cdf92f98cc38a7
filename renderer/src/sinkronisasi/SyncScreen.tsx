// The Sinkronisasi section: an office's exchange with its Dinsos, or Dinsos's inbox, offices and conflicts.
import { Alert, Badge, Group, Loader, Stack, Tabs, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../api/client.ts';
import { useApp } from '../app/app-context.tsx';
import { mayCall } from '../app/permissions.ts';
import { zoneOfRegion } from '../format.ts';
import { useLoad } from '../ui/use-load.ts';
import { AttachmentFilesAlert } from './AttachmentFilesAlert.tsx';
import { BundleHistory } from './BundleHistory.tsx';
import { ConflictList } from './ConflictList.tsx';
import { EndToEndSummary } from './EndToEndSummary.tsx';
import { ExportPanel } from './ExportPanel.tsx';
import { HealthBoard } from './HealthBoard.tsx';
import { ImportPanel } from './ImportPanel.tsx';
import { InboxRunPanel } from './InboxRunPanel.tsx';
import { KeysPanel } from './KeysPanel.tsx';
import { OfficesPanel } from './OfficesPanel.tsx';
import { DownstreamTable } from './DownstreamTable.tsx';
import { OfficeFilterBar } from './OfficeFilterBar.tsx';
import type { OfficeRef } from './office-filter.ts';
import { OwnClockAlert } from './OwnClockAlert.tsx';
import { PeerSummary } from './PeerSummary.tsx';
import { QuarantinePanel } from './QuarantinePanel.tsx';
import { MergedRegisterTab } from './gabungan/MergedRegisterTab.tsx';
import { ScheduleTab } from './jadwal/ScheduleTab.tsx';

export function SyncScreen() {
  const { t } = useTranslation();
  const { status: system, session } = useApp();
  const role = session.user.role;
  const sync = useLoad(() => call('sync.status', {}), []);
  const trust = useLoad(() => call('trust.status', {}), []);
  const isDinsos = system.office?.type === 'dinsos';
  const zone = zoneOfRegion(system.office?.regionCode);
  const [tab, setTab] = useState<string | null>(isDinsos ? 'inbox' : 'overview');
  // A health-board figure opens its tab for one office; choosing a tab by hand shows every office again.
  const [office, setOffice] = useState<OfficeRef | null>(null);
  const chooseTab = (next: string | null): void => {
    setTab(next);
    setOffice(null);
  };
  const openForOffice = (next: string, o: OfficeRef): void => {
    setTab(next);
    setOffice(o);
  };
  const officeBar = <OfficeFilterBar office={office} onClear={() => setOffice(null)} />;
  const reload = (): void => {
    sync.reload();
    trust.reload();
  };
  const mayMove = mayCall(role, 'sync.exportNow');
  const s = sync.value;
  const tr = trust.value;
  const error = sync.error ?? trust.error;

  const conflictsTab = (
    <Tabs.Tab value="conflicts">
      <Group gap={6} wrap="nowrap">
        {t('sync.tabs.conflicts')}
        {s && s.openConflicts > 0 && (
          <Badge size="sm" color="orange" circle>
            {s.openConflicts}
          </Badge>
        )}
      </Group>
    </Tabs.Tab>
  );
  // Shown only while something waits (or while it is open): a rare state that must not go unnoticed.
  const quarantineTab =
    (s && s.openQuarantine > 0) || tab === 'quarantine' ? (
      <Tabs.Tab value="quarantine">
        <Group gap={6} wrap="nowrap">
          {t('sync.tabs.quarantine')}
          {s && s.openQuarantine > 0 && (
            <Badge size="sm" color="yellow" circle>
              {s.openQuarantine}
            </Badge>
          )}
        </Group>
      </Tabs.Tab>
    ) : null;

  return (
    <Stack>
      <Title order={1} size="h2">
        {t('sync.title')}
      </Title>
      {error && <Alert color="red">{error}</Alert>}
      {s && <OwnClockAlert warning={s.ownClock} />}
      {s && <AttachmentFilesAlert files={s.attachmentFiles} />}
      {!s || !tr ? (
        <Loader aria-label={t('common.loading')} />
      ) : (
        <Tabs value={tab} onChange={chooseTab} keepMounted={false}>
          <Tabs.List mb="md">
            {isDinsos ? (
              <>
                <Tabs.Tab value="inbox">{t('sync.tabs.inbox')}</Tabs.Tab>
                <Tabs.Tab value="offices">{t('sync.tabs.offices')}</Tabs.Tab>
                <Tabs.Tab value="health">{t('sync.tabs.health')}</Tabs.Tab>
                <Tabs.Tab value="merged">{t('sync.tabs.merged')}</Tabs.Tab>
                {conflictsTab}
                {quarantineTab}
                <Tabs.Tab value="schedule">{t('sync.tabs.schedule')}</Tabs.Tab>
              </>
            ) : (
              <>
                <Tabs.Tab value="overview">{t('sync.tabs.overview')}</Tabs.Tab>
                {conflictsTab}
                {quarantineTab}
                <Tabs.Tab value="schedule">{t('sync.tabs.schedule')}</Tabs.Tab>
                <Tabs.Tab value="keys">{t('sync.tabs.keys')}</Tabs.Tab>
              </>
            )}
          </Tabs.List>

          <Tabs.Panel value="overview">
            <Stack>
              <PeerSummary peers={s.peers} zone={zone} />
              <EndToEndSummary acks={s.endToEnd} zone={zone} />
              <DownstreamTable zone={zone} version={s} />
              {mayMove && s.peers.length > 0 && (
                <Group align="flex-start" grow>
                  <ExportPanel onDone={reload} />
                  <ImportPanel onDone={reload} />
                </Group>
              )}
              <BundleHistory status={s} zone={zone} mayDownload={mayMove} />
            </Stack>
          </Tabs.Panel>

          <Tabs.Panel value="inbox">
            <Stack>
              {officeBar}
              {mayMove && !office && (
                <Group align="flex-start" grow>
                  <ImportPanel onDone={reload} />
                  <ExportPanel onDone={reload} />
                </Group>
              )}
              {mayCall(role, 'operations.start') && !office && <InboxRunPanel onDone={reload} />}
              <BundleHistory status={s} zone={zone} mayDownload={mayMove} inboxFirst office={office} />
            </Stack>
          </Tabs.Panel>

          <Tabs.Panel value="offices">
            <Stack>
              {officeBar}
              <OfficesPanel trust={tr} peers={s.peers} zone={zone} onChanged={reload} office={office} />
              {!office && <DownstreamTable zone={zone} version={s} />}
            </Stack>
          </Tabs.Panel>

          <Tabs.Panel value="health">
            <HealthBoard zone={zone} onOpenTab={openForOffice} />
          </Tabs.Panel>

          <Tabs.Panel value="merged">
            <MergedRegisterTab trust={tr} zone={zone} />
          </Tabs.Panel>

          <Tabs.Panel value="conflicts">
            {mayCall(role, 'sync.conflicts') ? (
              <ConflictList zone={zone} onChanged={reload} />
            ) : (
              <Alert color="gray">{t('sync.conflicts.reviewersOnly')}</Alert>
            )}
          </Tabs.Panel>

          <Tabs.Panel value="quarantine">
            <QuarantinePanel
              zone={zone}
              mayRetry={mayCall(role, 'sync.retryQuarantine')}
              onChanged={reload}
            />
          </Tabs.Panel>

          <Tabs.Panel value="schedule">
            <ScheduleTab zone={zone} onRan={reload} />
          </Tabs.Panel>

          <Tabs.Panel value="keys">
            <KeysPanel trust={tr} zone={zone} onChanged={reload} />
          </Tabs.Panel>
        </Tabs>
      )}
    </Stack>
  );
}
