// Warns that this PC's own clock is off (against Dinsos, or against most offices at Dinsos), and what to do.
import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { OwnClockWarning } from '../../../shared/types/sync.ts';
import { durationText } from './sync-format.ts';

export function OwnClockAlert({ warning }: { warning: OwnClockWarning | null }) {
  const { t } = useTranslation();
  if (!warning) return null;
  const d = durationText(t, warning.atLeastMs);
  const key = `sync.ownClock.${warning.reference}.${warning.side}` as const;
  return (
    <Alert color="orange" title={t('sync.ownClock.title')} data-testid="own-clock-warning">
      {t(key, { d, n: warning.agreeing, m: warning.seen })} {t('sync.ownClock.fix')}
    </Alert>
  );
}
