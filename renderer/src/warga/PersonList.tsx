// Warga list: search-as-you-type by NIK, No KK or name, filters, and a virtualised list of any length.
import { Button, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../api/client.ts';
import { useApp } from '../app/app-context.tsx';
import { mayCall, usePermissions } from '../app/permissions.ts';
import { formatNumber } from '../format.ts';
import { hrefTo, navigate, rememberList, replaceHref } from '../nav/route.ts';
import { usePagedRows } from '../ui/use-paged-rows.ts';
import { usePersonColumns } from '../ui/register-columns.tsx';
import { VirtualTable } from '../ui/VirtualTable.tsx';
import { PersonFilterBar } from './PersonFilterBar.tsx';
import { DUPLICATE_QUEUE } from './duplicate-queue-path.ts';
import {
  personFiltersFrom,
  personListHref,
  personSearchInput,
  type PersonFilters,
} from './person-filters.ts';

export function PersonList({ query }: { query: URLSearchParams }) {
  const { t } = useTranslation();
  const perms = usePermissions();
  const app = useApp();
  // Only Dinsos reconciles records across offices (duplicates.list refuses elsewhere).
  const reviewsDuplicates =
    app.status.office?.type === 'dinsos' && mayCall(app.session.user.role, 'duplicates.list');
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

  const columns = usePersonColumns();

  return (
    <Stack gap="sm">
      <Group justify="space-between">
        <Title order={1} size="h2">
          {t('nav.warga')}
        </Title>
        <Group gap="sm">
          {reviewsDuplicates && (
            <Button component="a" variant="default" href={hrefTo('warga', [DUPLICATE_QUEUE])}>
              {t('duplicates.queue.open')}
            </Button>
          )}
          {perms.writeRegister && (
            <Button component="a" href={hrefTo('layanan', ['baru'])}>
              {t('intake.start')}
            </Button>
          )}
        </Group>
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
        {rows.total === null
          ? t('common.loading')
          : t(rows.capped ? 'warga.countCapped' : 'warga.count', { n: formatNumber(rows.total) })}
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
