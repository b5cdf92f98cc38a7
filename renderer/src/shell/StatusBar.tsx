// The footer status bar: office name, region code, signed-in user and role.
import { Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useApp } from '../app/app-context.tsx';

export function StatusBar() {
  const { t } = useTranslation();
  const { status, session } = useApp();
  const office = status.office;
  return (
    <Group
      h="100%"
      px="md"
      gap="lg"
      wrap="nowrap"
      role="status"
      aria-label={t('shell.statusBar')}
      data-testid="status-bar"
    >
      <Text size="sm" fw={600} truncate>
        {office?.name}
      </Text>
      <Text size="sm" c="dimmed">
        {t('shell.regionCode')}:{' '}
        <Text span ff="monospace" inherit>
          {office?.regionCode}
        </Text>
      </Text>
      <Text size="sm" ml="auto">
        {t('shell.signedInAs', { name: session.user.fullName, username: session.user.username })} ·{' '}
        {t(`role.${session.user.role}`)}
      </Text>
    </Group>
  );
}
