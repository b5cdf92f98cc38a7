// Pengaturan → Log Audit: the append-only log in words (who, did what to what), filtered by username, action and local days.
import { Alert, Badge, Button, Group, Pagination, Stack, Table, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../api/client.ts';
import { useApp } from '../app/app-context.tsx';
import { METHODS } from '../../../shared/api/contract.ts';
import type { AuditOutcome } from '../../../shared/types/users.ts';
import { formatDateTime, formatNumber, startOfDay, startOfNextDay, zoneOfRegion } from '../format.ts';
import { DayInput } from '../ui/DayInput.tsx';
import { useLoad } from '../ui/use-load.ts';
import { isIsoDate } from '../../../shared/validation/calendar.ts';
import { describeAction, describeUser } from './audit-wording.ts';
import { SearchSelect } from '../ui/SearchSelect.tsx';

const PAGE = 50;
const OUTCOME_COLOR: Record<AuditOutcome, string> = {
  ok: 'teal',
  ditolak: 'red',
  tidak_valid: 'yellow',
  gagal: 'orange',
};

interface Filter {
  username: string;
  action: string | null;
  fromDay: string;
  toDay: string;
}
const noFilter: Filter = { username: '', action: null, fromDay: '', toDay: '' };

export function AuditTab() {
  const { t } = useTranslation();
  const { status } = useApp();
  const zone = zoneOfRegion(status.office?.regionCode);
  const [draft, setDraft] = useState<Filter>(noFilter);
  const [filter, setFilter] = useState<Filter>(noFilter);
  const [page, setPage] = useState(1);

  const audit = useLoad(
    () =>
      call('audit.list', {
        ...(filter.username.trim() ? { username: filter.username.trim() } : {}),
        ...(filter.action ? { action: filter.action } : {}),
        ...(isIsoDate(filter.fromDay) ? { from: startOfDay(filter.fromDay, zone) } : {}),
        ...(isIsoDate(filter.toDay) ? { to: startOfNextDay(filter.toDay, zone) } : {}),
        limit: PAGE,
        offset: (page - 1) * PAGE,
      }),
    [filter, page, zone],
  );

  const apply = (f: Filter): void => {
    // The same filter again still refreshes, to show entries written since.
    if (JSON.stringify(f) === JSON.stringify(filter) && page === 1) audit.reload();
    setFilter(f);
    setPage(1);
  };
  const total = audit.value?.total ?? 0;

  return (
    <Stack>
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          apply(draft);
        }}
      >
        <Group align="flex-end" wrap="wrap">
          <TextInput
            label={t('audit.username')}
            value={draft.username}
            onChange={(e) => setDraft({ ...draft, username: e.currentTarget.value })}
            w={180}
          />
          <SearchSelect
            label={t('audit.action')}
            data={METHODS.map((m) => ({
              value: m,
              label: describeAction(t, { action: m, subjectLabel: null, entityId: null }),
            }))}
            value={draft.action}
            onChange={(v) => setDraft({ ...draft, action: v })}
            clearable
            w={240}
          />
          <DayInput
            label={t('audit.fromDay', { zone: zone.label })}
            value={draft.fromDay}
            onChange={(v) => setDraft({ ...draft, fromDay: v })}
            w={190}
          />
          <DayInput
            label={t('audit.toDay', { zone: zone.label })}
            value={draft.toDay}
            onChange={(v) => setDraft({ ...draft, toDay: v })}
            w={190}
          />
          <Button type="submit">{t('audit.apply')}</Button>
          <Button
            variant="default"
            onClick={() => {
              setDraft(noFilter);
              apply(noFilter);
            }}
          >
            {t('audit.reset')}
          </Button>
        </Group>
      </form>
      {audit.error && <Alert color="red">{audit.error}</Alert>}
      <Text size="sm" c="dimmed" aria-live="polite">
        {t('audit.count', { n: formatNumber(total) })}
      </Text>
      <Table.ScrollContainer minWidth={900}>
        <Table striped highlightOnHover aria-label={t('settings.tabs.audit')} data-testid="audit-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('audit.at')}</Table.Th>
              <Table.Th>{t('audit.username')}</Table.Th>
              <Table.Th>{t('user.role')}</Table.Th>
              <Table.Th>{t('audit.action')}</Table.Th>
              <Table.Th>{t('audit.outcome')}</Table.Th>
              <Table.Th>{t('audit.detail')}</Table.Th>
              <Table.Th>{t('audit.device')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {audit.value?.rows.map((row) => (
              <Table.Tr key={row.id} data-outcome={row.outcome} data-action={row.action}>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDateTime(row.at, zone)}</Table.Td>
                <Table.Td>{describeUser(row)}</Table.Td>
                <Table.Td>{t(`role.${row.role}`, { defaultValue: row.role })}</Table.Td>
                <Table.Td data-testid="audit-action">{describeAction(t, row)}</Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  <Badge color={OUTCOME_COLOR[row.outcome]} tt="none" variant="light">
                    {t(`audit.outcomes.${row.outcome}`)}
                  </Badge>
                </Table.Td>
                <Table.Td>{row.detail}</Table.Td>
                <Table.Td>{row.device}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {total > PAGE && (
        <Pagination
          total={Math.ceil(total / PAGE)}
          value={page}
          onChange={setPage}
          aria-label={t('audit.pages')}
        />
      )}
    </Stack>
  );
}
