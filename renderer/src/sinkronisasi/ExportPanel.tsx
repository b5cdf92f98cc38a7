// "Ekspor sekarang": writes one bundle per recipient into the outbox, then offers each for download.
import { Alert, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../api/client.ts';
import type { ExportNowResult } from '../../../shared/types/sync.ts';
import { ExportResultView } from './ExportResultView.tsx';

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
        {result && <ExportResultView result={result} />}
      </Stack>
    </Card>
  );
}
