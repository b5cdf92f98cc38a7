// Monthly report tables of referrals (per desa by outcome, by destination, open over 14 days) and case durations.
import type { ChartSpec } from '../charts/types.ts';
import { DESTINATIONS, REFERRAL_OUTCOMES, REFERRAL_OVERDUE_DAYS } from '../reference/destinations.ts';
import { codesOf, findItem, labelOf } from '../reference/list.ts';
import type { MonthlyReportData } from '../types/reports.ts';
import { codesToShow, col, desaColumns, perDesa, table, TOTAL_LABEL } from './build.ts';
import { NO_OUTCOME_LABEL } from './labels.ts';
import type { ReportTable } from './types.ts';

const outcomeLabel = (code: string): string =>
  code === 'belum' ? NO_OUTCOME_LABEL : labelOf(REFERRAL_OUTCOMES, code);

export function referralOutcomeTable(data: MonthlyReportData): ReportTable {
  const all = [data.total, ...data.desa];
  const outcomes = codesToShow(
    ['belum', ...codesOf(REFERRAL_OUTCOMES)],
    all.map((d) => d.referrals.byOutcome),
  );
  const { rows, totals } = perDesa(data.desa, data.total, (d) => [
    d.referrals.made,
    ...outcomes.map((o) => d.referrals.byOutcome[o] ?? 0),
    d.referrals.openOlderThan14Days,
  ]);
  const chart: ChartSpec = {
    id: 'rujukan-hasil',
    kind: 'bar',
    title: 'Rujukan bulan ini menurut hasil',
    horizontal: true,
    categories: outcomes.map(outcomeLabel),
    categoryKeys: outcomes,
    series: [
      { key: 'made', label: 'Rujukan', values: outcomes.map((o) => data.total.referrals.byOutcome[o] ?? 0) },
    ],
  };
  return table({
    id: 'rujukan-desa',
    title: 'Rujukan per desa/kelurahan menurut hasil',
    sheetName: 'Rujukan',
    note:
      `Rujukan dengan tanggal surat dalam bulan ini, menurut hasil terakhir. Terbuka > ${REFERRAL_OVERDUE_DAYS} ` +
      `hari: belum ada hasil dan surat berumur lebih dari ${REFERRAL_OVERDUE_DAYS} hari pada akhir bulan.`,
    columns: [
      ...desaColumns(),
      col('made', 'Rujukan dibuat', 'int'),
      ...outcomes.map((o) => col(`outcome-${o}`, outcomeLabel(o), 'int', 11)),
      col('open14', `Terbuka > ${REFERRAL_OVERDUE_DAYS} hari`, 'int', 11),
    ],
    rows,
    totals,
    charts: [chart],
  });
}

export function referralDestinationTable(data: MonthlyReportData): ReportTable {
  const byDest = data.total.referrals.byDestination;
  const codes = codesToShow(codesOf(DESTINATIONS), [byDest], true);
  const kind = (code: string): string => {
    const k = findItem(DESTINATIONS, code)?.kind;
    return k === 'program' ? 'Program' : k === 'instansi' ? 'Instansi' : '-';
  };
  return table({
    id: 'rujukan-tujuan',
    title: 'Rujukan menurut program atau instansi tujuan',
    sheetName: 'Rujukan per tujuan',
    note: 'Hanya tujuan yang menerima rujukan bulan ini.',
    columns: [
      col('kode', 'Kode', 'text', 18),
      col('tujuan', 'Program / instansi tujuan', 'text', 44),
      col('jenis', 'Jenis', 'text', 10),
      col('jumlah', 'Rujukan', 'int'),
    ],
    rows: codes.map((c) => [c, labelOf(DESTINATIONS, c), kind(c), byDest[c] ?? 0]),
    totals: [null, TOTAL_LABEL, null, data.total.referrals.made],
    charts: [
      {
        id: 'rujukan-tujuan',
        kind: 'bar',
        title: 'Rujukan menurut tujuan',
        horizontal: true,
        categories: codes.map((c) => labelOf(DESTINATIONS, c)),
        categoryKeys: codes,
        series: [{ key: 'made', label: 'Rujukan', values: codes.map((c) => byDest[c] ?? 0) }],
      },
    ],
  });
}

export function openReferralsTable(data: MonthlyReportData): ReportTable {
  return table({
    id: 'rujukan-terbuka',
    title: `Rujukan terbuka lebih dari ${REFERRAL_OVERDUE_DAYS} hari`,
    sheetName: 'Rujukan terbuka',
    note: 'Rujukan tanpa hasil pada akhir bulan, dengan surat berumur lebih dari 14 hari.',
    columns: [
      col('no', 'No', 'int', 5),
      col('caseNumber', 'Nomor kasus', 'text', 22),
      col('letterNumber', 'Nomor surat', 'text', 26),
      col('letterDate', 'Tanggal surat', 'date'),
      col('destination', 'Tujuan', 'text', 32),
      col('desa', 'Desa/Kelurahan', 'text', 20),
      col('daysOpen', 'Lama terbuka (hari)', 'int', 10),
    ],
    rows: data.openReferrals.map((r, i) => [
      i + 1,
      r.caseNumber,
      r.letterNumber,
      r.letterDate,
      labelOf(DESTINATIONS, r.destination),
      r.desaName,
      r.daysOpen,
    ]),
    totals: null,
    wide: false,
  });
}

export function durationTable(data: MonthlyReportData): ReportTable {
  const d = data.durationDays;
  return table({
    id: 'lama-penyelesaian',
    title: 'Lama penyelesaian kasus (hari sejak diterima sampai ditutup)',
    sheetName: 'Lama penyelesaian',
    note: 'Atas kasus yang ditutup bulan ini. Persentil ke-90: peringkat terdekat.',
    columns: [
      col('closedCases', 'Kasus ditutup', 'int', 14),
      col('median', 'Median (hari)', 'decimal', 14),
      col('p90', 'Persentil ke-90 (hari)', 'decimal', 18),
    ],
    rows: [[d.closedCases, d.median, d.p90]],
    totals: null,
  });
}
