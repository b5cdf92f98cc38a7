// "Ekspor sekarang": writes one bundle per recipient into the outbox, then offers each for download.
import { Alert, Button, Card, Group, List, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../api/client.ts';
import type { ExportNowResult } from '../../../shared/types/sync.ts';
import { downloadBundle } from './download-bundle.ts';
import { sizeText } from './sync-format.ts';

export function ExportPanel({ onDone }: { onDone(): void }) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<ExportNowResult | null>(null);
  const [error, setError] = useState<string | null>(null);

  const run = async (): Promise<void> => {
    setBusy(true);
    setError(null);
    const r = await call('sync.exportNow', {});
    setBusy(false);
    if (!r.ok) return setError(r.error.message);
    setResult(r.value);
    onDone();
  };

  return (
    <Card withBorder component="section" aria-label={t('sync.export.title')}>
      <Stack>
        <Title order={4}>{t('sync.export.title')}</Title>
        <Text size="sm" c="dimmed">
          {t('sync.export.hint')}
        </Text>
        <Group>
          <Button onClick={() => void run()} loading={busy}>
            {t('sync.export.button')}
          </Button>
        </Group>
        {error && <Alert color="red">{error}</Alert>}
        {result && result.files.length === 0 && (
          <Alert color="gray" data-testid="export-nothing">
            {result.nothingFor.length > 0 ? t('sync.export.nothing') : t('sync.export.noRecipient')}
          </Alert>
        )}
        {result && result.files.length > 0 && (
          <Stack gap="xs" data-testid="export-result">
            <Text fw={600}>{t('sync.export.done', { n: result.files.length })}</Text>
            <List spacing="xs">
              {result.files.map((f) => (
                <List.Item key={f.fileName}>
                  <Group gap="sm" wrap="nowrap">
                    <Text size="sm" style={{ wordBreak: 'break-all' }}>
                      {t('sync.export.file', {
                        name: f.fileName,
                        recipient: f.recipientName,
                        records: f.records,
                        size: sizeText(f.bytes),
                      })}
                    </Text>
                    <Button
                      size="xs"
                      variant="light"
                      style={{ flexShrink: 0 }}
                      onClick={() => void downloadBundle(f.fileName)}
                      aria-label={`${t('sync.export.download')} ${f.fileName}`}
                    >
                      {t('sync.export.download')}
                    </Button>
                  </Group>
                </List.Item>
              ))}
            </List>
          </Stack>
        )}
      </Stack>
    </Card>
  );
}
