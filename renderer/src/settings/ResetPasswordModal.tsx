// A modal to set a new password for another user; the core ends that user's sessions and clears a lockout.
import { Alert, Button, Group, Modal, PasswordInput, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../api/client.ts';
import type { UserSummary } from '../../../shared/types/users.ts';
import { fieldErrorsOf, formMessage, type FieldErrors } from '../ui/field-errors.ts';

interface Props {
  user: UserSummary | null;
  onClose(): void;
  onDone(user: UserSummary): void;
}

export function ResetPasswordModal({ user, onClose, onDone }: Props) {
  const { t } = useTranslation();
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const reset = (): void => {
    setPassword('');
    setConfirm('');
    setErrors({});
    setFailure(null);
  };

  const submit = async (): Promise<void> => {
    if (!user) return;
    if (password !== confirm) {
      setErrors({ confirm: t('common.passwordMismatch') });
      return;
    }
    setBusy(true);
    const r = await call('users.resetPassword', { id: user.id, newPassword: password });
    setBusy(false);
    if (r.ok) {
      reset();
      onDone(r.value);
      return;
    }
    setErrors(fieldErrorsOf(r.error));
    setFailure(formMessage(r.error, ['newPassword']));
  };

  return (
    <Modal
      opened={user !== null}
      onClose={() => {
        reset();
        onClose();
      }}
      title={t('users.resetPassword')}
    >
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <Stack>
          <Text size="sm">{t('users.resetExplain', { username: user?.username ?? '' })}</Text>
          <PasswordInput
            label={t('user.newPassword')}
            description={t('user.passwordRule')}
            autoComplete="new-password"
            value={password}
            onChange={(e) => setPassword(e.currentTarget.value)}
            error={errors.newPassword}
            data-autofocus
            required
          />
          <PasswordInput
            label={t('user.passwordConfirm')}
            autoComplete="new-password"
            value={confirm}
            onChange={(e) => setConfirm(e.currentTarget.value)}
            error={errors.confirm}
            required
          />
          {failure && (
            <Alert color="red" role="alert">
              {failure}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={busy}>
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
