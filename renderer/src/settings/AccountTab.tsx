// Pengaturan → Akun: the signed-in user changes their own password.
import { Alert, Button, Group, PasswordInput, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../api/client.ts';
import { useApp } from '../app/app-context.tsx';
import { fieldErrorsOf, formMessage, type FieldErrors } from '../ui/field-errors.ts';
import { notifySuccess } from '../ui/notify.ts';

const empty = { currentPassword: '', newPassword: '', confirm: '' };

export function AccountTab() {
  const { t } = useTranslation();
  const { session, lockedOut } = useApp();
  const [form, setForm] = useState(empty);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (): Promise<void> => {
    setFailure(null);
    if (form.newPassword !== form.confirm) {
      setErrors({ confirm: t('common.passwordMismatch') });
      return;
    }
    setBusy(true);
    const r = await call('auth.changePassword', {
      currentPassword: form.currentPassword,
      newPassword: form.newPassword,
    });
    setBusy(false);
    if (r.ok) {
      setForm(empty);
      setErrors({});
      notifySuccess(t('account.changed'));
      return;
    }
    if (r.error.code === 'ACCOUNT_LOCKED') {
      // Wrong current passwords count toward the lockout, which ends this session too.
      lockedOut(r.error.message);
      return;
    }
    setErrors(fieldErrorsOf(r.error));
    setFailure(formMessage(r.error, ['currentPassword', 'newPassword']));
  };

  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <Stack maw={420}>
        <Text size="sm" c="dimmed">
          {t('account.description', { username: session.user.username })}
        </Text>
        <PasswordInput
          label={t('account.current')}
          autoComplete="current-password"
          value={form.currentPassword}
          onChange={(e) => setForm({ ...form, currentPassword: e.currentTarget.value })}
          error={errors.currentPassword}
          required
        />
        <PasswordInput
          label={t('user.newPassword')}
          description={t('user.passwordRule')}
          autoComplete="new-password"
          value={form.newPassword}
          onChange={(e) => setForm({ ...form, newPassword: e.currentTarget.value })}
          error={errors.newPassword}
          required
        />
        <PasswordInput
          label={t('user.passwordConfirm')}
          autoComplete="new-password"
          value={form.confirm}
          onChange={(e) => setForm({ ...form, confirm: e.currentTarget.value })}
          error={errors.confirm}
          required
        />
        {failure && (
          <Alert color="red" role="alert">
            {failure}
          </Alert>
        )}
        <Group>
          <Button type="submit" loading={busy}>
            {t('account.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
