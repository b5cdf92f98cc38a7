// Rujukan: open, overdue or all referrals in a virtualised table; overdue highlighted; each row opens its case.
import { Badge, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../api/client.ts';
import { LIST, useReference } from '../app/reference.tsx';
import { formatDay, formatNumber } from '../format.ts';
import { hrefTo, navigate, replaceHref, type Route } from '../nav/route.ts';
import { OverdueBadge } from '../ui/StatusBadge.tsx';
import { usePagedRows } from '../ui/use-paged-rows.ts';
import { VirtualTable, type Column } from '../ui/VirtualTable.tsx';
import type { Referral } from '../../../shared/types/cases.ts';

const FILTERS = ['open', 'overdue', 'all'] as const;
type Filter = (typeof FILTERS)[number];
const isFilter = (s: string | null): s is Filter => (FILTERS as readonly (string | null)[]).includes(s);

export function RujukanScreen({ route }: { route: Route }) {
  const { t } = useTranslation();
  const ref = useReference();
  const initial = route.query.get('filter');
  const [filter, setFilter] = useState<Filter>(isFilter(initial) ? initial : 'open');
  useEffect(
    () => replaceHref(hrefTo('rujukan', [], { filter: filter === 'open' ? null : filter })),
    [filter],
  );

  const fetchPage = useCallback(
    (offset: number, limit: number) => call('referrals.search', { filter, offset, limit }),
    [filter],
  );
  const rows = usePagedRows(fetchPage, filter);

  const columns: Column<Referral>[] = [
    {
      id: 'letter',
      header: t('rujukan.letter'),
      width: '215px',
      render: (r) => (
        <>
          <Text ff="monospace" size="xs" truncate>
            {r.letterNumber}
          </Text>
          <Text size="xs" c="dimmed">
            {formatDay(r.letterDate)}
          </Text>
        </>
      ),
    },
    {
      id: 'case',
      header: t('kasus.number'),
      width: '150px',
      render: (r) => (
        <Text span ff="monospace" size="xs" c="teal.8">
          {r.caseNumber}
        </Text>
      ),
    },
    {
      id: 'who',
      header: t('kasus.beneficiary'),
      width: 'minmax(110px, 1fr)',
      render: (r) => r.beneficiaryName,
    },
    {
      id: 'destination',
      header: t('rujukan.destination'),
      width: 'minmax(140px, 1.5fr)',
      render: (r) => ref.label(LIST.destination, r.destination),
    },
    {
      id: 'outcome',
      header: t('rujukan.outcome'),
      width: '160px',
      render: (r) => (
        <Badge variant="light" color={r.outcome ? 'grape' : 'blue'} maw="100%">
          {r.outcome ? t(`outcome.${r.outcome}`) : t('rujukan.sent')}
        </Badge>
      ),
    },
    { id: 'overdue', header: '', width: '96px', render: (r) => (r.overdue ? <OverdueBadge /> : null) },
  ];

  return (
    <Stack gap="sm">
      <Title order={2}>{t('nav.rujukan')}</Title>
      <Text size="sm" c="dimmed">
        {t('rujukan.explain')}
      </Text>
      <SegmentedControl
        value={filter}
        onChange={(v) => setFilter(v as Filter)}
        data={FILTERS.map((f) => ({ value: f, label: t(`rujukan.filter.${f}`) }))}
        aria-label={t('rujukan.filterLabel')}
        w="fit-content"
      />
      <Text size="sm" c="dimmed" aria-live="polite" data-testid="referral-count">
        {rows.total === null ? t('common.loading') : t('rujukan.count', { n: formatNumber(rows.total) })}
      </Text>
      {rows.error && (
        <Text c="red" size="sm" role="alert">
          {rows.error}
        </Text>
      )}
      <VirtualTable
        label={t('rujukan.listLabel')}
        columns={columns}
        rows={rows}
        getKey={(r) => r.id}
        onOpen={(r) => navigate(hrefTo('layanan', [r.caseId]))}
        rowAttrs={(r) => ({ 'data-referral-id': r.id, 'data-overdue': r.overdue ? '' : undefined })}
        emptyText={t('rujukan.empty')}
        resetKey={filter}
        testId="referral-list"
      />
    </Stack>
  );
}
