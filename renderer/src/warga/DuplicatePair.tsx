// One duplicate candidate pair side by side: name, masked NIK, birth, sex, desa, household, office; and the reasons.
import { Anchor, Badge, Card, Group, Radio, SimpleGrid, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useApp } from '../app/app-context.tsx';
import { useRegions } from '../app/regions.tsx';
import { formatDate, formatDay, zoneOfRegion } from '../format.ts';
import { hrefTo } from '../nav/route.ts';
import { StatusBadge } from '../ui/StatusBadge.tsx';
import { DataRows } from '../ui/DataRows.tsx';
import { IdNumber } from '../ui/IdNumber.tsx';
import { maskNik } from '../../../shared/text/mask-id.ts';
import type { DuplicateCandidate, DuplicateSide } from '../../../shared/types/duplicates.ts';

/** "3 kasus · terakhir KS/…, 12 Mar 2026 [Dirujuk]", or that the record has none. */
function SideCases({ side }: { side: DuplicateSide }) {
  const { t } = useTranslation();
  const zone = zoneOfRegion(useApp().status.office?.regionCode);
  const latest = side.latestCase;
  if (side.caseCount === 0 || !latest) return <Text size="sm">{t('duplicates.queue.noCases')}</Text>;
  return (
    <Group gap={6} data-testid="duplicate-side-cases">
      <Text size="sm">
        {t('duplicates.queue.casesCount', { count: side.caseCount })} · {t('duplicates.queue.latestCase')}{' '}
        <Anchor href={hrefTo('layanan', [latest.caseId])} ff="monospace" size="sm">
          {latest.caseNumber}
        </Anchor>
        , {formatDate(latest.receivedAt, zone)}
      </Text>
      <StatusBadge status={latest.status} />
    </Group>
  );
}

function SideCard({ side, tag, primary }: { side: DuplicateSide; tag: 'A' | 'B'; primary: boolean }) {
  const { t } = useTranslation();
  const regions = useRegions();
  const rows: [string, ReactNode][] = [
    [t('person.nik'), <IdNumber key="nik" value={side.nik ? maskNik(side.nik) : null} />],
    [t('person.birth'), formatDay(side.birthDate, 'long') || '—'],
    [t('person.sex'), side.sex === 'L' || side.sex === 'P' ? t(`sex.${side.sex}`) : '—'],
    [t('person.desa'), side.desaCode ? `${regions.name(side.desaCode)} (${side.desaCode})` : '—'],
    [
      t('duplicates.queue.household'),
      side.householdSize > 0
        ? t('duplicates.queue.householdValue', {
            head: side.householdHead ?? '—',
            count: side.householdSize,
          })
        : '—',
    ],
    [t('duplicates.queue.cases'), <SideCases key="cases" side={side} />],
    [t('duplicates.queue.office'), side.officeName ?? t('duplicates.unknownOffice')],
    [t('duplicates.queue.recordId'), <IdNumber key="id" value={side.personId} size="xs" />],
  ];
  return (
    <Card
      withBorder
      data-testid={`duplicate-side-${tag}`}
      data-person-id={side.personId}
      data-primary={primary}
      style={primary ? { borderColor: 'var(--mantine-color-blue-6)' } : undefined}
    >
      <Group justify="space-between" mb="xs">
        <Title order={3} size="h4">
          {tag}. {side.name}
        </Title>
        <Radio value={side.personId} label={t('duplicates.queue.primary')} />
      </Group>
      <DataRows rows={rows} />
    </Card>
  );
}

/** The pair, with the choice of the primary record (a radio per side). */
export function DuplicatePair({
  pair,
  primary,
  onPrimary,
}: {
  pair: DuplicateCandidate;
  primary: string;
  onPrimary(id: string): void;
}) {
  const { t } = useTranslation();
  return (
    <Radio.Group value={primary} onChange={onPrimary} aria-label={t('duplicates.queue.primary')}>
      <Group gap="xs" data-testid="duplicate-reasons">
        <Text fw={600}>
          {t('duplicates.queue.score', { score: pair.score.toFixed(2).replace('.', ',') })}
        </Text>
        {pair.reasons.map((r) => (
          <Badge key={r.label} variant="light">
            {r.label}
          </Badge>
        ))}
      </Group>
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <SideCard side={pair.a} tag="A" primary={primary === pair.a.personId} />
        <SideCard side={pair.b} tag="B" primary={primary === pair.b.personId} />
      </SimpleGrid>
    </Radio.Group>
  );
}
