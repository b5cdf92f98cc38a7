// "Impor semua": imports every bundle waiting in the inbox as one operation, with a progress bar and a cancel button.
import { Alert, Button, Card, Group, Progress, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ImportRunResult } from '../../../shared/types/sync.ts';
import { useOperation } from '../ui/use-operation.ts';

export function InboxRunPanel({ onDone }: { onDone(): void }) {
  const { t } = useTranslation();
  const op = useOperation('sync.importRun', 'sync.inbox');
  const p = op.progress;
  const percent = p && p.total ? Math.round((p.done / p.total) * 100) : 0;
  const final = op.final;
  // The final event carries any operation's result; this panel's is the inbox run's (it has `files`).
  const result: ImportRunResult | null =
    final && final.state !== 'failed' && 'files' in final.result ? final.result : null;
  const count = (status: string): number => result?.files.filter((f) => f.status === status).length ?? 0;

  const run = async (): Promise<void> => {
    await op.start({});
    onDone();
  };

  return (
    <Card withBorder component="section" aria-label={t('sync.inboxRun.title')}>
      <Stack gap="sm">
        <Title order={2} size="h4">
          {t('sync.inboxRun.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('sync.inboxRun.hint')}
        </Text>
        <Group>
          <Button onClick={() => void run()} loading={op.running} disabled={op.running}>
            {t('sync.inboxRun.button')}
          </Button>
          {op.running && (
            <Button
              variant="default"
              color="red"
              onClick={() => void op.cancel()}
              disabled={op.cancelRequested}
            >
              {op.cancelRequested ? t('sync.inboxRun.cancelling') : t('sync.inboxRun.cancel')}
            </Button>
          )}
        </Group>
        {op.running && (
          <Stack gap={4}>
            <Progress value={percent} animated aria-label={t('sync.inboxRun.progressLabel')} />
            <Text size="sm" aria-live="polite">
              {p && p.total !== null
                ? t('sync.inboxRun.progress', { done: p.done, total: p.total })
                : t('sync.inboxRun.starting')}
            </Text>
            {p?.item && (
              <Text size="xs" c="dimmed">
                {t('sync.inboxRun.current', { file: p.item })}
              </Text>
            )}
          </Stack>
        )}
        {op.error && <Alert color="red">{op.error}</Alert>}
        {final?.state === 'failed' && <Alert color="red">{final.error.message}</Alert>}
        {result && (
          <Alert color={final?.state === 'cancelled' ? 'yellow' : count('refused') > 0 ? 'orange' : 'teal'}>
            {result.total === 0
              ? t('sync.inboxRun.empty')
              : t(final?.state === 'cancelled' ? 'sync.inboxRun.cancelled' : 'sync.inboxRun.done', {
                  done: result.files.length,
                  total: result.total,
                  applied: count('applied'),
                  already: count('already_applied'),
                  refused: count('refused'),
                  remaining: result.remaining.length,
                })}
          </Alert>
        )}
      </Stack>
    </Card>
  );
}
