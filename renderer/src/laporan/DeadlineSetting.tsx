// Dinsos's deadline day (reports are due that day of the next month): admin and koordinator change it, others see it.
import { Button, Card, Group, NumberInput, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../api/client.ts';
import { useApp } from '../app/app-context.tsx';
import { mayCall } from '../app/permissions.ts';
import { notifyError, notifySuccess } from '../ui/notify.ts';
import { useLoad } from '../ui/use-load.ts';

export function DeadlineSetting({ onSaved }: { onSaved(): void }) {
  const { t } = useTranslation();
  const role = useApp().session.user.role;
  const settings = useLoad(() => call('reports.settings', {}), []);
  const [day, setDay] = useState<number | string>('');
  const [busy, setBusy] = useState(false);
  const current = settings.value?.deadlineDay;
  useEffect(() => {
    if (current !== undefined) setDay(current);
  }, [current]);
  if (current === undefined) return null;
  const canEdit = mayCall(role, 'reports.updateSettings');

  const save = async (): Promise<void> => {
    setBusy(true);
    const r = await call('reports.updateSettings', { deadlineDay: Number(day) });
    setBusy(false);
    if (!r.ok) {
      notifyError(r.error.fields?.deadlineDay ?? r.error.message);
      return;
    }
    notifySuccess(t('laporan.recap.deadlineSaved', { day: r.value.deadlineDay }));
    settings.reload();
    onSaved();
  };

  return (
    <Card withBorder data-testid="deadline-setting">
      {canEdit ? (
        <Group align="flex-end">
          <NumberInput
            label={t('laporan.recap.deadlineDay')}
            description={t('laporan.recap.deadlineHelp')}
            value={day}
            onChange={setDay}
            min={1}
            max={28}
            allowDecimal={false}
            w={260}
          />
          <Button onClick={() => void save()} loading={busy} disabled={Number(day) === current}>
            {t('common.save')}
          </Button>
        </Group>
      ) : (
        <Text size="sm">{t('laporan.recap.deadlineDayIs', { day: current })}</Text>
      )}
    </Card>
  );
}
