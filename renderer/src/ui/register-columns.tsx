// Columns of the resident and case lists (Warga, Layanan, Dinsos's merged register): one definition of each cell.
import { Badge, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { LIST, useReference } from '../app/reference.tsx';
import { useRegions } from '../app/regions.tsx';
import { formatDateShort, formatDay, formatNumber, type OfficeZone } from '../format.ts';
import { IdNumber } from './IdNumber.tsx';
import { FastTrackBadge, OverdueBadge, StatusBadge } from './StatusBadge.tsx';
import type { Column } from './VirtualTable.tsx';
import type { CaseSummary } from '../../../shared/types/cases.ts';
import type { PersonSummary } from '../../../shared/types/register.ts';

export function usePersonColumns(): Column<PersonSummary>[] {
  const { t } = useTranslation();
  const regions = useRegions();
  return [
    {
      id: 'name',
      header: t('person.name'),
      width: 'minmax(160px, 2fr)',
      render: (p) => (
        <Text size="sm" fw={600} span>
          {p.name}{' '}
          <Text span c="dimmed" size="xs" title={t(`sex.${p.sex}`)}>
            {t(`sexShort.${p.sex}`)}
          </Text>
        </Text>
      ),
    },
    { id: 'nik', header: t('person.nik'), width: '150px', render: (p) => <IdNumber value={p.nik} /> },
    { id: 'birth', header: t('person.birthDate'), width: '105px', render: (p) => formatDay(p.birthDate) },
    {
      id: 'desa',
      header: t('person.desaShort'),
      width: 'minmax(100px, 1fr)',
      render: (p) => regions.name(p.desaCode),
    },
    { id: 'kk', header: t('person.noKk'), width: '150px', render: (p) => <IdNumber value={p.noKk} /> },
    {
      id: 'dtsen',
      header: t('person.dtsenStatus'),
      width: '125px',
      render: (p) => t(`dtsen.${p.dtsenStatus}`),
    },
    {
      id: 'cases',
      header: t('warga.openCases'),
      width: '110px',
      render: (p) => (
        <Group gap={4} wrap="nowrap">
          {p.openCases > 0 && <Badge variant="light">{formatNumber(p.openCases)}</Badge>}
          {p.overdue && <OverdueBadge />}
        </Group>
      ),
    },
  ];
}

export function useCaseColumns(zone: OfficeZone): Column<CaseSummary>[] {
  const { t } = useTranslation();
  const ref = useReference();
  const regions = useRegions();
  return [
    {
      id: 'number',
      header: t('kasus.number'),
      width: '165px',
      render: (c) => (
        <Text span ff="monospace" size="sm">
          {c.caseNumber}
        </Text>
      ),
    },
    {
      id: 'received',
      header: t('kasus.receivedAt'),
      width: '105px',
      render: (c) => formatDateShort(c.receivedAt, zone),
    },
    {
      id: 'who',
      header: t('kasus.beneficiary'),
      width: 'minmax(140px, 2fr)',
      render: (c) => (
        <Text span size="sm" fw={600}>
          {c.beneficiaryName}
        </Text>
      ),
    },
    {
      id: 'kind',
      header: t('kasus.kind'),
      width: '150px',
      // The kind as the domain names it, then the complaint's sub-kind: "Keluhan – Pengaduan", "Layanan".
      render: (c) => t(`caseKind.${c.kind}`) + (c.subKind ? ` – ${t(`subKind.${c.subKind}`)}` : ''),
    },
    {
      id: 'category',
      header: t('kasus.category'),
      width: 'minmax(120px, 1.5fr)',
      render: (c) => ref.label(LIST.category, c.category),
    },
    {
      id: 'desa',
      header: t('person.desaShort'),
      width: 'minmax(90px, 1fr)',
      render: (c) => regions.name(c.desaCode),
    },
    {
      id: 'status',
      header: t('kasus.status'),
      width: 'minmax(170px, 1.5fr)',
      render: (c) => (
        <Group gap={4} wrap="nowrap">
          <StatusBadge status={c.status} />
          {c.overdue && <OverdueBadge />}
          {c.fastTrack && <FastTrackBadge />}
        </Group>
      ),
    },
  ];
}
