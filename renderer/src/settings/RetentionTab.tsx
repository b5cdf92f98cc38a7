// Pengaturan → Retensi data (admin): the rules, this month's residents due and their one-step approval, old backups.
import { Alert, Button, Group, List, Loader, NumberInput, Stack, Table, Text, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../api/client.ts';
import { notifyError, notifySuccess } from '../ui/notify.ts';
import { useLoad } from '../ui/use-load.ts';
import { BackupExpiry, MentionsReview } from './ErasureReview.tsx';
import type { ErasureMentionEntry } from '../../../shared/types/erasure.ts';
import { isMentionColumn, isMentionTable } from '../../../shared/reference/mention-columns.ts';

const years = (v: number | string): number | null => (v === '' ? null : Number(v));

export function RetentionTab() {
  const { t } = useTranslation();
  const settings = useLoad(() => call('retention.settings', {}), []);
  const due = useLoad(() => call('retention.due', {}), []);
  const overview = useLoad(() => call('erasure.overview', {}), []);
  const [closed, setClosed] = useState<number | string>('');
  const [inactive, setInactive] = useState<number | string>('');
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    const v = settings.value;
    if (v) {
      setClosed(v.closedCaseYears ?? '');
      setInactive(v.inactiveYears ?? '');
    }
  }, [settings.value]);

  if (settings.error) return <Alert color="red">{settings.error}</Alert>;
  if (!settings.value) return <Loader aria-label={t('common.loading')} />;

  const save = async (): Promise<void> => {
    const r = await call('retention.updateSettings', {
      closedCaseYears: years(closed),
      inactiveYears: years(inactive),
    });
    if (!r.ok) return notifyError(r.error.message);
    notifySuccess(t('retention.saved'));
    due.reload();
  };
  const approve = async (ids: string[]): Promise<void> => {
    setBusy(true);
    const r = await call('retention.approve', { personIds: ids, confirm: true });
    setBusy(false);
    if (!r.ok) return notifyError(r.error.message);
    notifySuccess(t('retention.approvedDone', { count: r.value.erased }));
    due.reload();
    overview.reload();
  };
  const checkMention = async (m: ErasureMentionEntry): Promise<void> => {
    if (!isMentionTable(m.table) || !isMentionColumn(m.column)) return;
    const r = await call('erasure.checkMention', {
      erasureId: m.erasureId,
      table: m.table,
      rowId: m.rowId,
      column: m.column,
    });
    if (!r.ok) return notifyError(r.error.message);
    overview.reload();
  };
  const residents = due.value?.residents ?? [];

  return (
    <Stack maw={900}>
      <Text size="sm">{t('retention.intro')}</Text>
      <Group align="flex-end">
        <NumberInput
          label={t('retention.closedCaseYears')}
          min={1}
          max={50}
          value={closed}
          onChange={setClosed}
        />
        <NumberInput
          label={t('retention.inactiveYears')}
          min={1}
          max={50}
          value={inactive}
          onChange={setInactive}
        />
        <Button onClick={() => void save()}>{t('retention.save')}</Button>
      </Group>
      {due.value && (
        <Stack data-testid="retention-due">
          <Title order={2} size="h4">
            {t('retention.dueTitle', { month: due.value.month })}
          </Title>
          {due.value.approvedThisMonth && <Alert color="green">{t('retention.approved')}</Alert>}
          {residents.length === 0 ? (
            <Text c="dimmed">{t('retention.none')}</Text>
          ) : (
            <>
              <Table>
                <Table.Tbody>
                  {residents.map((r) => (
                    <Table.Tr key={r.personId}>
                      <Table.Td>{r.name}</Table.Td>
                      <Table.Td>{r.nik ?? '–'}</Table.Td>
                      <Table.Td>{t(`retention.rule.${r.rule}`)}</Table.Td>
                      <Table.Td>{r.lastActivity.slice(0, 10)}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
              <Group>
                <Button
                  color="red"
                  loading={busy}
                  onClick={() => void approve(residents.map((r) => r.personId))}
                >
                  {t('retention.approve', { count: residents.length })}
                </Button>
              </Group>
            </>
          )}
        </Stack>
      )}
      <Title order={2} size="h4">
        {t('retention.backupsTitle')}
      </Title>
      {(overview.value?.oldBackups.length ?? 0) === 0 ? (
        <Text c="dimmed">{t('retention.backupsNone')}</Text>
      ) : (
        <List size="sm">
          {overview.value?.oldBackups.map((b) => (
            <List.Item key={`${b.location}/${b.fileName}`}>
              {b.fileName} — <BackupExpiry b={b} />
            </List.Item>
          ))}
        </List>
      )}
      <MentionsReview mentions={overview.value?.mentions ?? []} onCheck={checkMention} />
    </Stack>
  );
}
