// The progress bar and cancel button of a running backup operation (Cadangkan sekarang, Periksa).
import { Button, Card, Group, Progress, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ProgressEvent } from '../../../../shared/api/operations.ts';
import type { useOperation } from '../../ui/use-operation.ts';

type Operation = ReturnType<typeof useOperation>;

const PHASE_KEYS = {
  salin: 'backups.run.salin',
  periksa: 'backups.run.periksa',
  sidik: 'backups.run.sidik',
  dekripsi: 'backups.run.dekripsi',
} as const;

const isPhase = (phase: string): phase is keyof typeof PHASE_KEYS => Object.hasOwn(PHASE_KEYS, phase);

const percentOf = (p: ProgressEvent | null): number =>
  p && p.total ? Math.min(100, Math.floor((p.done / p.total) * 100)) : 0;

export function BackupRunProgress({ op, title }: { op: Operation; title: string }) {
  const { t } = useTranslation();
  if (!op.running) return null;
  const p = op.progress;
  const percent = percentOf(p);
  return (
    <Card withBorder component="section" aria-label={title}>
      <Stack gap={4}>
        <Group justify="space-between">
          <Text fw={500}>{title}</Text>
          <Button
            size="xs"
            variant="default"
            color="red"
            onClick={() => void op.cancel()}
            disabled={op.cancelRequested}
          >
            {op.cancelRequested ? t('backups.run.cancelling') : t('backups.run.cancel')}
          </Button>
        </Group>
        <Progress value={percent} animated aria-label={t('backups.run.progressLabel')} />
        <Text size="sm" aria-live="polite">
          {p && isPhase(p.phase) ? t(PHASE_KEYS[p.phase], { percent }) : t('backups.run.starting')}
        </Text>
        {p?.item && (
          <Text size="xs" c="dimmed">
            {p.item}
          </Text>
        )}
      </Stack>
    </Card>
  );
}
