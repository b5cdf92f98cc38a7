// Impor data, step 3: the imports.commitRun operation with a progress bar, a cancel button and the result summary.
import { Button, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Input } from '../../../shared/api/contract.ts';
import type { ImportCommitRun } from '../../../shared/types/imports.ts';
import { OperationProgress } from '../ui/OperationProgress.tsx';
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
      </Group>
      {input && importable === 0 && !op.running && !result && (
        <Text size="sm" c="dimmed">
          {t('imports.commit.nothing')}
        </Text>
      )}
      <OperationProgress
        op={op}
        texts={{
          progressLabel: t('imports.commit.progressLabel'),
          starting: t('imports.commit.starting'),
          cancel: t('imports.commit.cancel'),
          cancelling: t('imports.commit.cancelling'),
        }}
        describe={(p) =>
          p.total === null
            ? t('imports.commit.starting')
            : t('imports.commit.progress', { done: p.done, total: p.total })
        }
        outcome={(f) =>
          'committed' in f.result
            ? {
                color: f.result.committed ? 'teal' : 'yellow',
                testId: 'impor-commit-result',
                text: f.result.committed
                  ? [
                      t('imports.commit.done', {
                        created: f.result.committed.created,
                        updated: f.result.committed.updated,
                        unchanged: f.result.committed.unchanged,
                        households: f.result.committed.householdsCreated,
                      }),
                      // Cases and program lists also say how many records they added.
                      f.result.committed.recordsCreated > 0
                        ? t('imports.commit.doneRecords', { records: f.result.committed.recordsCreated })
                        : '',
                    ]
                      .join(' ')
                      .trim()
                  : t('imports.commit.cancelled'),
              }
            : null
        }
      />
    </Stack>
  );
}
