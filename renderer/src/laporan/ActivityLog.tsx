// The month's TKSK activity log: a table of entries; writers add, edit and delete (reports.activities.*).
import { Button, Card, Group, Modal, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../api/client.ts';
import { formatDay } from '../format.ts';
import { notifyError } from '../ui/notify.ts';
import type { ActivityEntry } from '../../../shared/types/reports.ts';
import { ActivityModal } from './ActivityModal.tsx';

interface Props {
  entries: ActivityEntry[];
  /** A day inside the report's month for new entries. */
  defaultDate: string;
  canWrite: boolean;
  onChanged(): void;
}

export function ActivityLog({ entries, defaultDate, canWrite, onChanged }: Props) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState<ActivityEntry | 'new' | null>(null);
  const [confirming, setConfirming] = useState<ActivityEntry | null>(null);
  const [removing, setRemoving] = useState(false);

  const remove = async (e: ActivityEntry): Promise<void> => {
    setRemoving(true);
    const r = await call('reports.activities.remove', { id: e.id });
    setRemoving(false);
    setConfirming(null);
    if (r.ok) onChanged();
    else notifyError(r.error.message);
  };

  return (
    <Card withBorder data-testid="activity-log">
      <Group justify="space-between" mb="sm">
        <Title order={4}>{t('laporan.activity.title')}</Title>
        {canWrite && (
          <Button size="xs" onClick={() => setEditing('new')} data-testid="activity-add">
            {t('laporan.activity.add')}
          </Button>
        )}
      </Group>
      {entries.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('laporan.activity.none')}
        </Text>
      ) : (
        <Table fz="sm" striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('laporan.activity.date')}</Table.Th>
              <Table.Th>{t('laporan.activity.type')}</Table.Th>
              <Table.Th>{t('laporan.activity.desa')}</Table.Th>
              <Table.Th>{t('laporan.activity.targetGroup')}</Table.Th>
              <Table.Th>{t('laporan.activity.result')}</Table.Th>
              <Table.Th>{t('laporan.activity.author')}</Table.Th>
              {canWrite && <Table.Th />}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {entries.map((e) => (
              <Table.Tr key={e.id} data-activity-id={e.id}>
                <Table.Td>{formatDay(e.date)}</Table.Td>
                <Table.Td>{t(`laporan.activityType.${e.type}`)}</Table.Td>
                <Table.Td>{e.desaName ?? '-'}</Table.Td>
                <Table.Td>{e.targetGroup}</Table.Td>
                <Table.Td>
                  {e.result}
                  {e.note && (
                    <Text size="xs" c="dimmed">
                      {e.note}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>{e.authorName}</Table.Td>
                {canWrite && (
                  <Table.Td>
                    <Group gap={4} wrap="nowrap">
                      <Button size="compact-xs" variant="light" onClick={() => setEditing(e)}>
                        {t('laporan.activity.editShort')}
                      </Button>
                      <Button size="compact-xs" variant="subtle" color="red" onClick={() => setConfirming(e)}>
                        {t('laporan.activity.remove')}
                      </Button>
                    </Group>
                  </Table.Td>
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <Modal
        opened={confirming !== null}
        onClose={() => setConfirming(null)}
        title={t('laporan.activity.removeTitle')}
      >
        <Stack>
          <Text>
            {confirming && t('laporan.activity.confirmRemove', { day: formatDay(confirming.date) })}
          </Text>
          <Text size="sm" c="dimmed">
            {confirming && `${t(`laporan.activityType.${confirming.type}`)} · ${confirming.targetGroup}`}
          </Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setConfirming(null)}>
              {t('common.cancel')}
            </Button>
            <Button
              color="red"
              loading={removing}
              onClick={() => confirming && void remove(confirming)}
              data-testid="activity-remove-confirm"
            >
              {t('laporan.activity.remove')}
            </Button>
          </Group>
        </Stack>
      </Modal>
      <ActivityModal
        entry={editing}
        defaultDate={defaultDate}
        onClose={() => setEditing(null)}
        onSaved={() => {
          setEditing(null);
          onChanged();
        }}
      />
    </Card>
  );
}
