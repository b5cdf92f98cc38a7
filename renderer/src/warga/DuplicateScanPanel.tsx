// "Pindai seluruh register" on the duplicate queue: the scan as an operation, with progress and Batalkan; the queue reloads after it.
import { Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ProgressEvent } from '../../../shared/api/operations.ts';
import { OperationProgress } from '../ui/OperationProgress.tsx';
import { useOperation } from '../ui/use-operation.ts';

export function DuplicateScanPanel({ onScanned }: { onScanned(): void }) {
  const { t } = useTranslation();
  const op = useOperation('duplicates.scanRun');

  const run = async (): Promise<void> => {
    const final = await op.start({ mode: 'penuh' });
    if (final?.state === 'ok') onScanned();
  };

  const describe = (p: ProgressEvent, percent: number): string => {
    if (p.phase === 'bandingkan')
      return t('duplicates.scan.bandingkan', { done: p.done, total: p.total ?? 0, percent });
    return t(p.phase === 'simpan' ? 'duplicates.scan.simpan' : 'duplicates.scan.muat');
  };

  return (
    <Card withBorder component="section" aria-label={t('duplicates.scan.title')} data-testid="duplicate-scan">
      <Stack gap="sm">
        <Title order={2} size="h4">
          {t('duplicates.scan.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('duplicates.scan.hint')}
        </Text>
        <Group>
          <Button onClick={() => void run()} loading={op.running} disabled={op.running}>
            {t('duplicates.scan.full')}
          </Button>
        </Group>
        <OperationProgress
          op={op}
          texts={{
            progressLabel: t('duplicates.scan.progressLabel'),
            starting: t('duplicates.scan.starting'),
            cancel: t('duplicates.scan.cancel'),
            cancelling: t('duplicates.scan.cancelling'),
          }}
          describe={describe}
          // The final event carries any operation's result; this panel's is the scan's (it has `scan`).
          outcome={(f) => {
            if (!('scan' in f.result)) return null;
            const scan = f.result.scan;
            if (f.state === 'cancelled' || !scan)
              return { color: 'yellow', text: t('duplicates.scan.cancelled'), testId: 'duplicate-scan-outcome' };
            return {
              color: 'teal',
              text: t('duplicates.scan.done', {
                persons: scan.persons,
                found: scan.found,
                added: scan.added,
                removed: scan.removed,
              }),
              testId: 'duplicate-scan-outcome',
            };
          }}
        />
      </Stack>
    </Card>
  );
}
