// Dinsos's board of every office's health: silence, gaps, clocks, open work, last month's report, overdue referrals.
import { Alert, Anchor, Badge, Button, Group, Loader, Table, Text, UnstyledButton } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../api/client.ts';
import { formatDateTime, type OfficeZone } from '../format.ts';
import { useLoad } from '../ui/use-load.ts';
import { hrefTo } from '../nav/route.ts';
import { saveGeneratedFile } from '../ui/download.ts';
import { notifyError } from '../ui/notify.ts';
import { DUPLICATE_QUEUE } from '../warga/duplicate-queue-path.ts';
import type { OfficeHealth } from '../../../shared/types/sync.ts';
import { skewText } from './sync-format.ts';
import { SilenceSetting } from './SilenceSetting.tsx';
import type { OfficeRef } from './office-filter.ts';

type SortKey =
  | 'name'
  | 'silentDays'
  | 'missing'
  | 'unacknowledged'
  | 'open'
  | 'quarantinedHere'
  | 'duplicatesPending'
  | 'overdueReferrals';

type Target = { tab: string } | { href: string };

const sortValue = (o: OfficeHealth, k: SortKey): number | string => {
  if (k === 'name') return `${o.regionCode} ${o.name}`;
  if (k === 'silentDays') return o.silentDays ?? Number.MAX_SAFE_INTEGER;
  if (k === 'missing') return o.missing.length;
  if (k === 'open') return (o.reportedConflicts ?? 0) + (o.reportedQuarantined ?? 0);
  return o[k];
};

/** `onOpenTab(tab, office)`: a figure opens a tab of this screen filtered to the office it counts. */
export function HealthBoard(props: { zone: OfficeZone; onOpenTab(tab: string, office: OfficeRef): void }) {
  const { t } = useTranslation();
  const board = useLoad(() => call('sync.health', {}), []);
  const [sort, setSort] = useState<{ key: SortKey; desc: boolean }>({ key: 'silentDays', desc: true });
  if (board.error) return <Alert color="red">{board.error}</Alert>;
  if (!board.value) return <Loader aria-label={t('common.loading')} />;
  const b = board.value;
  if (b.offices.length === 0) return <Alert color="gray">{t('sync.noOffices')}</Alert>;
  const rows = [...b.offices].sort((x, y) => {
    const a = sortValue(x, sort.key);
    const c = sortValue(y, sort.key);
    const cmp = typeof a === 'string' ? a.localeCompare(String(c)) : a - Number(c);
    return sort.desc ? -cmp : cmp;
  });
  const th = (key: SortKey, label: string) => (
    <Table.Th aria-sort={sort.key === key ? (sort.desc ? 'descending' : 'ascending') : 'none'}>
      <UnstyledButton
        fw={600}
        fz="sm"
        onClick={() => setSort((s) => ({ key, desc: s.key === key ? !s.desc : key !== 'name' }))}
      >
        {label}
        {sort.key === key ? (sort.desc ? ' ▼' : ' ▲') : ''}
      </UnstyledButton>
    </Table.Th>
  );
  // Every figure opens the list it counts: a tab of this screen, or another screen.
  const count = (n: number, color: string, to: Target, office: OfficeRef) =>
    n === 0 ? (
      <Text size="sm">0</Text>
    ) : 'tab' in to ? (
      <Anchor component="button" size="sm" c={color} fw={600} onClick={() => props.onOpenTab(to.tab, office)}>
        {n}
      </Anchor>
    ) : (
      <Anchor href={to.href} size="sm" c={color} fw={600}>
        {n}
      </Anchor>
    );
  const exportXlsx = async (): Promise<void> => {
    const file = await call('sync.healthExport', {});
    if (!file.ok) notifyError(file.error.message);
    else saveGeneratedFile(file.value);
  };
  return (
    <Table.ScrollContainer minWidth={1100}>
      <Text size="sm" c="dimmed" mb="xs">
        {t('sync.health.hint', { days: b.silentAfterDays, month: b.month })}
      </Text>
      <Group justify="space-between" align="flex-end">
        <SilenceSetting current={b.silentAfterDays} onSaved={board.reload} />
        <Button variant="default" onClick={() => void exportXlsx()} mb="sm" data-testid="health-export">
          {t('sync.health.export')}
        </Button>
      </Group>
      <Table striped verticalSpacing="xs" data-testid="health-board">
        <Table.Thead>
          <Table.Tr>
            {th('name', t('sync.health.office'))}
            {th('silentDays', t('sync.health.lastBundle'))}
            {th('missing', t('sync.health.missing'))}
            {th('unacknowledged', t('sync.health.unacknowledged'))}
            <Table.Th>{t('sync.health.clock')}</Table.Th>
            {th('open', t('sync.health.openThere'))}
            {th('quarantinedHere', t('sync.health.quarantinedHere'))}
            {th('duplicatesPending', t('sync.health.duplicates'))}
            <Table.Th>{t('sync.health.report', { month: b.month })}</Table.Th>
            {th('overdueReferrals', t('sync.health.overdue'))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((o) => {
            const office: OfficeRef = { id: o.officeId, name: o.name };
            return (
              <Table.Tr key={o.officeId} data-silent={o.silent || undefined}>
                <Table.Td>
                  <Text size="sm" fw={500}>
                    {o.name}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {o.regionCode}
                  </Text>
                </Table.Td>
                <Table.Td>
                  {o.lastReceivedAt ? (
                    <Anchor component="button" size="sm" onClick={() => props.onOpenTab('inbox', office)}>
                      {formatDateTime(o.lastReceivedAt, props.zone)}
                    </Anchor>
                  ) : (
                    t('sync.peer.never')
                  )}
                  {o.silent && (
                    <Badge ml={6} size="sm" color="red" variant="light" data-testid="office-silent">
                      {o.silentDays === null
                        ? t('sync.health.neverHeard')
                        : t('sync.health.silent', { n: o.silentDays })}
                    </Badge>
                  )}
                  {o.awaitingFirst && (
                    <Badge ml={6} size="sm" color="gray" variant="light" data-testid="office-awaiting">
                      {t('sync.health.awaitingFirst')}
                    </Badge>
                  )}
                </Table.Td>
                <Table.Td>
                  {o.missing.length === 0 ? (
                    <Text size="sm">0</Text>
                  ) : (
                    <Anchor
                      component="button"
                      size="sm"
                      c="red"
                      fw={600}
                      data-testid="office-missing"
                      onClick={() => props.onOpenTab('inbox', office)}
                    >
                      {t('sync.health.missingNumbers', { list: o.missing.join(', ') })}
                    </Anchor>
                  )}
                </Table.Td>
                <Table.Td>{count(o.unacknowledged, 'orange', { tab: 'inbox' }, office)}</Table.Td>
                <Table.Td>
                  {o.clockSkewMs !== null && (
                    <Badge size="sm" variant="light" color={o.clockFlagged ? 'orange' : 'gray'}>
                      {skewText(t, o.clockSkewMs, o.clockSkewMaxMs)}
                    </Badge>
                  )}
                </Table.Td>
                <Table.Td>
                  {o.reportedConflicts === null ? (
                    <Text size="sm" c="dimmed">
                      {t('sync.offices.openUnknown')}
                    </Text>
                  ) : (
                    count(
                      o.reportedConflicts + (o.reportedQuarantined ?? 0),
                      'orange',
                      { tab: 'offices' },
                      office,
                    )
                  )}
                </Table.Td>
                <Table.Td>{count(o.quarantinedHere, 'yellow.8', { tab: 'quarantine' }, office)}</Table.Td>
                <Table.Td>
                  {count(
                    o.duplicatesPending,
                    'orange',
                    { href: hrefTo('warga', [DUPLICATE_QUEUE], { office: o.officeId, officeName: o.name }) },
                    office,
                  )}
                </Table.Td>
                <Table.Td>
                  <Badge
                    component="a"
                    href={hrefTo('laporan', [], { month: b.month })}
                    size="sm"
                    variant="light"
                    color={
                      o.report.status === 'tepat_waktu'
                        ? 'teal'
                        : o.report.status === 'terlambat'
                          ? 'orange'
                          : 'red'
                    }
                  >
                    {t(`sync.health.reportStatus.${o.report.status}`)}
                  </Badge>
                </Table.Td>
                <Table.Td>
                  {count(
                    o.overdueReferrals,
                    'red',
                    {
                      href: hrefTo('rujukan', [], {
                        filter: 'overdue',
                        office: o.officeId,
                        officeName: o.name,
                      }),
                    },
                    office,
                  )}
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
