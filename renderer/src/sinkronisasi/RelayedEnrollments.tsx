// Enrollment requests relayed through a kecamatan: received and carried there, pending or refused at Dinsos.
import { Alert, Badge, Button, Card, FileInput, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../api/client.ts';
import { formatDateTime, type OfficeZone } from '../format.ts';
import { notifyError, notifySuccess } from '../ui/notify.ts';
import type { RelayedEnrollment } from '../../../shared/types/trust.ts';

const STATUS_COLOR = {
  akan_diteruskan: 'orange',
  diteruskan: 'blue',
  menunggu: 'yellow',
  ditolak: 'red',
} as const;

/**
 * At a kecamatan (`role` kecamatan): pick a desa's request file to carry to Dinsos, the requests carried, withdraw one.
 * At Dinsos: the requests that arrived in a kecamatan's bundle; "Periksa" opens one in the acceptance card (the same
 * fingerprint comparison as a file carried by hand), "Tolak" refuses it. `version` reloads the list.
 */
export function RelayedEnrollments(props: {
  role: 'kecamatan' | 'dinsos';
  zone: OfficeZone;
  version?: unknown;
  onReview?(item: RelayedEnrollment): void;
}) {
  const { t } = useTranslation();
  const [items, setItems] = useState<RelayedEnrollment[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const load = useCallback(async (): Promise<void> => {
    const r = await call('trust.relayedEnrollments', {});
    if (r.ok) setItems(r.value.items);
  }, []);
  useEffect(() => {
    void load();
  }, [load, props.version]);

  const receive = async (file: File | null): Promise<void> => {
    if (!file) return;
    setBusy(true);
    setError(null);
    const r = await call('trust.relayEnrollment', { content: await file.text() });
    setBusy(false);
    if (!r.ok) return setError(r.error.message);
    notifySuccess(t('sync.relay.received', { name: r.value.name }));
    await load();
  };

  const drop = async (item: RelayedEnrollment): Promise<void> => {
    const r = await call('trust.dropRelayedEnrollment', { fingerprint: item.fingerprint });
    if (!r.ok) return notifyError(r.error.message);
    notifySuccess(
      t(props.role === 'kecamatan' ? 'sync.relay.withdrawn' : 'sync.relay.refusedDone', {
        name: r.value.name,
      }),
    );
    await load();
  };

  if (props.role === 'dinsos' && items.length === 0) return null;
  return (
    <Card withBorder component="section" aria-label={t(`sync.relay.title.${props.role}`)}>
      <Stack>
        <Title order={4}>{t(`sync.relay.title.${props.role}`)}</Title>
        <Text size="sm" c="dimmed">
          {t(`sync.relay.hint.${props.role}`)}
        </Text>
        {props.role === 'kecamatan' && (
          <FileInput
            label={t('sync.relay.label')}
            placeholder={t('sync.accept.placeholder')}
            accept=".json,application/json"
            value={null}
            onChange={(f) => void receive(f)}
            disabled={busy}
            w={360}
          />
        )}
        {error && <Alert color="red">{error}</Alert>}
        {items.length > 0 && (
          <Table data-testid="relayed-enrollments">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('sync.offices.name')}</Table.Th>
                <Table.Th>{t('sync.offices.fingerprint')}</Table.Th>
                <Table.Th>{t('sync.relay.via')}</Table.Th>
                <Table.Th>{t('sync.offices.status')}</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((i) => (
                <Table.Tr key={`${i.fingerprint}-${i.status}-${i.receivedAt}`}>
                  <Table.Td>
                    {i.name}
                    <Text size="xs" c="dimmed">
                      {i.regionCode} · {formatDateTime(i.receivedAt, props.zone)}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="xs" ff="monospace">
                      {i.fingerprint}
                    </Text>
                  </Table.Td>
                  <Table.Td>{t('sync.relay.viaValue', { name: i.viaName })}</Table.Td>
                  <Table.Td>
                    <Badge color={STATUS_COLOR[i.status]} variant="light">
                      {t(`sync.relay.status.${i.status}`, { n: i.sentInBundle ?? 0 })}
                    </Badge>
                    {i.reason && (
                      <Text size="xs" c="red">
                        {i.reason}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Group gap="xs" wrap="nowrap">
                      {props.role === 'dinsos' && i.status === 'menunggu' && i.content && (
                        <Button size="xs" onClick={() => props.onReview?.(i)}>
                          {t('sync.relay.review')}
                        </Button>
                      )}
                      <Button size="xs" variant="default" onClick={() => void drop(i)}>
                        {t(
                          props.role === 'kecamatan'
                            ? 'sync.relay.withdraw'
                            : i.status === 'menunggu'
                              ? 'sync.relay.refuse'
                              : 'sync.relay.forget',
                        )}
                      </Button>
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Stack>
    </Card>
  );
}
