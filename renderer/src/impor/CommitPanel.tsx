// Impor data, step 3: the imports.commitRun operation with a progress bar, a cancel button and the result summary.
import { Alert, Button, Group, Progress, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Input } from '../../../shared/api/contract.ts';
import type { ImportCommitRun } from '../../../shared/types/imports.ts';
import { useOperation } from '../ui/use-operation.ts';

interface Props {
  /** The commit input (file, mapping, sheet, header row, template); null while the dry run is missing or stale. */
  input: Input<'imports.commit'> | null;
  importable: number;
  onDone(): void;
}

export function CommitPanel({ input, importable, onDone }: Props) {
  const { t } = useTranslation();
  const op = useOperation('imports.commitRun');
  const p = op.progress;
  const percent = p && p.total ? Math.round((p.done / p.total) * 100) : 0;
  const final = op.final;
  // The final event carries any operation's result; this panel's is the import run's (it has `committed`).
  const result: ImportCommitRun | null =
    final && final.state !== 'failed' && 'committed' in final.result ? final.result : null;

  const run = async (): Promise<void> => {
    if (!input) return;
    await op.start(input);
    onDone();
  };

  return (
    <Stack gap="sm">
      <Group>
        <Button
          onClick={() => void run()}
          loading={op.running}
          disabled={op.running || !input || importable === 0}
        >
          {t('imports.commit.button', { count: importable })}
        </Button>
        {op.running && (
          <Button
            variant="default"
            color="red"
            onClick={() => void op.cancel()}
            disabled={op.cancelRequested}
          >
            {op.cancelRequested ? t('imports.commit.cancelling') : t('imports.commit.cancel')}
          </Button>
        )}
      </Group>
      {input && importable === 0 && !op.running && !result && (
        <Text size="sm" c="dimmed">
          {t('imports.commit.nothing')}
        </Text>
      )}
      {op.running && (
        <Stack gap={4}>
          <Progress value={percent} animated aria-label={t('imports.commit.progressLabel')} />
          <Text size="sm" aria-live="polite">
            {p && p.total !== null
              ? t('imports.commit.progress', { done: p.done, total: p.total })
              : t('imports.commit.starting')}
          </Text>
        </Stack>
      )}
      {op.error && (
        <Alert color="red" role="alert">
          {op.error}
        </Alert>
      )}
      {final?.state === 'failed' && (
        <Alert color="red" role="alert">
          {final.error.message}
        </Alert>
      )}
      {result && (
        <Alert color={result.committed ? 'teal' : 'yellow'} data-testid="impor-commit-result">
          {result.committed
            ? t('imports.commit.done', {
                created: result.committed.created,
                updated: result.committed.updated,
                unchanged: result.committed.unchanged,
                households: result.committed.householdsCreated,
              })
            : t('imports.commit.cancelled')}
        </Alert>
      )}
    </Stack>
  );
}
