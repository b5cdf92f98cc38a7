// Beranda chart specs: series and categories from dashboard.charts, and each bar's link carries the filter of the list it counts.
import { describe, expect, it } from 'vitest';
import {
  berandaCharts,
  MAX_AREAS,
  OUTCOME_ORDER,
  type ChartLabels,
} from '../../../renderer/src/beranda/chart-specs.ts';
import { caseFiltersFrom } from '../../../renderer/src/layanan/case-filters.ts';
import { parseRoute } from '../../../renderer/src/nav/route.ts';
import { personFiltersFrom, personSearchInput } from '../../../renderer/src/warga/person-filters.ts';
import type { DashboardCharts } from '../../../shared/types/dashboard-charts.ts';

const labels: ChartLabels = {
  casesTitle: 'Kasus',
  received: 'Diterima',
  closed: 'Selesai',
  referralsTitle: 'Rujukan',
  ppksTitle: 'PPKS',
  ppksPersons: 'Warga PPKS',
  overdueTitle: 'Terlambat',
  overdueCases: 'Kasus terlambat',
  month: (m) => `bulan ${m}`,
  destination: (c) => `tujuan ${c}`,
  outcome: (c) => `hasil ${c}`,
};

const data: DashboardCharts = {
  today: '2026-03-02',
  areaLevel: 'desa',
  months: [
    { month: '2026-02', received: 4, closed: 1 },
    { month: '2026-03', received: 2, closed: 0 },
  ],
  referrals: [
    { destination: 'PKH', outcome: 'DITOLAK', count: 2 },
    { destination: 'PKH', outcome: 'belum', count: 3 },
    { destination: 'BPNT', outcome: 'DITERIMA', count: 1 },
  ],
  ppksByArea: Array.from({ length: 15 }, (_, i) => ({
    code: `33.01.08.20${String(i + 10)}`,
    name: `Desa ${i}`,
    count: 20 - i,
  })),
  overdueByArea: [{ code: '33.01.08.2001', name: 'Jeruklegi Kulon', count: 3 }],
};

const route = (href: string) => parseRoute(href);

describe('berandaCharts', () => {
  const [cases, referrals, ppks, overdue] = berandaCharts(data, labels);

  it('cases per month: received and closed series; bars link to the month filters of Layanan', () => {
    expect(cases?.spec.categories).toEqual(['bulan 2026-02', 'bulan 2026-03']);
    expect(cases?.spec.series.map((s) => [s.key, [...s.values]])).toEqual([
      ['received', [4, 2]],
      ['closed', [1, 0]],
    ]);
    const received = route(cases?.hrefFor(0, 0) ?? '');
    expect(received.section).toBe('layanan');
    expect(caseFiltersFrom(received.query)).toMatchObject({ receivedMonth: '2026-02', closedMonth: null });
    const closed = route(cases?.hrefFor(1, 1) ?? '');
    expect(caseFiltersFrom(closed.query)).toMatchObject({ receivedMonth: null, closedMonth: '2026-03' });
    expect(cases?.hrefFor(0, 5)).toBeNull();
  });

  it('referrals: one stacked series per outcome present, in the fixed order; links filter destination and outcome', () => {
    expect(referrals?.spec.kind).toBe('stacked-bar');
    expect(referrals?.spec.categoryKeys).toEqual(['PKH', 'BPNT']);
    const keys = referrals?.spec.series.map((s) => s.key) ?? [];
    expect(keys).toEqual(OUTCOME_ORDER.filter((o) => ['belum', 'DITERIMA', 'DITOLAK'].includes(o)));
    const byKey = Object.fromEntries(referrals?.spec.series.map((s) => [s.key, [...s.values]]) ?? []);
    expect(byKey).toEqual({ belum: [3, 0], DITERIMA: [0, 1], DITOLAK: [2, 0] });
    const link = route(referrals?.hrefFor(keys.indexOf('DITOLAK'), 0) ?? '');
    expect(link.section).toBe('rujukan');
    expect(Object.fromEntries(link.query)).toEqual({ filter: 'all', destination: 'PKH', outcome: 'DITOLAK' });
  });

  it('PPKS by area: the largest areas only; a bar opens Warga filtered by desa and any PPKS', () => {
    expect(ppks?.spec.categories).toHaveLength(MAX_AREAS);
    expect(ppks?.spec.series[0]?.values[0]).toBe(20);
    const link = route(ppks?.hrefFor(0, 2) ?? '');
    expect(link.section).toBe('warga');
    const filters = personFiltersFrom(link.query);
    expect(personSearchInput(filters)).toMatchObject({ desaCode: '33.01.08.2012', ppksAny: true });
    expect(personSearchInput(filters)).not.toHaveProperty('ppksCategory');
  });

  it('overdue by area: a bar opens Layanan filtered by overdue and desa', () => {
    const link = route(overdue?.hrefFor(0, 0) ?? '');
    expect(caseFiltersFrom(link.query)).toMatchObject({ overdue: true, desa: '33.01.08.2001' });
  });
});
