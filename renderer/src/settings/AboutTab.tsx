// Pengaturan → Tentang: app and schema version, and the credits the data licences require.
import { Anchor, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useApp } from '../app/app-context.tsx';
import { DataRows } from '../ui/DataRows.tsx';

export function AboutTab() {
  const { t } = useTranslation();
  const { status } = useApp();
  return (
    <Stack maw={720}>
      <Title order={3}>{t('app.name')}</Title>
      <Text>{t('about.purpose')}</Text>
      <DataRows
        rows={[
          [t('about.version'), status.appVersion],
          [t('office.schemaVersion'), String(status.schemaVersion)],
        ]}
      />
      <Title order={4}>{t('about.credits')}</Title>
      <Text data-testid="region-credit">{t('about.regionData')}</Text>
      <Text size="sm" c="dimmed">
        {t('about.odbl')}{' '}
        {/* Electron opens https links in the system browser; the app itself never loads remote content. */}
        <Anchor href="https://opendatacommons.org/licenses/odbl/1-0/" target="_blank" rel="noreferrer">
          opendatacommons.org/licenses/odbl/1-0
        </Anchor>
      </Text>
    </Stack>
  );
}
