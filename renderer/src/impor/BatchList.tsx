// Impor data: "Riwayat impor", the import batches with an "Urungkan" (undo) button behind a confirm dialog, and its result.
import { Alert, Button, Group, List, Modal, Stack, Table, Text, Title } from '@mantine/core';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportBatch, ImportUndoResult } from '../../../shared/types/imports.ts';
import { call } from '../api/client.ts';
import { useApp } from '../app/app-context.tsx';
import { formatDateTime, zoneOfRegion } from '../format.ts';

export function BatchList({ reloadKey }: { reloadKey: number }) {
  const { t } = useTranslation();
  const zone = zoneOfRegion(useApp().status.office?.regionCode);
  const [batches, setBatches] = useState<ImportBatch[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [asking, setAsking] = useState<ImportBatch | null>(null);
  const [busy, setBusy] = useState(false);
  const [undone, setUndone] = useState<ImportUndoResult | null>(null);

  const load = useCallback(async (): Promise<void> => {
    const r = await call('imports.batches', {});
    if (r.ok) setBatches([...r.value].sort((a, b) => b.at.localeCompare(a.at)));
    else setError(r.error.message);
  }, []);
  useEffect(() => {
    void load();
  }, [load, reloadKey]);

  const undo = async (): Promise<void> => {
    if (!asking) return;
    setBusy(true);
    const r = await call('imports.undo', { batchId: asking.id });
    setBusy(false);
    setAsking(null);
    if (r.ok) setUndone(r.value);
    else setError(r.error.message);
    await load();
  };

  return (
    <Stack gap="sm" component="section" aria-labelledby="impor-batches-title" data-testid="impor-batches">
      <Title order={3} size="h4" id="impor-batches-title">
        {t('imports.batches.title')}
      </Title>
      {error && (
        <Alert color="red" role="alert">
          {error}
        </Alert>
      )}
      {undone && (
        <Alert color={undone.kept.length > 0 ? 'orange' : 'teal'} data-testid="impor-undo-result">
          <Text size="sm">
            {t('imports.batches.undoDone', { tombstoned: undone.tombstoned, reverted: undone.reverted })}
          </Text>
          {undone.kept.length > 0 && (
            <>
              <Text size="sm" fw={600} mt="xs">
                {t('imports.batches.keptTitle')}
              </Text>
              <List size="sm">
                {undone.kept.map((k) => (
                  <List.Item key={k}>{k}</List.Item>
                ))}
              </List>
            </>
          )}
        </Alert>
      )}
      {batches && batches.length === 0 && <Text size="sm">{t('imports.batches.empty')}</Text>}
      {batches && batches.length > 0 && (
        <Table withTableBorder fz="sm" layout="fixed">
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={170}>{t('imports.batches.at')}</Table.Th>
              <Table.Th>{t('imports.batches.file')}</Table.Th>
              <Table.Th w={130}>{t('imports.batches.user')}</Table.Th>
              <Table.Th>{t('imports.batches.counts')}</Table.Th>
              <Table.Th w={190}>{t('imports.batches.status')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {batches.map((b) => {
              const at = formatDateTime(b.at, zone);
              return (
                <Table.Tr key={b.id} data-batch={b.id}>
                  <Table.Td>{at}</Table.Td>
                  <Table.Td style={{ overflowWrap: 'anywhere' }}>{b.fileName}</Table.Td>
                  <Table.Td style={{ overflowWrap: 'anywhere' }}>{b.username}</Table.Td>
                  <Table.Td>
                    {t('imports.batches.countsText', {
                      new: b.counts.new ?? 0,
                      match: b.counts.match ?? 0,
                      error: b.counts.error ?? 0,
                    })}
                  </Table.Td>
                  <Table.Td>
                    {b.undoneAt ? (
                      <Text size="sm" c="dimmed">
                        {t('imports.batches.undone', { at: formatDateTime(b.undoneAt, zone) })}
                      </Text>
                    ) : (
                      <Group gap="xs">
                        <Text size="sm">{t('imports.batches.active')}</Text>
                        <Button
                          size="xs"
                          variant="default"
                          color="red"
                          aria-label={t('imports.batches.undoLabel', { file: b.fileName, at })}
                          onClick={() => setAsking(b)}
                        >
                          {t('imports.batches.undo')}
                        </Button>
                      </Group>
                    )}
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      )}
      <Modal
        opened={asking !== null}
        onClose={() => setAsking(null)}
        title={t('imports.batches.confirmTitle')}
      >
        <Stack>
          <Text size="sm">{t('imports.batches.confirmBody')}</Text>
          {asking && (
            <Text size="sm" fw={600}>
              {asking.fileName} — {formatDateTime(asking.at, zone)}
            </Text>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setAsking(null)} data-autofocus>
              {t('common.cancel')}
            </Button>
            <Button color="red" loading={busy} onClick={() => void undo()}>
              {t('imports.batches.confirm')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}
