// The schedule, transport and retry settings form: the admin edits and saves, everyone else reads it.
import {
  Alert,
  Button,
  Card,
  Chip,
  Group,
  NumberInput,
  PasswordInput,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Switch,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client.ts';
import { fieldErrorsOf, formMessage, type FieldErrors } from '../../ui/field-errors.ts';
import { notifySuccess } from '../../ui/notify.ts';
import type { SyncSettingsView } from '../../../../shared/types/sync-schedule.ts';
import { RETRY_FIELDS, draftOf, inputOf, type SettingsDraft, type TransportKind } from './settings-draft.ts';

const DAYS = [1, 2, 3, 4, 5, 6, 7] as const;

export function SyncSettingsForm({
  view,
  editable,
  onSaved,
}: {
  view: SyncSettingsView;
  editable: boolean;
  onSaved(view: SyncSettingsView): void;
}) {
  const { t } = useTranslation();
  const [d, setD] = useState<SettingsDraft>(() => draftOf(view));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const ro = !editable;
  const set = (patch: Partial<SettingsDraft>): void => setD((prev) => ({ ...prev, ...patch }));

  const save = async (): Promise<void> => {
    setBusy(true);
    setError(null);
    setErrors({});
    const r = await call('sync.updateSettings', inputOf(d));
    setBusy(false);
    if (!r.ok) {
      const fields = fieldErrorsOf(r.error);
      setErrors(fields);
      return setError(formMessage(r.error, Object.keys(fields)));
    }
    setD(draftOf(r.value));
    notifySuccess(t('sync.settings.saved'));
    onSaved(r.value);
  };

  const kinds: { value: TransportKind; label: string }[] = [
    { value: 'none', label: t('sync.settings.kind.none') },
    { value: 'folder', label: t('sync.settings.kind.folder') },
    { value: 'webdav', label: t('sync.settings.kind.webdav') },
  ];

  return (
    <Card withBorder component="section" aria-label={t('sync.settings.title')} data-testid="sync-settings">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (editable) void save();
        }}
      >
        <Stack>
          <Title order={4}>{t('sync.settings.title')}</Title>
          {ro && <Alert color="gray">{t('sync.settings.adminOnly')}</Alert>}

          <Switch
            label={t('sync.settings.enabled')}
            checked={d.enabled}
            disabled={ro}
            onChange={(e) => set({ enabled: e.currentTarget.checked })}
          />
          <TextInput
            label={t('sync.settings.time', { zone: view.zone })}
            description={t('sync.settings.timeHint')}
            value={d.time}
            readOnly={ro}
            maxLength={5}
            w={220}
            error={errors['schedule.time']}
            onChange={(e) => set({ time: e.currentTarget.value })}
          />
          <Stack gap={4}>
            <Text size="sm" fw={500}>
              {t('sync.settings.days')}
            </Text>
            <Chip.Group
              multiple
              value={d.days.map(String)}
              onChange={(v) => set({ days: v.map(Number).sort((a, b) => a - b) })}
            >
              <Group gap="xs" role="group" aria-label={t('sync.settings.days')}>
                {DAYS.map((n) => (
                  <Chip key={n} value={String(n)} disabled={ro} size="sm">
                    {t(`sync.settings.weekday.d${n}`)}
                  </Chip>
                ))}
              </Group>
            </Chip.Group>
            <Text size="xs" c={errors['schedule.days'] ? 'red' : 'dimmed'}>
              {errors['schedule.days'] ?? t('sync.settings.daysHint')}
            </Text>
          </Stack>
          <Switch
            label={t('sync.settings.autoImport')}
            checked={d.autoImport}
            disabled={ro}
            onChange={(e) => set({ autoImport: e.currentTarget.checked })}
          />
          {view.underKecamatan && (
            <Switch
              label={t('sync.settings.alsoToDinsos')}
              description={t('sync.settings.alsoToDinsosHint')}
              checked={d.alsoToDinsos}
              disabled={ro}
              onChange={(e) => set({ alsoToDinsos: e.currentTarget.checked })}
            />
          )}

          <Stack gap={4}>
            <Text size="sm" fw={500}>
              {t('sync.settings.transport')}
            </Text>
            <SegmentedControl
              data={kinds}
              value={d.kind}
              disabled={ro}
              aria-label={t('sync.settings.transport')}
              onChange={(v) => set({ kind: v as TransportKind })}
            />
            {errors['transport'] && (
              <Text size="xs" c="red">
                {errors['transport']}
              </Text>
            )}
          </Stack>
          {d.kind === 'folder' && (
            <TextInput
              label={t('sync.settings.path')}
              description={t('sync.settings.pathHint')}
              value={d.path}
              readOnly={ro}
              error={errors['transport.path']}
              onChange={(e) => set({ path: e.currentTarget.value })}
            />
          )}
          {d.kind === 'webdav' && (
            <>
              <TextInput
                label={t('sync.settings.url')}
                placeholder="https://cloud.example.go.id/remote.php/dav/files/puskesos/"
                value={d.url}
                readOnly={ro}
                error={errors['transport.url']}
                onChange={(e) => set({ url: e.currentTarget.value })}
              />
              <TextInput
                label={t('sync.settings.username')}
                value={d.username}
                readOnly={ro}
                error={errors['transport.username']}
                onChange={(e) => set({ username: e.currentTarget.value })}
              />
              {editable && (
                <PasswordInput
                  label={t('sync.settings.password')}
                  description={
                    view.hasPassword ? t('sync.settings.passwordKept') : t('sync.settings.passwordNone')
                  }
                  value={d.password}
                  autoComplete="new-password"
                  error={errors['transport.password']}
                  onChange={(e) => set({ password: e.currentTarget.value })}
                />
              )}
            </>
          )}

          <Text size="sm" fw={500}>
            {t('sync.settings.retryTitle')}
          </Text>
          <SimpleGrid cols={{ base: 2, md: 5 }}>
            {RETRY_FIELDS.map((f) => (
              <NumberInput
                key={f}
                label={t(`sync.settings.retry.${f}`)}
                value={d.retry[f]}
                readOnly={ro}
                allowDecimal={false}
                allowNegative={false}
                error={errors[`retry.${f}`]}
                onChange={(v) =>
                  set({ retry: { ...d.retry, [f]: typeof v === 'number' ? v : Number(v) || 0 } })
                }
              />
            ))}
          </SimpleGrid>

          {error && <Alert color="red">{error}</Alert>}
          {editable && (
            <Group>
              <Button type="submit" loading={busy}>
                {t('sync.settings.save')}
              </Button>
            </Group>
          )}
        </Stack>
      </form>
    </Card>
  );
}
