// Monthly report table "Rincian per kantor" (format 3): the kecamatan's cases and referrals by the office that recorded them.
import type { MonthlyReportData, OfficeFigures } from '../types/reports.ts';
import { col, table, TOTAL_LABEL } from './build.ts';
import { OFFICE_RELATION_LABELS } from './labels.ts';
import type { ReportTable } from './types.ts';

const figures = (f: Omit<OfficeFigures, 'officeId' | 'name' | 'relation'>): number[] => [
  f.casesReceived,
  f.casesClosed,
  f.openAtMonthEnd,
  f.referralsMade,
  f.openReferralsOver14,
];

/** The breakdown's table; its totals row is the report's total, which the office rows add up to. */
export function officesTable(data: MonthlyReportData, offices: readonly OfficeFigures[]): ReportTable {
  const below = offices.filter((o) => o.relation === 'below').length;
  return table({
    id: 'rincian-kantor',
    title: 'Rincian per kantor',
    sheetName: 'Rincian per kantor',
    note:
      `Kasus menurut kantor yang mencatatnya (termasuk ${below} Puskesos desa/kelurahan di bawah kantor ` +
      'kecamatan); rujukan dihitung bersama kasusnya. Definisi sama dengan tabel per desa; jumlahnya sama.',
    columns: [
      col('no', 'No', 'int', 5),
      col('kantor', 'Kantor', 'text', 32),
      col('jenis', 'Keterangan', 'text', 22),
      col('received', 'Kasus diterima', 'int'),
      col('closed', 'Kasus ditutup', 'int'),
      col('open', 'Terbuka akhir bulan', 'int', 12),
      col('referrals', 'Rujukan dibuat', 'int'),
      col('open14', 'Rujukan terbuka > 14 hari', 'int', 12),
    ],
    rows: offices.map((o, i) => [i + 1, o.name, OFFICE_RELATION_LABELS[o.relation], ...figures(o)]),
    totals: [
      null,
      TOTAL_LABEL,
      null,
      ...figures({
        casesReceived: data.total.cases.received,
        casesClosed: data.total.cases.closed,
        openAtMonthEnd: data.total.cases.openAtMonthEnd,
        referralsMade: data.total.referrals.made,
        openReferralsOver14: data.total.referrals.openOlderThan14Days,
      }),
    ],
  });
}
