// Monthly report tables of cases per desa: received, closed at the desk, closed, open at month end; by kind and category.
import type { ChartSpec } from '../charts/types.ts';
import { CASE_KINDS, COMPLAINT_CATEGORIES } from '../reference/complaints.ts';
import { codesOf, labelOf } from '../reference/list.ts';
import type { MonthlyReportData } from '../types/reports.ts';
import { codesToShow, col, desaColumns, perDesa, table } from './build.ts';
import type { ReportTable } from './types.ts';

export function casesTable(data: MonthlyReportData): ReportTable {
  const { rows, totals } = perDesa(data.desa, data.total, (d) => [
    d.cases.received,
    d.cases.closedAtDesk,
    d.cases.closed,
    d.cases.openAtMonthEnd,
  ]);
  const chart: ChartSpec = {
    id: 'kasus-per-desa',
    kind: 'bar',
    title: 'Kasus diterima dan ditutup per desa/kelurahan',
    horizontal: true,
    categories: data.desa.map((d) => d.name),
    categoryKeys: data.desa.map((d) => d.code),
    series: [
      { key: 'received', label: 'Diterima', values: data.desa.map((d) => d.cases.received) },
      { key: 'closed', label: 'Ditutup', values: data.desa.map((d) => d.cases.closed) },
    ],
  };
  return table({
    id: 'kasus-desa',
    title: 'Kasus per desa/kelurahan',
    sheetName: 'Kasus',
    note:
      'Diterima: tanggal terima dalam bulan ini. Selesai di front office termasuk dalam Ditutup. Terbuka: ' +
      'diterima sampai akhir bulan dan belum ditutup pada akhir bulan.',
    columns: [
      ...desaColumns(),
      col('received', 'Diterima', 'int'),
      col('closedAtDesk', 'Selesai di front office', 'int', 12),
      col('closed', 'Ditutup', 'int'),
      col('open', 'Terbuka akhir bulan', 'int', 12),
    ],
    rows,
    totals,
    charts: [chart],
  });
}

export function caseKindsTable(data: MonthlyReportData): ReportTable {
  const all = [data.total, ...data.desa];
  const kinds = codesToShow(
    codesOf(CASE_KINDS),
    all.map((d) => d.cases.receivedByKind),
  );
  const categories = codesToShow(
    codesOf(COMPLAINT_CATEGORIES),
    all.map((d) => d.cases.receivedByCategory),
  );
  const { rows, totals } = perDesa(data.desa, data.total, (d) => [
    ...kinds.map((k) => d.cases.receivedByKind[k] ?? 0),
    ...categories.map((c) => d.cases.receivedByCategory[c] ?? 0),
  ]);
  const chart: ChartSpec = {
    id: 'kasus-kategori',
    kind: 'bar',
    title: 'Kasus diterima menurut kategori',
    horizontal: true,
    categories: categories.map((c) => labelOf(COMPLAINT_CATEGORIES, c)),
    categoryKeys: categories,
    series: [
      {
        key: 'received',
        label: 'Kasus',
        values: categories.map((c) => data.total.cases.receivedByCategory[c] ?? 0),
      },
    ],
  };
  return table({
    id: 'kasus-jenis-kategori',
    title: 'Kasus diterima menurut jenis dan kategori per desa/kelurahan',
    sheetName: 'Kasus per kategori',
    columns: [
      ...desaColumns(),
      ...kinds.map((k) => col(`kind-${k}`, labelOf(CASE_KINDS, k), 'int', 11)),
      ...categories.map((c) => col(`category-${c}`, labelOf(COMPLAINT_CATEGORIES, c), 'int', 11)),
    ],
    rows,
    totals,
    charts: [chart],
  });
}
