// Beranda's charts (cases per month, referrals by destination and outcome, PPKS and overdue by area), each bar a link to its filtered list.
import { Alert, SimpleGrid } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../api/client.ts';
import { LIST, useReference } from '../app/reference.tsx';
import { formatMonth } from '../format-month.ts';
import { ChartFigure } from '../ui/ChartFigure.tsx';
import { useLoad } from '../ui/use-load.ts';
import { REFERRAL_OUTCOMES, type ReferralOutcome } from '../../../shared/types/cases.ts';
import { berandaCharts, type ChartLabels } from './chart-specs.ts';

const isOutcome = (code: string): code is ReferralOutcome =>
  (REFERRAL_OUTCOMES as readonly string[]).includes(code);

export function DashboardCharts() {
  const { t } = useTranslation();
  const ref = useReference();
  const data = useLoad(() => call('dashboard.charts', {}), []);
  const value = data.value;
  const charts = useMemo(() => {
    if (!value) return [];
    const area = value.areaLevel === 'kecamatan' ? t('charts.byKecamatan') : t('charts.byDesa');
    const labels: ChartLabels = {
      casesTitle: t('charts.cases.title'),
      received: t('charts.cases.received'),
      closed: t('charts.cases.closed'),
      referralsTitle: t('charts.referrals.title'),
      ppksTitle: t('charts.ppks.title', { area }),
      ppksPersons: t('charts.ppks.series'),
      overdueTitle: t('charts.overdue.title', { area }),
      overdueCases: t('charts.overdue.series'),
      month: (m) => formatMonth(m, 'short'),
      destination: (code) => ref.label(LIST.destination, code),
      outcome: (code) => (isOutcome(code) ? t(`outcome.${code}`) : t('charts.outcomeNone')),
    };
    return berandaCharts(value, labels);
  }, [value, t, ref]);

  if (data.error) return <Alert color="red">{data.error}</Alert>;
  if (!value) return null;
  const descriptions = [
    t('charts.cases.note'),
    t('charts.referrals.note'),
    t('charts.ppks.note'),
    t('charts.overdue.note'),
  ];
  return (
    <SimpleGrid cols={{ base: 1, lg: 2 }} data-testid="dashboard-charts">
      {charts.map((c, i) => (
        <ChartFigure
          key={c.spec.id}
          spec={c.spec}
          hrefFor={c.hrefFor}
          description={descriptions[i]}
          testId={`chart-${c.spec.id}`}
        />
      ))}
    </SimpleGrid>
  );
}
