// An office's exchange at a glance: changes not yet sent, the last export, and what Dinsos has confirmed.
import { Alert, Card, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDateTime, formatNumber, type OfficeZone } from '../format.ts';
import type { SyncPeer } from '../../../shared/types/sync.ts';

/** One labelled figure of a summary card. */
export function Figure({ label, value, testId }: { label: string; value: string; testId: string }) {
  return (
    <Stack gap={2}>
      <Text size="sm" c="dimmed">
        {label}
      </Text>
      <Text fw={600} data-testid={testId}>
        {value}
      </Text>
    </Stack>
  );
}

/** A figure "when (… sequence …)" from the text `valueKey`, or "Belum pernah" while `at` is null. */
export function WhenFigure(props: {
  label: string;
  testId: string;
  at: string | null;
  seq: number | null;
  valueKey:
    | 'sync.peer.lastExportValue'
    | 'sync.peer.confirmedValue'
    | 'sync.endToEnd.lastValue'
    | 'sync.endToEnd.confirmedValue';
  zone: OfficeZone;
}) {
  const { t } = useTranslation();
  const value = props.at
    ? t(props.valueKey, { when: formatDateTime(props.at, props.zone), seq: props.seq })
    : t('sync.peer.never');
  return <Figure label={props.label} value={value} testId={props.testId} />;
}

export function PeerSummary({ peers, zone }: { peers: SyncPeer[]; zone: OfficeZone }) {
  const { t } = useTranslation();
  if (peers.length === 0) return <Alert color="yellow">{t('sync.noPeer')}</Alert>;
  return (
    <>
      {peers.map((p) => (
        <Card key={p.officeId} withBorder aria-label={p.name}>
          <Title order={4} mb="sm">
            {p.name}
          </Title>
          <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }}>
            <Figure
              testId="sync-pending"
              label={t('sync.peer.pending')}
              value={t('sync.peer.pendingValue', { n: formatNumber(p.pending) })}
            />
            <WhenFigure
              testId="sync-last-export"
              label={t('sync.peer.lastExport')}
              at={p.lastExportAt}
              seq={p.lastExportSequence}
              valueKey="sync.peer.lastExportValue"
              zone={zone}
            />
            <WhenFigure
              testId="sync-confirmed"
              label={t('sync.peer.confirmed', { name: p.name })}
              at={p.acknowledgedAt}
              seq={p.acknowledgedSequence}
              valueKey="sync.peer.confirmedValue"
              zone={zone}
            />
            <Figure
              testId="sync-last-received"
              label={t('sync.peer.lastReceived')}
              value={p.lastReceivedAt ? formatDateTime(p.lastReceivedAt, zone) : t('sync.peer.never')}
            />
          </SimpleGrid>
        </Card>
      ))}
    </>
  );
}
