// The household's DTSEN history on the person page: each period's desil from its effective date, and its source.
import { Badge, List, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { call } from '../api/client.ts';
import { formatDay } from '../format.ts';
import { useLoad } from '../ui/use-load.ts';
import { USULAN_KIND_LABELS } from '../../../shared/reference/usulan.ts';
import type { DtsenHistoryEntry } from '../../../shared/types/usulan.ts';

export function DtsenHistoryList({ householdId }: { householdId: string }) {
  const { t } = useTranslation();
  const history = useLoad(() => call('usulan.history', { householdId }), [householdId]);
  const h = history.value;
  if (!h) return null;
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
                : t('dtsenHistory.result', { kind: e.kind ? USULAN_KIND_LABELS[e.kind] : '' })}
            </Text>{' '}
            {e === h.current && (
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
