// The household's DTSEN history on the person page: each period's desil from its effective date, and its source.
import { Badge, List, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { call } from '../api/client.ts';
import { formatDay } from '../format.ts';
import { useLoad } from '../ui/use-load.ts';
import { USULAN_KIND_LABELS } from '../../../shared/reference/usulan.ts';
import type { DtsenHistory, DtsenHistoryEntry } from '../../../shared/types/usulan.ts';

/**
 * Is `e` the entry in force? Compared by what names an entry (its day, source and proposal), not by identity:
 * `current` arrives as a copy of its entry (JSON over the web host, a structured clone over IPC).
 */
export const isCurrentEntry = (e: DtsenHistoryEntry, current: DtsenHistoryEntry | null): boolean =>
  current !== null &&
  e.from === current.from &&
  e.source === current.source &&
  e.usulanId === current.usulanId;

export function DtsenHistoryList({ householdId }: { householdId: string }) {
  const history = useLoad(() => call('usulan.history', { householdId }), [householdId]);
  return history.value ? <DtsenHistoryView history={history.value} /> : null;
}

/** The history as loaded: each period with its standing and source, the one in force marked "berlaku". */
export function DtsenHistoryView({ history: h }: { history: DtsenHistory }) {
  const { t } = useTranslation();
  const standing = (e: DtsenHistoryEntry): string =>
    !e.inDtsen
      ? t('dtsenHistory.notIn')
      : e.desil === null
        ? t('dtsenHistory.inNoDesil')
        : t('dtsenHistory.desil', { desil: e.desil });
  return (
    <Stack gap={4} mt="sm" data-testid="dtsen-history">
      <Text size="sm" fw={600}>
        {t('dtsenHistory.title')}
      </Text>
      <List size="sm" aria-label={t('dtsenHistory.title')}>
        {h.entries.map((e) => (
          <List.Item key={`${e.from}-${e.usulanId ?? 'register'}`}>
            {t('dtsenHistory.from', { day: formatDay(e.from), standing: standing(e) })}{' '}
            <Text span size="xs" c="dimmed">
              {e.source === 'register'
                ? t('dtsenHistory.register')
                : e.source === 'diubah_register'
                  ? t('dtsenHistory.typed')
                  : t('dtsenHistory.result', { kind: e.kind ? USULAN_KIND_LABELS[e.kind] : '' })}
            </Text>{' '}
            {isCurrentEntry(e, h.current) && (
              <Badge size="xs" variant="light" data-testid="dtsen-history-current">
                {t('dtsenHistory.current')}
              </Badge>
            )}
          </List.Item>
        ))}
      </List>
    </Stack>
  );
}
