// The desa offices below this one (sync.downstream): last bundle, gaps, batches applied, held for relay up and down.
import { Alert, Badge, Card, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { call } from '../api/client.ts';
import { formatDateTime, type OfficeZone } from '../format.ts';
import { useLoad } from '../ui/use-load.ts';
import type { DownstreamOffice } from '../../../shared/types/sync.ts';
import { heldCell, missingText } from './downstream-view.ts';

/** Reloads whenever `version` changes (the screen's status after an import or export). Hidden with no desa below. */
export function DownstreamTable({ zone, version }: { zone: OfficeZone; version: unknown }) {
  const { t } = useTranslation();
  const list = useLoad(() => call('sync.downstream', {}), [version]);
  const rows = list.value ?? [];
  if (list.error) return <Alert color="red">{list.error}</Alert>;
  if (rows.length === 0) return null;
  const atDinsos = rows.some((r) => r.viaName !== null);
  return (
    <Card withBorder component="section" aria-label={t('sync.downstream.title')}>
      <Stack gap="xs">
        <Title order={4}>{t('sync.downstream.title')}</Title>
        <Text size="sm" c="dimmed">
          {t(atDinsos ? 'sync.downstream.hintDinsos' : 'sync.downstream.hint')}
        </Text>
        <Table.ScrollContainer minWidth={760}>
          <Table striped verticalSpacing="xs" data-testid="downstream-offices">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('sync.offices.name')}</Table.Th>
                <Table.Th>{t('sync.downstream.lastBundle')}</Table.Th>
                <Table.Th>{t('sync.downstream.lastBatch')}</Table.Th>
                {!atDinsos && <Table.Th>{t('sync.downstream.heldUp')}</Table.Th>}
                {!atDinsos && <Table.Th>{t('sync.downstream.heldDown')}</Table.Th>}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((r) => (
                <Line key={r.officeId} row={r} zone={zone} atDinsos={atDinsos} />
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Stack>
    </Card>
  );
}

function Line({ row, zone, atDinsos }: { row: DownstreamOffice; zone: OfficeZone; atDinsos: boolean }) {
  const { t } = useTranslation();
  const missing = missingText(row.missingBundles);
  const up = heldCell(row.heldUp);
  const down = heldCell(row.heldDown);
  return (
    <Table.Tr data-office={row.officeId}>
      <Table.Td>
        <Text size="sm">{row.name}</Text>
        {row.viaName && (
          <Text size="xs" c="dimmed">
            {t('sync.downstream.via', { name: row.viaName })}
          </Text>
        )}
        {!row.active && (
          <Badge size="sm" color="red" variant="light">
            {t('sync.offices.revoked')}
          </Badge>
        )}
      </Table.Td>
      <Table.Td data-testid="downstream-last-bundle">
        <Text size="sm">
          {row.lastReceivedAt
            ? formatDateTime(row.lastReceivedAt, zone)
            : t(row.viaName ? 'sync.downstream.throughKecamatan' : 'sync.peer.never')}
        </Text>
        {missing && (
          <Badge size="sm" color="orange" variant="light" data-testid="downstream-missing">
            {t('sync.downstream.missing', { list: missing })}
          </Badge>
        )}
      </Table.Td>
      <Table.Td data-testid="downstream-last-batch">
        {row.lastBatch
          ? t('sync.downstream.batchValue', {
              seq: row.lastBatch.sequence,
              when: formatDateTime(row.lastBatch.appliedAt, zone),
            })
          : t('sync.peer.never')}
      </Table.Td>
      {!atDinsos && (
        <Table.Td data-testid="downstream-held-up">{t(`sync.downstream.${up.key}`, up.values)}</Table.Td>
      )}
      {!atDinsos && (
        <Table.Td data-testid="downstream-held-down">
          {t(`sync.downstream.${down.key}`, down.values)}
        </Table.Td>
      )}
    </Table.Tr>
  );
}
