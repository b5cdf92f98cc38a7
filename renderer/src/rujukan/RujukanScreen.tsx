// Rujukan: open, overdue or all referrals (by destination, outcome and, where several are held, office) in a virtualised
// table; overdue highlighted; each row opens its case.
import { Anchor, Badge, Group, SegmentedControl, Select, Stack, Text, Title } from '@mantine/core';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../api/client.ts';
import { LIST, useReference } from '../app/reference.tsx';
import { formatDay, formatNumber } from '../format.ts';
import { hrefTo, navigate, replaceHref, type Route } from '../nav/route.ts';
import { OverdueBadge } from '../ui/StatusBadge.tsx';
import { officeParam } from '../ui/office-filter.ts';
import { OfficeFilterSelect } from '../ui/OfficeFilterSelect.tsx';
import { usePagedRows } from '../ui/use-paged-rows.ts';
import { VirtualTable, type Column } from '../ui/VirtualTable.tsx';
import { REFERRAL_OUTCOMES, type Referral } from '../../../shared/types/cases.ts';

const OUTCOME_FILTERS = [...REFERRAL_OUTCOMES, 'belum'] as const;
type OutcomeFilter = (typeof OUTCOME_FILTERS)[number];
const isOutcome = (s: string | null): s is OutcomeFilter =>
  (OUTCOME_FILTERS as readonly (string | null)[]).includes(s);

const FILTERS = ['open', 'overdue', 'all'] as const;
type Filter = (typeof FILTERS)[number];
const isFilter = (s: string | null): s is Filter => (FILTERS as readonly (string | null)[]).includes(s);

export function RujukanScreen({ route }: { route: Route }) {
  const { t } = useTranslation();
  const ref = useReference();
  const initial = route.query.get('filter');
  const [filter, setFilter] = useState<Filter>(isFilter(initial) ? initial : 'open');
  const [destination, setDestination] = useState<string | null>(route.query.get('destination'));
  const initialOutcome = route.query.get('outcome');
  const [outcome, setOutcome] = useState<OutcomeFilter | null>(
    isOutcome(initialOutcome) ? initialOutcome : null,
  );
  // The office whose cases' referrals are listed; from Dinsos's health board with the name the board gave it,
  // which names it only while that office stays chosen.
  const [office, setOffice] = useState<string | null>(() => officeParam(route.query.get('office')));
  const [linked] = useState(() => ({ id: office, name: route.query.get('officeName') }));
  const officeName = office !== null && office === linked.id ? linked.name : null;
  useEffect(
    () =>
      replaceHref(
        hrefTo('rujukan', [], {
          filter: filter === 'open' ? null : filter,
          destination,
          outcome,
          office,
          officeName,
        }),
      ),
    [filter, destination, outcome, office, officeName],
  );

  const fetchPage = useCallback(
    (offset: number, limit: number) =>
      call('referrals.search', {
        filter,
        offset,
        limit,
        ...(destination ? { destination } : {}),
        ...(outcome ? { outcome } : {}),
        ...(office ? { originOfficeId: office } : {}),
      }),
    [filter, destination, outcome, office],
  );
  const resetKey = `${filter}|${destination ?? ''}|${outcome ?? ''}|${office ?? ''}`;
  const rows = usePagedRows(fetchPage, resetKey);

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
        <Text span ff="monospace" size="xs" c="teal.9">
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
      <Group justify="space-between">
        <Title order={1} size="h2">
          {t('nav.rujukan')}
        </Title>
        <Anchor href={hrefTo('rujukan', ['usulan'])} data-testid="open-usulan">
          {t('usulan.open')}
        </Anchor>
      </Group>
      <Text size="sm" c="dimmed">
        {t('rujukan.explain')}
      </Text>
      <Group align="flex-end" gap="sm" wrap="wrap">
        <SegmentedControl
          value={filter}
          onChange={(v) => setFilter(v as Filter)}
          data={FILTERS.map((f) => ({ value: f, label: t(`rujukan.filter.${f}`) }))}
          aria-label={t('rujukan.filterLabel')}
          w="fit-content"
        />
        <Select
          label={t('rujukan.destination')}
          data={ref.options(LIST.destination).map((o) => ({ value: o.value, label: o.label }))}
          value={destination}
          onChange={setDestination}
          clearable
          searchable
          placeholder={t('common.all')}
          w={240}
        />
        <Select
          label={t('rujukan.outcome')}
          data={OUTCOME_FILTERS.map((o) => ({
            value: o,
            label: o === 'belum' ? t('charts.outcomeNone') : t(`outcome.${o}`),
          }))}
          value={outcome}
          onChange={(v) => setOutcome(isOutcome(v) ? v : null)}
          clearable
          placeholder={t('common.all')}
          w={200}
        />
        <OfficeFilterSelect value={office} onChange={setOffice} valueName={officeName} />
      </Group>
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
        resetKey={resetKey}
        testId="referral-list"
      />
    </Stack>
  );
}
