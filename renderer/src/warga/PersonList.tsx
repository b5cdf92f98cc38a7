// Warga list: search-as-you-type by NIK, No KK or name, filters, and a virtualised list of any length.
import { Badge, Button, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../api/client.ts';
import { usePermissions } from '../app/permissions.ts';
import { useRegions } from '../app/regions.tsx';
import { formatDay, formatNumber } from '../format.ts';
import { hrefTo, navigate, rememberList, replaceHref } from '../nav/route.ts';
import { IdNumber } from '../ui/IdNumber.tsx';
import { OverdueBadge } from '../ui/StatusBadge.tsx';
import { usePagedRows } from '../ui/use-paged-rows.ts';
import { VirtualTable, type Column } from '../ui/VirtualTable.tsx';
import type { PersonSummary } from '../../../shared/types/register.ts';
import { PersonFilterBar } from './PersonFilterBar.tsx';
import {
  personFiltersFrom,
  personListHref,
  personSearchInput,
  type PersonFilters,
} from './person-filters.ts';

export function PersonList({ query }: { query: URLSearchParams }) {
  const { t } = useTranslation();
  const perms = usePermissions();
  const regions = useRegions();
  const [filters, setFilters] = useState<PersonFilters>(() => personFiltersFrom(query));
  const [debouncedQ] = useDebouncedValue(filters.q, 150);
  const applied = useMemo(() => ({ ...filters, q: debouncedQ }), [filters, debouncedQ]);
  const key = JSON.stringify(applied);
  const bodyRef = useRef<HTMLDivElement | null>(null);

  useEffect(() => {
    const href = personListHref(applied);
    replaceHref(href);
    rememberList('warga', href);
  }, [applied]);

  const fetchPage = useCallback(
    (offset: number, limit: number) =>
      call('persons.search', { ...personSearchInput(applied), offset, limit }),
    [applied],
  );
  const rows = usePagedRows(fetchPage, key);

  const columns: Column<PersonSummary>[] = [
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

  return (
    <Stack gap="sm">
      <Group justify="space-between">
        <Title order={2}>{t('nav.warga')}</Title>
        {perms.writeRegister && (
          <Button component="a" href={hrefTo('layanan', ['baru'])}>
            {t('intake.start')}
          </Button>
        )}
      </Group>
      <TextInput
        label={t('warga.searchLabel')}
        description={t('warga.searchHint')}
        placeholder={t('warga.searchPlaceholder')}
        value={filters.q}
        onChange={(e) => setFilters({ ...filters, q: e.currentTarget.value })}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') {
            e.preventDefault();
            bodyRef.current?.focus();
          }
        }}
        data-autofocus
        autoFocus
        maw={720}
      />
      <PersonFilterBar value={filters} onChange={setFilters} />
      <Text size="sm" c="dimmed" aria-live="polite" data-testid="person-count">
        {rows.total === null ? t('common.loading') : t('warga.count', { n: formatNumber(rows.total) })}
      </Text>
      {rows.error && (
        <Text c="red" size="sm" role="alert">
          {rows.error}
        </Text>
      )}
      <VirtualTable
        label={t('warga.listLabel')}
        columns={columns}
        rows={rows}
        getKey={(p) => p.id}
        onOpen={(p) => navigate(hrefTo('warga', [p.id]))}
        rowAttrs={(p) => ({ 'data-person-id': p.id, 'data-overdue': p.overdue ? '' : undefined })}
        emptyText={t('warga.empty')}
        resetKey={key}
        bodyRef={bodyRef}
        testId="person-list"
      />
    </Stack>
  );
}
