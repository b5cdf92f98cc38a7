// One view of a running long operation over the operation store: bar, phase/item text, estimate, Batalkan, outcome.
import { Alert, Button, Card, Group, Progress, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { FinalEvent, ProgressEvent } from '../../../shared/api/operations.ts';
import { describeSeconds } from './duration.ts';
import { percentOf } from './operation-estimate.ts';
import type { useOperation } from './use-operation.ts';

type Operation = Pick<
  ReturnType<typeof useOperation>,
  'running' | 'progress' | 'final' | 'error' | 'cancelRequested' | 'cancellable' | 'estimate' | 'cancel'
>;

/** The panel's words: the bar's accessible name, the text before the first step, the cancel button. */
export interface OperationTexts {
  progressLabel: string;
  starting: string;
  cancel: string;
  cancelling: string;
}

/** What the panel says once the operation ended with a result (ok or cancelled). */
export interface OperationOutcome {
  color: string;
  text: ReactNode;
  testId?: string;
}

interface Props {
  op: Operation;
  texts: OperationTexts;
  /** The line under the bar for a progress step (`percent` is the bar's value, 0 while the total is unknown). */
  describe(p: ProgressEvent, percent: number): string;
  /** The line naming the item being worked on; the bare item when absent. */
  describeItem?(item: string): string;
  /** With a title the running view is its own region with the cancel button beside the title. */
  title?: string;
  /**
   * The outcome once ended; without it nothing is shown after the end (the screen notifies instead).
   * A failed operation shows its error whenever `outcome` is given.
   */
  outcome?(final: Exclude<FinalEvent, { state: 'failed' }>): OperationOutcome | null;
}

export function OperationProgress({ op, texts, describe, describeItem, title, outcome }: Props) {
  const { t } = useTranslation();
  const p = op.progress;
  const percent = percentOf(p);
  const final = op.final;
  const ended = !op.running && final && outcome ? final : null;
  const shown = ended && ended.state !== 'failed' ? outcome?.(ended) : null;

  const cancel = (
    <Button
      size={title ? 'xs' : 'sm'}
      variant="default"
      color="red"
      onClick={() => void op.cancel()}
      disabled={op.cancelRequested || !op.cancellable}
    >
      {op.cancelRequested ? texts.cancelling : texts.cancel}
    </Button>
  );
  const running = op.running && (
    <Stack gap={4} data-testid="operation-progress">
      {title ? (
        <Group justify="space-between">
          <Text fw={500}>{title}</Text>
          {cancel}
        </Group>
      ) : null}
      <Progress value={percent} animated aria-label={texts.progressLabel} />
      <Text size="sm" aria-live="polite">
        {p ? describe(p, percent) : texts.starting}
      </Text>
      {p?.item && (
        <Text size="xs" c="dimmed">
          {describeItem ? describeItem(p.item) : p.item}
        </Text>
      )}
      {op.estimate !== null && !op.cancelRequested && (
        <Text size="xs" c="dimmed" data-testid="operation-estimate">
          {t('shell.operations.estimate', { time: describeSeconds(op.estimate, t) })}
        </Text>
      )}
      {!op.cancellable && (
        <Text size="xs" c="orange" data-testid="operation-no-return">
          {t('shell.operations.noReturn')}
        </Text>
      )}
      {title ? null : <Group>{cancel}</Group>}
    </Stack>
  );

  return (
    <>
      {running && title ? (
        <Card withBorder component="section" aria-label={title}>
          {running}
        </Card>
      ) : (
        running
      )}
      {op.error && (
        <Alert color="red" role="alert">
          {op.error}
        </Alert>
      )}
      {ended?.state === 'failed' && (
        <Alert color="red" role="alert">
          {ended.error.message}
        </Alert>
      )}
      {shown && (
        <Alert color={shown.color} role="alert" data-testid={shown.testId}>
          {shown.text}
        </Alert>
      )}
    </>
  );
}
