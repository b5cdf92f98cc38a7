// An office's own changes relayed to a farther office (a desa's to Dinsos through its kecamatan): confirmed end to end yet?
import { Card, SimpleGrid, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { OfficeZone } from '../format.ts';
import type { EndToEndAck } from '../../../shared/types/sync.ts';
import { WhenFigure } from './PeerSummary.tsx';

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
            <WhenFigure
              testId="e2e-last-batch"
              label={t('sync.endToEnd.last')}
              at={a.lastSealedAt}
              seq={a.lastSequence}
              valueKey="sync.endToEnd.lastValue"
              zone={zone}
            />
            <WhenFigure
              testId="e2e-confirmed"
              label={t('sync.endToEnd.confirmed', { name: a.name })}
              at={a.acknowledgedAt}
              seq={a.acknowledgedSequence}
              valueKey="sync.endToEnd.confirmedValue"
              zone={zone}
            />
          </SimpleGrid>
        </Card>
      ))}
    </>
  );
}
