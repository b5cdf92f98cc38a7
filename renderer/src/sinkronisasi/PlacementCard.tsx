// Dinsos's admin places each desa Puskesos under its kecamatan office or directly under Dinsos (trust.setUpstream).
import { Alert, Card, NativeSelect, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../api/client.ts';
import { notifySuccess } from '../ui/notify.ts';
import type { TrustStatus } from '../../../shared/types/trust.ts';
import { placementRows, upstreamIdOf, type PlacementRow } from './placement.ts';

export function PlacementCard(props: { trust: TrustStatus; onPlaced(): void }) {
  const { t } = useTranslation();
  const rows = placementRows(props.trust, {
    underDinsos: t('sync.placement.underDinsos'),
    stale: (name) => t('sync.placement.stale', { name }),
  });
  return (
    <Card withBorder component="section" aria-label={t('sync.placement.title')}>
      <Stack gap="xs">
        <Title order={4}>{t('sync.placement.title')}</Title>
        <Text size="sm" c="dimmed">
          {t('sync.placement.intro')}
        </Text>
        {rows.length === 0 ? (
          <Alert color="gray">{t('sync.placement.none')}</Alert>
        ) : (
          <Table verticalSpacing="xs" data-testid="office-placement">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('sync.offices.name')}</Table.Th>
                <Table.Th>{t('sync.offices.region')}</Table.Th>
                <Table.Th>{t('sync.placement.under')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((r) => (
                <PlacementLine key={r.officeId} row={r} onPlaced={props.onPlaced} />
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Stack>
    </Card>
  );
}

/** One desa: its select saves at once; a refusal is shown under it and the select goes back to the saved value. */
function PlacementLine({ row, onPlaced }: { row: PlacementRow; onPlaced(): void }) {
  const { t } = useTranslation();
  const [pending, setPending] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const place = async (value: string): Promise<void> => {
    setPending(value);
    setError(null);
    const r = await call('trust.setUpstream', { officeId: row.officeId, upstreamId: upstreamIdOf(value) });
    setPending(null);
    if (!r.ok) return setError(r.error.message);
    notifySuccess(
      t('sync.placement.done', {
        name: r.value.name,
        upstream: r.value.upstreamName ?? t('sync.placement.underDinsos'),
      }),
    );
    onPlaced();
  };
  return (
    <Table.Tr>
      <Table.Td>{row.name}</Table.Td>
      <Table.Td>{row.regionCode}</Table.Td>
      <Table.Td>
        <NativeSelect
          aria-label={t('sync.placement.underOf', { name: row.name })}
          data={row.choices}
          value={pending ?? row.value}
          disabled={pending !== null}
          error={error}
          onChange={(e) => void place(e.currentTarget.value)}
          w={320}
        />
      </Table.Td>
    </Table.Tr>
  );
}
