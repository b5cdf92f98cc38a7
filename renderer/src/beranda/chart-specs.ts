// Beranda's four charts as shared/charts specs from dashboard.charts, and the filtered list each bar links to (no React here).
import type { ChartSpec } from '../../../shared/charts/types.ts';
import type { AreaCount, DashboardCharts } from '../../../shared/types/dashboard-charts.ts';
import { REFERRAL_OUTCOMES } from '../../../shared/types/cases.ts';
import { hrefTo } from '../nav/route.ts';

/** Texts the specs need, already translated by the caller. */
export interface ChartLabels {
  casesTitle: string;
  received: string;
  closed: string;
  referralsTitle: string;
  ppksTitle: string;
  ppksPersons: string;
  overdueTitle: string;
  overdueCases: string;
  month(month: string): string;
  destination(code: string): string;
  /** An outcome code, or 'belum'. */
  outcome(code: string): string;
}

export interface LinkedChart {
  spec: ChartSpec;
  hrefFor(series: number, category: number): string | null;
}

/** Outcome columns in a fixed order: no outcome yet first, then the outcomes as the case page lists them. */
export const OUTCOME_ORDER = ['belum', ...REFERRAL_OUTCOMES] as const;

/** At most this many areas are drawn (largest first); the rest are in the filtered lists. */
export const MAX_AREAS = 12;

export function casesPerMonthChart(d: DashboardCharts, l: ChartLabels): LinkedChart {
  const months = d.months.map((m) => m.month);
  return {
    spec: {
      id: 'kasus-per-bulan',
      kind: 'bar',
      title: l.casesTitle,
      categories: months.map((m) => l.month(m)),
      categoryKeys: months,
      series: [
        { key: 'received', label: l.received, values: d.months.map((m) => m.received) },
        { key: 'closed', label: l.closed, values: d.months.map((m) => m.closed) },
      ],
    },
    hrefFor: (series, category) => {
      const month = months[category];
      if (!month) return null;
      return hrefTo('layanan', [], series === 0 ? { receivedMonth: month } : { closedMonth: month });
    },
  };
}

export function referralsChart(d: DashboardCharts, l: ChartLabels): LinkedChart {
  const destinations = [...new Set(d.referrals.map((r) => r.destination))];
  const outcomes = OUTCOME_ORDER.filter((o) => d.referrals.some((r) => r.outcome === o));
  const count = (dest: string, outcome: string): number =>
    d.referrals.find((r) => r.destination === dest && r.outcome === outcome)?.count ?? 0;
  return {
    spec: {
      id: 'rujukan-tujuan-hasil',
      kind: 'stacked-bar',
      horizontal: true,
      title: l.referralsTitle,
      categories: destinations.map((c) => l.destination(c)),
      categoryKeys: destinations,
      series: outcomes.map((o) => ({
        key: o,
        label: l.outcome(o),
        values: destinations.map((dest) => count(dest, o)),
      })),
    },
    hrefFor: (series, category) => {
      const destination = destinations[category];
      const outcome = outcomes[series];
      if (!destination || !outcome) return null;
      return hrefTo('rujukan', [], { filter: 'all', destination, outcome });
    },
  };
}

function areaChart(
  id: string,
  title: string,
  seriesLabel: string,
  areas: AreaCount[],
  href: (code: string) => string,
): LinkedChart {
  const shown = areas.slice(0, MAX_AREAS);
  return {
    spec: {
      id,
      kind: 'bar',
      horizontal: true,
      title,
      categories: shown.map((a) => a.name),
      categoryKeys: shown.map((a) => a.code),
      series: [{ key: 'count', label: seriesLabel, values: shown.map((a) => a.count) }],
    },
    hrefFor: (_series, category) => {
      const area = shown[category];
      return area ? href(area.code) : null;
    },
  };
}

export const ppksChart = (d: DashboardCharts, l: ChartLabels): LinkedChart =>
  areaChart('ppks-per-wilayah', l.ppksTitle, l.ppksPersons, d.ppksByArea, (desa) =>
    hrefTo('warga', [], { desa, ppks: 'semua' }),
  );

export const overdueChart = (d: DashboardCharts, l: ChartLabels): LinkedChart =>
  areaChart('terlambat-per-wilayah', l.overdueTitle, l.overdueCases, d.overdueByArea, (desa) =>
    hrefTo('layanan', [], { overdue: true, desa }),
  );

export const berandaCharts = (d: DashboardCharts, l: ChartLabels): LinkedChart[] => [
  casesPerMonthChart(d, l),
  referralsChart(d, l),
  ppksChart(d, l),
  overdueChart(d, l),
];
