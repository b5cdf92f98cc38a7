// Dinsos's silence limit on the health board (days without a bundle before an office stands out): admin and koordinator change it.
import { Button, Group, NumberInput } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../api/client.ts';
import { useApp } from '../app/app-context.tsx';
import { mayCall } from '../app/permissions.ts';
import { notifyError, notifySuccess } from '../ui/notify.ts';

export function SilenceSetting({ current, onSaved }: { current: number; onSaved(): void }) {
  const { t } = useTranslation();
  const role = useApp().session.user.role;
  const [days, setDays] = useState<number | string>(current);
  const [busy, setBusy] = useState(false);
  useEffect(() => setDays(current), [current]);
  if (!mayCall(role, 'sync.updateHealthSettings')) return null;

  const save = async (): Promise<void> => {
    setBusy(true);
    const r = await call('sync.updateHealthSettings', { silentAfterDays: Number(days) });
    setBusy(false);
    if (!r.ok) {
      notifyError(r.error.fields?.silentAfterDays ?? r.error.message);
      return;
    }
    notifySuccess(t('sync.health.silenceSaved', { days: r.value.silentAfterDays }));
    onSaved();
  };

  return (
    <Group align="flex-end" mb="sm" data-testid="silence-setting">
      <NumberInput
        label={t('sync.health.silenceLimit')}
        description={t('sync.health.silenceHelp')}
        value={days}
        onChange={setDays}
        min={1}
        max={365}
        allowDecimal={false}
        w={300}
      />
      <Button onClick={() => void save()} loading={busy} disabled={Number(days) === current}>
        {t('common.save')}
      </Button>
    </Group>
  );
}
