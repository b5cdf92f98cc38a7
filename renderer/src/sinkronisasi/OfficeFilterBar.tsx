// The notice above a list opened for one office from the health board, with the way back to every office.
import { Alert, Button, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { OfficeRef } from './office-filter.ts';

export function OfficeFilterBar(props: { office: OfficeRef | null; onClear(): void }) {
  const { t } = useTranslation();
  if (!props.office) return null;
  return (
    <Alert color="blue" variant="light" data-testid="office-filter">
      <Group justify="space-between" wrap="nowrap">
        <Text size="sm">{t('sync.health.filtered', { name: props.office.name })}</Text>
        <Button size="compact-sm" variant="subtle" onClick={props.onClear}>
          {t('sync.health.showAll')}
        </Button>
      </Group>
    </Alert>
  );
}
