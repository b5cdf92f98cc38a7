// Beranda's working summary: today's intake, open cases by status, overdue follow-ups, referrals, fast track;
// every count links to the list it counts.
import { Alert, Anchor, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { call } from '../api/client.ts';
import { formatDay, formatNumber } from '../format.ts';
import { hrefTo } from '../nav/route.ts';
import { StatusBadge } from '../ui/StatusBadge.tsx';
import { useLoad } from '../ui/use-load.ts';
import { CASE_STATUS_CODES } from '../../../shared/reference/case-status.ts';

function Stat(props: { label: string; value: number; href: string; alert?: boolean; testId: string }) {
  return (
    <Card
      withBorder
      component="a"
      href={props.href}
      data-testid={props.testId}
      style={{ textDecoration: 'none' }}
      bg={props.alert && props.value > 0 ? 'var(--mantine-color-red-0)' : undefined}
    >
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {props.label}
      </Text>
      <Text
        fz={32}
        fw={700}
        c={props.alert && props.value > 0 ? 'red.8' : undefined}
        data-value={props.value}
      >
        {formatNumber(props.value)}
      </Text>
    </Card>
  );
}

export function Dashboard() {
  const { t } = useTranslation();
  const summary = useLoad(() => call('dashboard.summary', {}), []);
  if (summary.error) return <Alert color="red">{summary.error}</Alert>;
  const s = summary.value;
  if (!s) return null;
  const open = CASE_STATUS_CODES.filter((code) => (s.openByStatus[code] ?? 0) > 0);
  const openTotal = open.reduce((n, code) => n + (s.openByStatus[code] ?? 0), 0);

  return (
    <Stack gap="sm" data-testid="dashboard">
      <Text size="sm" c="dimmed">
        {t('dashboard.today', { day: formatDay(s.today, 'long') })}
      </Text>
      <SimpleGrid cols={{ base: 2, md: 3, xl: 6 }}>
        <Stat
          label={t('dashboard.intakeToday')}
          value={s.intakeToday}
          href={hrefTo('layanan', [], { receivedOn: s.today })}
          testId="stat-intake"
        />
        <Stat
          label={t('dashboard.open')}
          value={openTotal}
          href={hrefTo('layanan', [], { openOnly: true })}
          testId="stat-open"
        />
        <Stat
          label={t('dashboard.overdueFollowUps')}
          value={s.overdueFollowUps}
          href={hrefTo('layanan', [], { overdue: true, openOnly: true })}
          alert
          testId="stat-overdue"
        />
        <Stat
          label={t('dashboard.openReferrals')}
          value={s.openReferrals}
          href={hrefTo('rujukan')}
          testId="stat-referrals"
        />
        <Stat
          label={t('dashboard.overdueReferrals')}
          value={s.overdueReferrals}
          href={hrefTo('rujukan', [], { filter: 'overdue' })}
          alert
          testId="stat-referrals-overdue"
        />
        <Stat
          label={t('dashboard.fastTrack')}
          value={s.fastTrackOpen}
          href={hrefTo('layanan', [], { fastTrack: true, openOnly: true })}
          testId="stat-fasttrack"
        />
      </SimpleGrid>
      <Card withBorder data-testid="open-by-status">
        <Title order={5} mb="xs">
          {t('dashboard.byStatus')}
        </Title>
        {open.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('dashboard.noOpen')}
          </Text>
        ) : (
          <Group gap="lg">
            {open.map((code) => (
              <Anchor
                key={code}
                href={hrefTo('layanan', [], { status: code })}
                underline="never"
                data-status={code}
              >
                <Group gap={6}>
                  <StatusBadge status={code} />
                  <Text fw={700}>{formatNumber(s.openByStatus[code] ?? 0)}</Text>
                </Group>
              </Anchor>
            ))}
          </Group>
        )}
      </Card>
    </Stack>
  );
}
