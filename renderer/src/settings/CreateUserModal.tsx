// A modal form for a new user account: username, full name, role and first password.
import { Alert, Button, Group, Modal, PasswordInput, Select, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../api/client.ts';
import { ROLES, type Role } from '../../../shared/api/roles.ts';
import type { UserSummary } from '../../../shared/types/users.ts';
import { fieldErrorsOf, formMessage, type FieldErrors } from '../ui/field-errors.ts';

interface Props {
  opened: boolean;
  onClose(): void;
  onCreated(user: UserSummary): void;
}

const empty = { username: '', fullName: '', role: 'petugas' as Role, password: '', confirm: '' };
const SHOWN = ['username', 'fullName', 'role', 'password'];

export function CreateUserModal({ opened, onClose, onCreated }: Props) {
  const { t } = useTranslation();
  const [form, setForm] = useState(empty);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const set = (patch: Partial<typeof empty>): void => setForm((f) => ({ ...f, ...patch }));
  const close = (): void => {
    setForm(empty);
    setErrors({});
    setFailure(null);
    onClose();
  };

  const submit = async (): Promise<void> => {
    if (form.password !== form.confirm) {
      setErrors({ confirm: t('common.passwordMismatch') });
      return;
    }
    setBusy(true);
    const { confirm: _confirm, ...input } = form;
    const r = await call('users.create', input);
    setBusy(false);
    if (r.ok) {
      setForm(empty);
      setErrors({});
      setFailure(null);
      onCreated(r.value);
      return;
    }
    setErrors(fieldErrorsOf(r.error));
    setFailure(formMessage(r.error, SHOWN));
  };

  return (
    <Modal opened={opened} onClose={close} title={t('users.create')} size="md">
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <Stack>
          <TextInput
            label={t('user.username')}
            value={form.username}
            onChange={(e) => set({ username: e.currentTarget.value })}
            error={errors.username}
            data-autofocus
            required
          />
          <TextInput
            label={t('user.fullName')}
            value={form.fullName}
            onChange={(e) => set({ fullName: e.currentTarget.value })}
            error={errors.fullName}
            required
          />
          <Select
            label={t('user.role')}
            data={ROLES.map((r) => ({ value: r, label: t(`role.${r}`) }))}
            value={form.role}
            onChange={(v) => set({ role: (v as Role | null) ?? 'petugas' })}
            description={t(`roleHint.${form.role}`)}
            error={errors.role}
            allowDeselect={false}
            required
          />
          <PasswordInput
            label={t('user.password')}
            description={t('user.passwordRule')}
            autoComplete="new-password"
            value={form.password}
            onChange={(e) => set({ password: e.currentTarget.value })}
            error={errors.password}
            required
          />
          <PasswordInput
            label={t('user.passwordConfirm')}
            autoComplete="new-password"
            value={form.confirm}
            onChange={(e) => set({ confirm: e.currentTarget.value })}
            error={errors.confirm}
            required
          />
          {failure && (
            <Alert color="red" role="alert">
              {failure}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
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
