// An office's own changes relayed to a farther office (a desa's to Dinsos through its kecamatan): confirmed end to end yet?
import { Card, SimpleGrid, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDateTime, type OfficeZone } from '../format.ts';
import type { EndToEndAck } from '../../../shared/types/sync.ts';
import { Figure } from './PeerSummary.tsx';

export function EndToEndSummary({ acks, zone }: { acks: EndToEndAck[]; zone: OfficeZone }) {
  const { t } = useTranslation();
  return (
    <>
      {acks.map((a) => (
        <Card key={a.officeId} withBorder aria-label={t('sync.endToEnd.title', { name: a.name })}>
          <Title order={4} mb="xs">
            {t('sync.endToEnd.title', { name: a.name })}
          </Title>
          <Text size="sm" c="dimmed" mb="sm">
            {t('sync.endToEnd.hint', { name: a.name })}
          </Text>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Figure
              testId="e2e-last-batch"
              label={t('sync.endToEnd.last')}
              value={t('sync.endToEnd.lastValue', {
                when: formatDateTime(a.lastSealedAt, zone),
                seq: a.lastSequence,
              })}
            />
            <Figure
              testId="e2e-confirmed"
              label={t('sync.endToEnd.confirmed', { name: a.name })}
              value={
                a.acknowledgedAt
                  ? t('sync.endToEnd.confirmedValue', {
                      when: formatDateTime(a.acknowledgedAt, zone),
                      seq: a.acknowledgedSequence,
                    })
                  : t('sync.peer.never')
              }
            />
          </SimpleGrid>
        </Card>
      ))}
    </>
  );
}
