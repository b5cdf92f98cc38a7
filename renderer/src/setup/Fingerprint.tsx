// The office fingerprint shown large in monospace groups, for reading aloud over the phone.
import { Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export function Fingerprint({ value, size = 'xl' }: { value: string; size?: 'md' | 'xl' }) {
  const { t } = useTranslation();
  return (
    <Group
      gap={size === 'xl' ? 'md' : 'sm'}
      wrap="nowrap"
      role="group"
      aria-label={t('office.fingerprint')}
      data-testid="fingerprint"
    >
      {value.split(' ').map((group, i) => (
        <Text
          key={i}
          ff="monospace"
          fw={700}
          fz={size === 'xl' ? 26 : 18}
          style={{ letterSpacing: '0.08em' }}
        >
          {group}
        </Text>
      ))}
    </Group>
  );
}
