// Pengaturan → Keamanan: failed sign-ins before lockout, lockout length and idle-lock time (minutes, stored as
// seconds); below, the database key's rotation.
import { Alert, Button, Group, Loader, NumberInput, Stack, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../api/client.ts';
import { useApp } from '../app/app-context.tsx';
import { currentLanguage } from '../i18n/index.ts';
import { describeSeconds } from '../ui/duration.ts';
import { fieldErrorsOf, formMessage, type FieldErrors } from '../ui/field-errors.ts';
import { notifySuccess } from '../ui/notify.ts';
import { useLoad } from '../ui/use-load.ts';
import { DbKeyRotation } from './DbKeyRotation.tsx';

interface Draft {
  attempts: number | string;
  lockoutMinutes: number | string;
  idleMinutes: number | string;
}

const toMinutes = (seconds: number): number => Math.round((seconds / 60) * 100) / 100;
const toSeconds = (minutes: number | string): number =>
  Math.round(Number(String(minutes).replace(',', '.')) * 60);
/** Core field names onto this form's fields. */
const FIELD_OF: Record<string, keyof Draft> = {
  maxFailedAttempts: 'attempts',
  lockoutSeconds: 'lockoutMinutes',
  idleLockSeconds: 'idleMinutes',
};

export function SecurityTab() {
  const { t } = useTranslation();
  const { securityChanged } = useApp();
  const loaded = useLoad(() => call('settings.security', {}), []);
  const [draft, setDraft] = useState<Draft | null>(null);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const decimal = currentLanguage() === 'id' ? ',' : '.';

  useEffect(() => {
    const v = loaded.value;
    if (v) {
      setDraft({
        attempts: v.maxFailedAttempts,
        lockoutMinutes: toMinutes(v.lockoutSeconds),
        idleMinutes: toMinutes(v.idleLockSeconds),
      });
    }
  }, [loaded.value]);

  if (loaded.error) return <Alert color="red">{loaded.error}</Alert>;
  if (!draft) return <Loader aria-label={t('common.loading')} />;

  const validate = (): FieldErrors => {
    const e: FieldErrors = {};
    const attempts = Number(draft.attempts);
    if (!Number.isInteger(attempts) || attempts < 3 || attempts > 20)
      e.attempts = t('security.errors.attempts');
    const lockout = toSeconds(draft.lockoutMinutes);
    if (!(lockout >= 60 && lockout <= 86_400)) e.lockoutMinutes = t('security.errors.lockout');
    const idle = toSeconds(draft.idleMinutes);
    if (!(idle >= 15 && idle <= 86_400)) e.idleMinutes = t('security.errors.idle');
    return e;
  };

  const save = async (): Promise<void> => {
    const found = validate();
    setErrors(found);
    setFailure(null);
    if (Object.keys(found).length > 0) return;
    setBusy(true);
    const r = await call('settings.updateSecurity', {
      maxFailedAttempts: Number(draft.attempts),
      lockoutSeconds: toSeconds(draft.lockoutMinutes),
      idleLockSeconds: toSeconds(draft.idleMinutes),
    });
    setBusy(false);
    if (r.ok) {
      securityChanged(r.value);
      notifySuccess(t('security.saved'));
      return;
    }
    const mapped: FieldErrors = {};
    for (const [k, msg] of Object.entries(fieldErrorsOf(r.error))) mapped[FIELD_OF[k] ?? k] = msg;
    setErrors(mapped);
    setFailure(formMessage(r.error, Object.keys(FIELD_OF)));
  };

  const hint = (minutes: number | string): string =>
    t('security.equals', { text: describeSeconds(toSeconds(minutes), t) });
  return (
    <>
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <Stack maw={520}>
          <Text size="sm" c="dimmed">
            {t('security.description')}
          </Text>
          <NumberInput
            label={t('security.attempts')}
            value={draft.attempts}
            onChange={(v) => setDraft({ ...draft, attempts: v })}
            min={3}
            max={20}
            allowDecimal={false}
            error={errors.attempts}
            required
          />
          <NumberInput
            label={t('security.lockoutMinutes')}
            description={hint(draft.lockoutMinutes)}
            value={draft.lockoutMinutes}
            onChange={(v) => setDraft({ ...draft, lockoutMinutes: v })}
            min={1}
            decimalScale={2}
            decimalSeparator={decimal}
            error={errors.lockoutMinutes}
            required
          />
          <NumberInput
            label={t('security.idleMinutes')}
            description={hint(draft.idleMinutes)}
            value={draft.idleMinutes}
            onChange={(v) => setDraft({ ...draft, idleMinutes: v })}
            min={0.25}
            step={0.25}
            decimalScale={2}
            decimalSeparator={decimal}
            error={errors.idleMinutes}
            required
          />
          {failure && (
            <Alert color="red" role="alert">
              {failure}
            </Alert>
          )}
          <Group>
            <Button type="submit" loading={busy}>
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
      <DbKeyRotation />
    </>
  );
}
