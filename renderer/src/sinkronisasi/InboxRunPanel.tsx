// "Impor semua": imports every bundle waiting in the inbox as one operation, with a progress bar and a cancel button.
import { Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ImportRunResult } from '../../../shared/types/sync.ts';
import { OperationProgress } from '../ui/OperationProgress.tsx';
import { useOperation } from '../ui/use-operation.ts';

export function InboxRunPanel({ onDone }: { onDone(): void }) {
  const { t } = useTranslation();
  const op = useOperation('sync.importRun', 'sync.inbox');

  const run = async (): Promise<void> => {
    await op.start({});
    onDone();
  };

  const summary = (result: ImportRunResult, cancelled: boolean) => {
    const count = (status: string): number => result.files.filter((f) => f.status === status).length;
    return {
      color: cancelled ? 'yellow' : count('refused') > 0 ? 'orange' : 'teal',
      text:
        result.total === 0
          ? t('sync.inboxRun.empty')
          : t(cancelled ? 'sync.inboxRun.cancelled' : 'sync.inboxRun.done', {
              done: result.files.length,
              total: result.total,
              applied: count('applied'),
              already: count('already_applied'),
              refused: count('refused'),
              remaining: result.remaining.length,
            }),
    };
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
        </Group>
        <OperationProgress
          op={op}
          texts={{
            progressLabel: t('sync.inboxRun.progressLabel'),
            starting: t('sync.inboxRun.starting'),
            cancel: t('sync.inboxRun.cancel'),
            cancelling: t('sync.inboxRun.cancelling'),
          }}
          describe={(p) =>
            p.total === null
              ? t('sync.inboxRun.starting')
              : t('sync.inboxRun.progress', { done: p.done, total: p.total })
          }
          describeItem={(file) => t('sync.inboxRun.current', { file })}
          // The final event carries any operation's result; this panel's is the inbox run's (it has `files`).
          outcome={(f) => ('files' in f.result ? summary(f.result, f.state === 'cancelled') : null)}
        />
      </Stack>
    </Card>
  );
}
