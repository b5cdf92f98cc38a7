// Usulan DTSEN: the office's (or, at Dinsos, the kabupaten's) proposals by state and kind (at Dinsos also desa and office).
import { Anchor, Badge, Button, Group, Select, Stack, Table, Text, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../api/client.ts';
import { useApp } from '../app/app-context.tsx';
import { mayCall } from '../app/permissions.ts';
import { formatDay, formatNumber } from '../format.ts';
import { hrefTo, navigate, replaceHref } from '../nav/route.ts';
import { IdNumber } from '../ui/IdNumber.tsx';
import { BulkUsulanModal } from './BulkUsulanModal.tsx';
import { ForwardAllButton } from './ForwardAllButton.tsx';
import { NationalUploadCard } from './NationalUploadCard.tsx';
import { useLoad } from '../ui/use-load.ts';
import { DesaSelect } from '../ui/DesaSelect.tsx';
import { OfficeFilterSelect } from '../ui/OfficeFilterSelect.tsx';
import { filterInput, filterSummary, NO_FILTERS, type UsulanFilters } from './usulan-filters.ts';
import {
  USULAN_KIND_LABELS,
  USULAN_KINDS,
  USULAN_STATE_LABELS,
  USULAN_STATES,
  type UsulanKind,
  type UsulanState,
} from '../../../shared/reference/usulan.ts';

const isState = (s: string | null): s is UsulanState =>
  (USULAN_STATES as readonly (string | null)[]).includes(s);

export function UsulanListScreen({ initialState }: { initialState: string | null }) {
  const { t } = useTranslation();
  const [state, setState] = useState<UsulanState | null>(isState(initialState) ? initialState : null);
  // A link to another state (Beranda, the household card) changes the address, not this screen's own filter.
  useEffect(() => setState(isState(initialState) ? initialState : null), [initialState]);
  useEffect(() => replaceHref(hrefTo('rujukan', ['usulan'], { state })), [state]);
  const [filters, setFilters] = useState<UsulanFilters>(NO_FILTERS);
  const list = useLoad(
    () => call('usulan.list', { ...(state ? { state } : {}), ...filterInput(filters), limit: 500 }),
    [state, filters],
  );
  const app = useApp();
  const role = app.session.user.role;
  const dinsos = app.status.office?.type === 'dinsos';
  const [bulk, setBulk] = useState(false);

  return (
    <Stack gap="sm">
      <Anchor href={hrefTo('rujukan')} size="sm">
        {t('usulan.backToReferrals')}
      </Anchor>
      <Title order={1} size="h2">
        {t('usulan.title')}
      </Title>
      <Text size="sm" c="dimmed">
        {t('usulan.explain')}
      </Text>
      <Anchor href={hrefTo('rujukan', ['usulan', 'musdes'])} size="sm" data-testid="open-musdes">
        {t('musdes.open')}
      </Anchor>
      {dinsos && mayCall(role, 'usulan.export') && <NationalUploadCard onImported={list.reload} />}
      <Group>
        <Select
          label={t('usulan.state')}
          data={USULAN_STATES.map((s) => ({ value: s, label: USULAN_STATE_LABELS[s] }))}
          value={state}
          onChange={(v) => setState(isState(v) ? v : null)}
          clearable
          placeholder={t('common.all')}
          w={240}
          data-testid="usulan-state-filter"
        />
        <Select
          label={t('usulan.kind')}
          data={USULAN_KINDS.map((k) => ({ value: k, label: USULAN_KIND_LABELS[k] }))}
          value={filters.kind}
          onChange={(v) => setFilters({ ...filters, kind: (v as UsulanKind | null) ?? null })}
          clearable
          placeholder={t('common.all')}
          w={200}
          data-testid="usulan-kind-filter"
        />
        {dinsos && (
          <>
            <DesaSelect
              label={t('person.desa')}
              value={filters.desa}
              onChange={(desa) => setFilters({ ...filters, desa })}
              clearable
              w={220}
            />
            <OfficeFilterSelect
              value={filters.office}
              onChange={(office) => setFilters({ ...filters, office })}
            />
          </>
        )}
        {!dinsos && mayCall(role, 'usulan.createBulk') && (
          <Button variant="light" onClick={() => setBulk(true)} data-testid="usulan-bulk-open">
            {t('usulanBulk.open')}
          </Button>
        )}
        {dinsos && state === 'diverifikasi' && list.value && mayCall(role, 'usulan.forwardAll') && (
          <ForwardAllButton
            count={list.value.total}
            filters={filters}
            filtersText={filterSummary(
              filters,
              list.value.items.find((u) => u.officeId === filters.office)?.officeName ?? null,
            )}
            onDone={list.reload}
          />
        )}
      </Group>
      {bulk && (
        <BulkUsulanModal
          onClose={() => setBulk(false)}
          onSaved={() => {
            setBulk(false);
            list.reload();
          }}
        />
      )}
      <Text size="sm" c="dimmed" aria-live="polite" data-testid="usulan-count">
        {list.value ? t('usulan.count', { n: formatNumber(list.value.total) }) : t('common.loading')}
      </Text>
      {list.error && (
        <Text c="red" size="sm" role="alert">
          {list.error}
        </Text>
      )}
      {list.value && list.value.items.length === 0 && <Text c="dimmed">{t('usulan.empty')}</Text>}
      {list.value && list.value.items.length > 0 && (
        <Table highlightOnHover aria-label={t('usulan.listLabel')} data-testid="usulan-list">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('usulan.household')}</Table.Th>
              <Table.Th>{t('usulan.kind')}</Table.Th>
              <Table.Th>{t('usulan.office')}</Table.Th>
              <Table.Th>{t('usulan.proposedAt')}</Table.Th>
              <Table.Th>{t('usulan.state')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {list.value.items.map((u) => (
              <Table.Tr
                key={u.id}
                style={{ cursor: 'pointer' }}
                onClick={() => navigate(hrefTo('rujukan', ['usulan', u.id]))}
                data-usulan-id={u.id}
              >
                <Table.Td>
                  {/* The row opens on a click; the name is its link for the keyboard (Tab, Enter). */}
                  <Anchor size="sm" href={hrefTo('rujukan', ['usulan', u.id])} display="block">
                    {u.headName}
                  </Anchor>
                  <IdNumber value={u.noKk} />
                </Table.Td>
                <Table.Td>{USULAN_KIND_LABELS[u.kind]}</Table.Td>
                <Table.Td>{u.officeName}</Table.Td>
                <Table.Td>{formatDay(u.proposedAt.slice(0, 10))}</Table.Td>
                <Table.Td>
                  <Badge variant="light">{u.stateText}</Badge>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
