// Beranda (home): today's work summary, the office this register belongs to and who is signed in.
import { Button, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useApp } from '../app/app-context.tsx';
import { usePermissions } from '../app/permissions.ts';
import { hrefTo } from '../nav/route.ts';
import { Fingerprint } from '../setup/Fingerprint.tsx';
import { DataRows } from '../ui/DataRows.tsx';
import { formatDate, zoneOfRegion } from '../format.ts';
import { Dashboard } from './Dashboard.tsx';
import { DashboardCharts } from '../beranda/DashboardCharts.tsx';
import { UsulanCalendarCard } from '../beranda/UsulanCalendarCard.tsx';

export function Beranda() {
  const { t } = useTranslation();
  const { status, session } = useApp();
  const perms = usePermissions();
  const office = status.office;
  const zone = zoneOfRegion(office?.regionCode);
  return (
    <Stack>
      <Group justify="space-between">
        <Title order={1} size="h2">{t('home.greeting', { name: session.user.fullName })}</Title>
        {perms.writeRegister && (
          <Button component="a" href={hrefTo('layanan', ['baru'])} size="md">
            {t('intake.start')}
          </Button>
        )}
      </Group>
      <Dashboard />
      <UsulanCalendarCard />
      <DashboardCharts />
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        {office && (
          <Card withBorder data-testid="office-summary">
            <Title order={4} mb="sm">
              {t('home.office')}
            </Title>
            <DataRows
              rows={[
                [t('office.name'), office.name],
                [t('office.type'), t(`officeType.${office.type}`)],
                [t('office.region'), office.regionPath.map((r) => `${r.name} (${r.code})`).join(' › ')],
                [t('office.address'), office.address],
                [t('office.timeZone'), zone.label],
                [t('office.createdAt'), formatDate(office.createdAt, zone)],
              ]}
            />
            <Text fw={600} mt="md" size="sm">
              {t('office.fingerprint')}
            </Text>
            <Fingerprint value={office.fingerprint} size="md" />
          </Card>
        )}
        <Card withBorder data-testid="user-summary">
          <Title order={4} mb="sm">
            {t('home.user')}
          </Title>
          <DataRows
            rows={[
              [t('user.fullName'), session.user.fullName],
              [t('user.username'), session.user.username],
              [t('user.role'), t(`role.${session.user.role}`)],
            ]}
          />
          <Text size="sm" c="dimmed" mt="md">
            {t('home.shortcuts')}
          </Text>
        </Card>
      </SimpleGrid>
    </Stack>
  );
}
