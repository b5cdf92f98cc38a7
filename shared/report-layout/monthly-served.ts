// Monthly report tables of residents served: per desa by new/returning, sex, age group, disability; and by PPKS category.
import type { ChartSpec } from '../charts/types.ts';
import { labelOf } from '../reference/list.ts';
import { PPKS } from '../reference/ppks.ts';
import { AGE_GROUPS, type MonthlyReportData } from '../types/reports.ts';
import { codesToShow, col, desaColumns, perDesa, table } from './build.ts';
import { AGE_GROUP_LABELS } from './labels.ts';
import type { ReportTable } from './types.ts';

export function servedTable(data: MonthlyReportData): ReportTable {
  const { rows, totals } = perDesa(data.desa, data.total, (d) => [
    d.served.persons,
    d.served.contacts,
    d.served.newPersons,
    d.served.returningPersons,
    d.served.bySex.L,
    d.served.bySex.P,
    ...AGE_GROUPS.map((g) => d.served.byAgeGroup[g]),
    d.served.withDisability,
  ]);
  const bySex: ChartSpec = {
    id: 'warga-per-desa-jenis-kelamin',
    kind: 'stacked-bar',
    title: 'Warga dilayani per desa/kelurahan menurut jenis kelamin',
    horizontal: true,
    categories: data.desa.map((d) => d.name),
    categoryKeys: data.desa.map((d) => d.code),
    series: [
      { key: 'L', label: 'Laki-laki', values: data.desa.map((d) => d.served.bySex.L) },
      { key: 'P', label: 'Perempuan', values: data.desa.map((d) => d.served.bySex.P) },
    ],
  };
  const byAge: ChartSpec = {
    id: 'warga-kelompok-umur',
    kind: 'bar',
    title: 'Warga dilayani menurut kelompok umur',
    categories: AGE_GROUPS.map((g) => AGE_GROUP_LABELS[g]),
    categoryKeys: [...AGE_GROUPS],
    series: [
      { key: 'persons', label: 'Warga', values: AGE_GROUPS.map((g) => data.total.served.byAgeGroup[g]) },
    ],
  };
  return table({
    id: 'layanan-desa',
    title: 'Warga dilayani dan kontak per desa/kelurahan',
    sheetName: 'Warga dilayani',
    note:
      'Warga dilayani: warga berbeda yang menjadi penerima manfaat kasus yang diterima bulan ini. Kontak: ' +
      'kasus yang diterima bulan ini. Baru: tanpa kasus sebelum bulan ini. Umur dihitung pada akhir bulan.',
    columns: [
      ...desaColumns(),
      col('persons', 'Warga dilayani', 'int'),
      col('contacts', 'Kontak', 'int'),
      col('new', 'Baru', 'int', 8),
      col('returning', 'Lama', 'int', 8),
      col('L', 'Laki-laki', 'int', 9),
      col('P', 'Perempuan', 'int', 10),
      ...AGE_GROUPS.map((g) => col(`age-${g}`, AGE_GROUP_LABELS[g], 'int', g === 'tidak_diketahui' ? 11 : 9)),
      col('disability', 'Penyandang disabilitas', 'int', 12),
    ],
    rows,
    totals,
    charts: [bySex, byAge],
  });
}

export function ppksTable(data: MonthlyReportData): ReportTable {
  const codes = codesToShow(
    PPKS.items.map((p) => p.code),
    [data.total.served.byPpks, ...data.desa.map((d) => d.served.byPpks)],
    true,
  );
  const { rows, totals } = perDesa(data.desa, data.total, (d) => codes.map((c) => d.served.byPpks[c] ?? 0));
  const chart: ChartSpec = {
    id: 'warga-ppks',
    kind: 'bar',
    title: 'Warga dilayani menurut kategori PPKS',
    horizontal: true,
    categories: codes.map((c) => labelOf(PPKS, c)),
    categoryKeys: codes,
    series: [{ key: 'persons', label: 'Warga', values: codes.map((c) => data.total.served.byPpks[c] ?? 0) }],
  };
  return table({
    id: 'ppks-desa',
    title: 'Warga dilayani menurut kategori PPKS per desa/kelurahan',
    sheetName: 'PPKS',
    note:
      codes.length === 0
        ? 'Tidak ada warga dilayani dengan kategori PPKS aktif pada bulan ini.'
        : 'Hanya kategori PPKS yang memiliki warga. Seorang warga dapat terhitung pada beberapa kategori.',
    columns: [...desaColumns(), ...codes.map((c) => col(`ppks-${c}`, `${c} ${labelOf(PPKS, c)}`, 'int', 12))],
    rows,
    totals,
    charts: codes.length > 0 ? [chart] : [],
  });
}
