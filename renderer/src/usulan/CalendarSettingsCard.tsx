// Pengaturan → Kantor: Dinsos's DTSEN calendar (musdes window, upload cut-off); Dinsos's admin edits it, offices read it.
import { Button, Card, Group, NumberInput, Stack, Text, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../api/client.ts';
import { useApp } from '../app/app-context.tsx';
import { mayCall } from '../app/permissions.ts';
import { notifyError, notifySuccess } from '../ui/notify.ts';
import { useLoad } from '../ui/use-load.ts';
import {
  CALENDAR_DAY_MAX,
  calendarDaysProblem,
  type UsulanCalendarDays,
} from '../../../shared/reference/usulan.ts';

type Field = keyof UsulanCalendarDays;
const FIELDS = [
  ['musdesFirstDay', 'usulanCalendar.settings.firstDay'],
  ['musdesLastDay', 'usulanCalendar.settings.lastDay'],
  ['cutoffDay', 'usulanCalendar.settings.cutoffDay'],
] as const satisfies readonly (readonly [Field, string])[];

export function CalendarSettingsCard({ officeType }: { officeType: string }) {
  const { t } = useTranslation();
  const role = useApp().session.user.role;
  const settings = useLoad(() => call('usulan.calendarSettings', {}), []);
  const [days, setDays] = useState<Record<Field, number | string>>({
    musdesFirstDay: 1,
    musdesLastDay: 14,
    cutoffDay: 17,
  });
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    const v = settings.value;
    if (v)
      setDays({ musdesFirstDay: v.musdesFirstDay, musdesLastDay: v.musdesLastDay, cutoffDay: v.cutoffDay });
  }, [settings.value]);
  if (!settings.value) return null;
  const editable = officeType === 'dinsos' && mayCall(role, 'usulan.setCalendarSettings');

  const save = async (): Promise<void> => {
    const input = {
      musdesFirstDay: Number(days.musdesFirstDay),
      musdesLastDay: Number(days.musdesLastDay),
      cutoffDay: Number(days.cutoffDay),
    };
    const problem = calendarDaysProblem(input);
    if (problem) {
      setErrors({ [problem.field]: problem.message });
      return;
    }
    setErrors({});
    setBusy(true);
    const r = await call('usulan.setCalendarSettings', input);
    setBusy(false);
    if (!r.ok) {
      const fields = r.error.fields ?? {};
      setErrors({
        musdesFirstDay: fields.musdesFirstDay,
        musdesLastDay: fields.musdesLastDay,
        cutoffDay: fields.cutoffDay,
      });
      notifyError(r.error.message);
      return;
    }
    notifySuccess(t('usulanCalendar.settings.saved'));
    settings.reload();
  };

  return (
    <Card withBorder data-testid="usulan-calendar-settings">
      <Title order={4} mb="xs">
        {t('usulanCalendar.settings.title')}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t(editable ? 'usulanCalendar.settings.helpDinsos' : 'usulanCalendar.settings.helpOffice')}
      </Text>
      <Stack gap="sm">
        <Group align="flex-start">
          {FIELDS.map(([field, label]) => (
            <NumberInput
              key={field}
              label={t(label)}
              value={days[field]}
              onChange={(v) => setDays((d) => ({ ...d, [field]: v }))}
              min={1}
              max={CALENDAR_DAY_MAX}
              allowDecimal={false}
              w={200}
              readOnly={!editable}
              error={errors[field]}
            />
          ))}
        </Group>
        {!editable && (
          <Text size="xs" c="dimmed">
            {t(settings.value.setByDinsos ? 'usulanCalendar.fromDinsos' : 'usulanCalendar.fromDefault')}
          </Text>
        )}
        {editable && (
          <Group>
            <Button onClick={() => void save()} loading={busy}>
              {t('common.save')}
            </Button>
          </Group>
        )}
      </Stack>
    </Card>
  );
}
