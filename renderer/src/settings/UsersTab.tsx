// Pengaturan → Pengguna: the office's user accounts, with create, activate/deactivate and password reset.
import { Alert, Badge, Button, Group, Loader, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../api/client.ts';
import { useApp } from '../app/app-context.tsx';
import type { UserSummary } from '../../../shared/types/users.ts';
import { formatDate, formatDateTime, zoneOfRegion } from '../format.ts';
import { notifyError, notifySuccess } from '../ui/notify.ts';
import { CreateUserModal } from './CreateUserModal.tsx';
import { ResetPasswordModal } from './ResetPasswordModal.tsx';
import { useLoad } from '../ui/use-load.ts';

export function UsersTab() {
  const { t } = useTranslation();
  const { status, session } = useApp();
  const zone = zoneOfRegion(status.office?.regionCode);
  const users = useLoad(() => call('users.list', {}), []);
  const [creating, setCreating] = useState(false);
  const [resetting, setResetting] = useState<UserSummary | null>(null);

  const setActive = async (user: UserSummary, active: boolean): Promise<void> => {
    const r = await call('users.update', { id: user.id, active });
    if (!r.ok) return notifyError(r.error.message);
    notifySuccess(t(active ? 'users.activated' : 'users.deactivated', { username: user.username }));
    users.reload();
  };

  const statusOf = (u: UserSummary) => {
    if (!u.active) return <Badge color="gray">{t('users.status.inactive')}</Badge>;
    if (u.lockedUntil && Date.parse(u.lockedUntil) > Date.now()) {
      return (
        <Badge color="orange" title={formatDateTime(u.lockedUntil, zone)}>
          {t('users.status.locked')}
        </Badge>
      );
    }
    return <Badge color="teal">{t('users.status.active')}</Badge>;
  };

  return (
    <Stack>
      <Group justify="space-between">
        <Text c="dimmed" size="sm">
          {t('users.description')}
        </Text>
        <Button onClick={() => setCreating(true)}>{t('users.create')}</Button>
      </Group>
      {users.error && <Alert color="red">{users.error}</Alert>}
      {users.loading && !users.value && <Loader aria-label={t('common.loading')} />}
      {users.value && (
        <Table striped highlightOnHover aria-label={t('settings.tabs.pengguna')} data-testid="users-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('user.username')}</Table.Th>
              <Table.Th>{t('user.fullName')}</Table.Th>
              <Table.Th>{t('user.role')}</Table.Th>
              <Table.Th>{t('users.statusLabel')}</Table.Th>
              <Table.Th>{t('users.createdAt')}</Table.Th>
              <Table.Th>{t('common.actions')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {users.value.map((u) => (
              <Table.Tr key={u.id} data-username={u.username}>
                <Table.Td ff="monospace">{u.username}</Table.Td>
                <Table.Td>{u.fullName}</Table.Td>
                <Table.Td>{t(`role.${u.role}`)}</Table.Td>
                <Table.Td>{statusOf(u)}</Table.Td>
                <Table.Td>{formatDate(u.createdAt, zone)}</Table.Td>
                <Table.Td>
                  <Group gap="xs" wrap="nowrap">
                    {u.id !== session.user.id && (
                      <Button
                        size="compact-sm"
                        variant="default"
                        onClick={() => void setActive(u, !u.active)}
                      >
                        {u.active ? t('users.deactivate') : t('users.activate')}
                      </Button>
                    )}
                    <Button size="compact-sm" variant="default" onClick={() => setResetting(u)}>
                      {t('users.resetPassword')}
                    </Button>
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <CreateUserModal
        opened={creating}
        onClose={() => setCreating(false)}
        onCreated={(u) => {
          setCreating(false);
          notifySuccess(t('users.created', { username: u.username }));
          users.reload();
        }}
      />
      <ResetPasswordModal
        user={resetting}
        onClose={() => setResetting(null)}
        onDone={(u) => {
          setResetting(null);
          notifySuccess(t('users.passwordReset', { username: u.username }));
          users.reload();
        }}
      />
    </Stack>
  );
}
