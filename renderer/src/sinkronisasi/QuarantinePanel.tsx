// Received records this version could not apply yet: what they are, why, from which bundle; retry after an update.
import { Alert, Badge, Button, Group, Loader, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../api/client.ts';
import { formatDateTime, formatNumber, type OfficeZone } from '../format.ts';
import { useLoad } from '../ui/use-load.ts';

interface Props {
  zone: OfficeZone;
  mayRetry: boolean;
  onChanged(): void;
}

export function QuarantinePanel({ zone, mayRetry, onChanged }: Props) {
  const { t } = useTranslation();
  const list = useLoad(() => call('sync.quarantine', { which: 'all' }), []);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const rows = list.value ?? [];
  const open = rows.filter((r) => !r.resolved).length;

  const retry = async (): Promise<void> => {
    setBusy(true);
    const r = await call('sync.retryQuarantine', {});
    setBusy(false);
    setMessage(
      r.ok
        ? { ok: true, text: t('sync.quarantine.retried', { ...r.value }) }
        : { ok: false, text: r.error.message },
    );
    list.reload();
    onChanged();
  };

  if (list.error) return <Alert color="red">{list.error}</Alert>;
  if (!list.value) return <Loader aria-label={t('common.loading')} />;
  return (
    <Stack data-testid="quarantine">
      <Text size="sm">{t('sync.quarantine.explain')}</Text>
      <Group justify="space-between">
        <Text fw={500}>{t('sync.quarantine.waiting', { n: formatNumber(open) })}</Text>
        {mayRetry && open > 0 && (
          <Button onClick={() => void retry()} loading={busy}>
            {t('sync.quarantine.retry')}
          </Button>
        )}
      </Group>
      {message && (
        <Alert color={message.ok ? 'teal' : 'red'} role="status">
          {message.text}
        </Alert>
      )}
      {rows.length === 0 ? (
        <Alert color="gray">{t('sync.quarantine.empty')}</Alert>
      ) : (
        <Table striped verticalSpacing="xs">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('sync.quarantine.record')}</Table.Th>
              <Table.Th>{t('sync.quarantine.reason')}</Table.Th>
              <Table.Th>{t('sync.quarantine.from')}</Table.Th>
              <Table.Th>{t('sync.quarantine.state')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((r) => (
              <Table.Tr key={r.id}>
                <Table.Td>
                  <Text size="sm" fw={500}>
                    {r.table}
                  </Text>
                  <Text size="xs" c="dimmed" style={{ wordBreak: 'break-all' }}>
                    {r.rowId}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{r.reason}</Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{r.senderName ?? t('sync.history.unknownSender')}</Text>
                  <Text size="xs" c="dimmed" style={{ wordBreak: 'break-all' }}>
                    {r.fileName ?? '—'} · {formatDateTime(r.receivedAt, zone)}
                  </Text>
                </Table.Td>
                <Table.Td>
                  {r.resolved ? (
                    <Badge color="teal">{t('sync.quarantine.applied')}</Badge>
                  ) : (
                    <Badge color="yellow">{t('sync.quarantine.open')}</Badge>
                  )}
                  {r.retriedAt && (
                    <Text size="xs" c="dimmed">
                      {t('sync.quarantine.retriedAt', { when: formatDateTime(r.retriedAt, zone) })}
                    </Text>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
