// Sections that later work fills in: a plain statement of what each will hold, no sample data.
import { Alert, List, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Section } from '../shell/sections.ts';

type PlannedSection = Extract<Section, 'laporan' | 'sinkronisasi'>;

export function Planned({ section }: { section: PlannedSection }) {
  const { t } = useTranslation();
  const points = t(`planned.${section}.points`, { returnObjects: true });
  return (
    <Stack maw={760}>
      <Title order={1} size="h2">{t(`nav.${section}`)}</Title>
      <Text>{t(`planned.${section}.summary`)}</Text>
      {Array.isArray(points) && (
        <List spacing="xs">
          {points.map((p: unknown, i) => (
            <List.Item key={i}>{String(p)}</List.Item>
          ))}
        </List>
      )}
      <Alert color="gray" variant="light">
        {t('planned.notYet')}
      </Alert>
    </Stack>
  );
}
