// Beranda: this month's DTSEN cycle — musdes window, upload cut-off, the sessions by day, and what waits (each count opens its list).
import { Anchor, Card, List, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { call } from '../api/client.ts';
import { formatDay, formatNumber } from '../format.ts';
import { formatMonth } from '../format-month.ts';
import { hrefTo } from '../nav/route.ts';
import { useLoad } from '../ui/use-load.ts';
import { MUSDES_KIND_SHORT } from '../../../shared/reference/musdes.ts';
import { USULAN_STATE_LABELS } from '../../../shared/reference/usulan.ts';

export function UsulanCalendarCard() {
  const { t } = useTranslation();
  const cal = useLoad(() => call('usulan.calendar', {}), []);
  const c = cal.value;
  if (!c) return null;
  return (
    <Card withBorder data-testid="usulan-calendar">
      <Stack gap="xs">
        <Title order={2} size="h4">
          {t('usulanCalendar.title', { month: formatMonth(c.month) })}
        </Title>
        <Text size="sm">
          {t('usulanCalendar.window', { from: formatDay(c.musdesFrom), to: formatDay(c.musdesTo) })}
        </Text>
        <Text size="sm">{t('usulanCalendar.cutoff', { day: formatDay(c.cutoff) })}</Text>
        <Text size="xs" c="dimmed" data-testid="usulan-calendar-source">
          {t(c.setByDinsos ? 'usulanCalendar.fromDinsos' : 'usulanCalendar.fromDefault')}
        </Text>
        {c.sessions.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('usulanCalendar.noSessions')}
          </Text>
        ) : (
          <List size="sm" aria-label={t('usulanCalendar.sessions')}>
            {c.sessions.map((s) => (
              <List.Item key={s.id}>
                <Anchor href={hrefTo('rujukan', ['usulan', 'musdes', s.id])}>
                  {`${formatDay(s.heldOn)} — ${MUSDES_KIND_SHORT[s.kind]} ${s.desaName}`}
                </Anchor>
              </List.Item>
            ))}
          </List>
        )}
        <SimpleGrid cols={{ base: 2, sm: 4 }} aria-label={t('usulanCalendar.due')}>
          {c.due.map((d) => (
            <Anchor
              key={d.state}
              href={hrefTo('rujukan', ['usulan'], { state: d.state })}
              data-testid={`usulan-due-${d.state}`}
            >
              <Text fw={700} size="lg">
                {formatNumber(d.count)}
              </Text>
              <Text size="xs">{USULAN_STATE_LABELS[d.state]}</Text>
            </Anchor>
          ))}
        </SimpleGrid>
      </Stack>
    </Card>
  );
}
