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
            <Figure
              testId="sync-last-export"
              label={t('sync.peer.lastExport')}
              value={
                p.lastExportAt
                  ? t('sync.peer.lastExportValue', {
                      when: formatDateTime(p.lastExportAt, zone),
                      seq: p.lastExportSequence,
                    })
                  : t('sync.peer.never')
              }
            />
            <Figure
              testId="sync-confirmed"
              label={t('sync.peer.confirmed', { name: p.name })}
              value={
                p.acknowledgedAt
                  ? t('sync.peer.confirmedValue', {
                      when: formatDateTime(p.acknowledgedAt, zone),
                      seq: p.acknowledgedSequence,
                    })
                  : t('sync.peer.never')
              }
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
