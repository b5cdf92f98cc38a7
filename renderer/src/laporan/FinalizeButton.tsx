// Finalisasi (tksk/koordinator): a confirmation naming the period and the version it will make, then reports.finalize.
import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../api/client.ts';
import { formatMonth } from '../format-month.ts';
import { notifyError, notifySuccess } from '../ui/notify.ts';
import type { MonthlyReportView } from '../../../shared/types/reports.ts';

interface Props {
  month: string;
  view: MonthlyReportView;
  onFinalized(view: MonthlyReportView): void;
}

export function FinalizeButton({ month, view, onFinalized }: Props) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const next = Math.max(0, ...view.versions.map((v) => v.version)) + 1;
  const period = formatMonth(month);
  if (view.state.kind === 'final') return null;

  const confirm = async (): Promise<void> => {
    setBusy(true);
    const r = await call('reports.finalize', { month });
    setBusy(false);
    if (!r.ok) {
      notifyError(r.error.message);
      return;
    }
    setOpen(false);
    notifySuccess(t('laporan.finalize.done', { period, version: next }));
    onFinalized(r.value);
  };

  return (
    <>
      <Button color="teal" onClick={() => setOpen(true)} data-testid="finalize">
        {view.state.kind === 'needs_revision'
          ? t('laporan.finalize.again', { version: next })
          : t('laporan.finalize.button')}
      </Button>
      <Modal opened={open} onClose={() => setOpen(false)} title={t('laporan.finalize.title', { period })}>
        <Stack>
          <Text>{t('laporan.finalize.confirm', { period, version: next })}</Text>
          <Text size="sm" c="dimmed">
            {t('laporan.finalize.explain')}
          </Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setOpen(false)}>
              {t('common.cancel')}
            </Button>
            <Button color="teal" loading={busy} onClick={() => void confirm()} data-testid="finalize-confirm">
              {t('laporan.finalize.confirmButton', { version: next })}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
