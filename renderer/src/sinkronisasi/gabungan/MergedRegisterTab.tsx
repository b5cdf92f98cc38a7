// Dinsos's "Register gabungan": pick an enrolled office, then search the residents and cases it originated.
import { Alert, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useCallback, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client.ts';
import { useApp } from '../../app/app-context.tsx';
import { formatNumber, type OfficeZone } from '../../format.ts';
import { hrefTo, navigate } from '../../nav/route.ts';
import { SearchSelect } from '../../ui/SearchSelect.tsx';
import { usePagedRows, type PagedRows } from '../../ui/use-paged-rows.ts';
import { VirtualTable } from '../../ui/VirtualTable.tsx';
import type { TrustStatus } from '../../../../shared/types/trust.ts';
import { useCaseColumns, usePersonColumns } from '../../ui/register-columns.tsx';

const LIST_HEIGHT = '300px';

export function MergedRegisterTab({ trust, zone }: { trust: TrustStatus; zone: OfficeZone }) {
  const { t } = useTranslation();
  const [officeId, setOfficeId] = useState<string | null>(null);
  const [q, setQ] = useState('');
  const [query] = useDebouncedValue(q, 150);

  const ownName = useApp().status.office?.name ?? '';
  // This Dinsos first (its own entries), then every enrolled office; a revoked one's rows stay in the register.
  const options = [
    { value: trust.officeId, label: t('sync.merged.thisOffice', { name: ownName }) },
    ...trust.offices
      .filter((o) => o.officeId !== trust.officeId)
      .map((o) => ({
        value: o.officeId,
        label: o.status === 'revoked' ? t('sync.merged.revoked', { name: o.name }) : o.name,
      })),
  ];

  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed">
        {t('sync.merged.intro')}
      </Text>
      <Group align="flex-end" gap="md">
        <SearchSelect
          label={t('sync.merged.office')}
          placeholder={t('sync.merged.officePlaceholder')}
          data={options}
          value={officeId}
          onChange={setOfficeId}
          nothingFoundMessage={t('sync.merged.noOffice')}
          w={360}
        />
        <TextInput
          label={t('sync.merged.search')}
          placeholder={t('sync.merged.searchPlaceholder')}
          value={q}
          onChange={(e) => setQ(e.currentTarget.value)}
          disabled={!officeId}
          w={360}
        />
      </Group>
      {officeId ? (
        <MergedLists officeId={officeId} query={query} zone={zone} />
      ) : (
        <Alert color="gray">{t('sync.merged.pickOffice')}</Alert>
      )}
    </Stack>
  );
}

function MergedLists({ officeId, query, zone }: { officeId: string; query: string; zone: OfficeZone }) {
  const { t } = useTranslation();
  const key = JSON.stringify({ officeId, query });
  const fetchPersons = useCallback(
    (offset: number, limit: number) =>
      call('persons.search', { originOfficeId: officeId, query, limit, offset }),
    [officeId, query],
  );
  const fetchCases = useCallback(
    (offset: number, limit: number) =>
      call('cases.search', { originOfficeId: officeId, query, limit, offset }),
    [officeId, query],
  );
  const persons = usePagedRows(fetchPersons, key);
  const cases = usePagedRows(fetchCases, key);
  const personColumns = usePersonColumns();
  const caseColumns = useCaseColumns(zone);

  return (
    <Stack gap="lg">
      <ListSection
        title={t('sync.merged.persons', { n: countOf(persons.total) })}
        countTestId="merged-person-count"
        error={persons.error}
      >
        <VirtualTable
          label={t('warga.listLabel')}
          columns={personColumns}
          rows={persons}
          getKey={(p) => p.id}
          onOpen={(p) => navigate(hrefTo('warga', [p.id]))}
          rowAttrs={(p) => ({ 'data-person-id': p.id, 'data-overdue': p.overdue ? '' : undefined })}
          emptyText={t('sync.merged.noPersons')}
          height={LIST_HEIGHT}
          resetKey={key}
          testId="merged-person-list"
        />
      </ListSection>
      <ListSection
        title={t('sync.merged.cases', { n: countOf(cases.total) })}
        countTestId="merged-case-count"
        error={cases.error}
      >
        <VirtualTable
          label={t('kasus.listLabel')}
          columns={caseColumns}
          rows={cases}
          getKey={(c) => c.id}
          onOpen={(c) => navigate(hrefTo('layanan', [c.id]))}
          rowAttrs={(c) => ({ 'data-case-id': c.id, 'data-overdue': c.overdue ? '' : undefined })}
          emptyText={t('sync.merged.noCases')}
          height={LIST_HEIGHT}
          resetKey={key}
          testId="merged-case-list"
        />
      </ListSection>
    </Stack>
  );
}

const countOf = (total: PagedRows<unknown>['total']): string => (total === null ? '…' : formatNumber(total));

function ListSection(props: {
  title: string;
  countTestId: string;
  error: string | null;
  children: ReactNode;
}) {
  return (
    <Stack gap={6}>
      <Title order={4} data-testid={props.countTestId} aria-live="polite">
        {props.title}
      </Title>
      {props.error && (
        <Text c="red" size="sm" role="alert">
          {props.error}
        </Text>
      )}
      {props.children}
    </Stack>
  );
}
