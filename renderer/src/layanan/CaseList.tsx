// Layanan list: cases by number or beneficiary name, with status/kind/category/overdue filters, virtualised.
import { Button, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../api/client.ts';
import { useApp } from '../app/app-context.tsx';
import { usePermissions } from '../app/permissions.ts';
import { formatNumber, zoneOfRegion } from '../format.ts';
import { hrefTo, navigate, rememberList, replaceHref } from '../nav/route.ts';
import { usePagedRows } from '../ui/use-paged-rows.ts';
import { useCaseColumns } from '../ui/register-columns.tsx';
import { VirtualTable } from '../ui/VirtualTable.tsx';
import { CaseFilterBar } from './CaseFilterBar.tsx';
import { caseFiltersFrom, caseListHref, caseSearchInput, type CaseFilters } from './case-filters.ts';

export function CaseList({ query }: { query: URLSearchParams }) {
  const { t } = useTranslation();
  const perms = usePermissions();
  const zone = zoneOfRegion(useApp().status.office?.regionCode);
  const [filters, setFilters] = useState<CaseFilters>(() => caseFiltersFrom(query));
  const [debouncedQ] = useDebouncedValue(filters.q, 150);
  const applied = useMemo(() => ({ ...filters, q: debouncedQ }), [filters, debouncedQ]);
  const key = JSON.stringify(applied);
  const bodyRef = useRef<HTMLDivElement | null>(null);

  useEffect(() => {
    const href = caseListHref(applied);
    replaceHref(href);
    rememberList('layanan', href);
  }, [applied]);

  const fetchPage = useCallback(
    (offset: number, limit: number) => call('cases.search', { ...caseSearchInput(applied), offset, limit }),
    [applied],
  );
  const rows = usePagedRows(fetchPage, key);

  const columns = useCaseColumns(zone);

  return (
    <Stack gap="sm">
      <Group justify="space-between">
        <Title order={1} size="h2">{t('nav.layanan')}</Title>
        {perms.writeRegister && (
          <Button component="a" href={hrefTo('layanan', ['baru'])}>
            {t('intake.start')}
          </Button>
        )}
      </Group>
      <TextInput
        label={t('kasus.searchLabel')}
        placeholder={t('kasus.searchPlaceholder')}
        value={filters.q}
        onChange={(e) => setFilters({ ...filters, q: e.currentTarget.value })}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') {
            e.preventDefault();
            bodyRef.current?.focus();
          }
        }}
        autoFocus
        maw={560}
      />
      <CaseFilterBar value={filters} onChange={setFilters} />
      <Text size="sm" c="dimmed" aria-live="polite" data-testid="case-count">
        {rows.total === null ? t('common.loading') : t('kasus.count', { n: formatNumber(rows.total) })}
      </Text>
      {rows.error && (
        <Text c="red" size="sm" role="alert">
          {rows.error}
        </Text>
      )}
      <VirtualTable
        label={t('kasus.listLabel')}
        columns={columns}
        rows={rows}
        getKey={(c) => c.id}
        onOpen={(c) => navigate(hrefTo('layanan', [c.id]))}
        rowAttrs={(c) => ({ 'data-case-id': c.id, 'data-overdue': c.overdue ? '' : undefined })}
        emptyText={t('kasus.empty')}
        resetKey={key}
        bodyRef={bodyRef}
        testId="case-list"
      />
    </Stack>
  );
}
