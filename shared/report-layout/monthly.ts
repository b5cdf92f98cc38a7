// The monthly report (Laporan Bulanan TKSK/Puskesos) as a ReportDocument: cover fields, every table, charts, signatures.
import type { MonthlyReportData } from '../types/reports.ts';
import { col, table } from './build.ts';
import { dayLabel, fileSafe, instantLabel, monthLabel } from './format.ts';
import { ACTIVITY_TYPE_LABELS, ROLE_LABELS } from './labels.ts';
import { caseKindsTable, casesTable } from './monthly-cases.ts';
import { dtsenListedTable } from './dtsen-listed.ts';
import { dtsenFlowTable, dtsenKindStateTable } from './monthly-dtsen.ts';
import { officesTable } from './monthly-offices.ts';
import {
  durationTable,
  openReferralsTable,
  referralDestinationTable,
  referralOutcomeTable,
} from './monthly-referrals.ts';
import { ppksTable, servedTable } from './monthly-served.ts';
import type { LayoutOffice, ReportDocument, ReportTable, SignatureBlock } from './types.ts';

export const MONTHLY_TITLE = 'LAPORAN BULANAN PUSKESOS / TKSK';
export const TKSK_TITLE = 'Tenaga Kesejahteraan Sosial Kecamatan (TKSK)';

const levelOf = (code: string): number => code.split('.').length;

/** The kecamatan's name: the office itself (a kecamatan office) or its kecamatan in the region path. */
export function kecamatanName(
  office: LayoutOffice,
  type: MonthlyReportData['office']['type'],
): string | null {
  if (type === 'kecamatan') return office.regionName;
  return office.regionPath.find((r) => levelOf(r.code) === 3)?.name ?? null;
}

function activitiesTable(data: MonthlyReportData): ReportTable {
  return table({
    id: 'kegiatan',
    title: 'Kegiatan TKSK',
    sheetName: 'Kegiatan TKSK',
    columns: [
      col('no', 'No', 'int', 5),
      col('date', 'Tanggal', 'date'),
      col('type', 'Jenis kegiatan', 'text', 20),
      col('desa', 'Desa/Kelurahan', 'text', 18),
      col('target', 'Sasaran', 'text', 22),
      col('result', 'Hasil', 'text', 40),
      col('note', 'Catatan', 'text', 26),
      col('author', 'Dicatat oleh', 'text', 18),
    ],
    rows: data.activities.map((a, i) => [
      i + 1,
      a.date,
      ACTIVITY_TYPE_LABELS[a.type] ?? a.type,
      a.desaName,
      a.targetGroup,
      a.result,
      a.note,
      a.authorName,
    ]),
    totals: null,
    wide: true,
  });
}

function obstaclesTable(data: MonthlyReportData): ReportTable {
  return table({
    id: 'kendala',
    title: 'Kendala dan rekomendasi',
    sheetName: 'Kendala dan rekomendasi',
    columns: [col('part', 'Bagian', 'text', 16), col('text', 'Uraian', 'text', 90)],
    rows: [
      ['Kendala', data.obstacles.trim() || null],
      ['Rekomendasi', data.recommendations.trim() || null],
    ],
    totals: null,
  });
}

export function monthlyOffice(data: MonthlyReportData): LayoutOffice {
  const { name, address, regionCode, regionName } = data.office;
  return { name, address, regionCode, regionName, regionPath: data.regionPath };
}

function signature(data: MonthlyReportData, office: LayoutOffice): SignatureBlock {
  const kec = kecamatanName(office, data.office.type);
  const place = kec ?? data.office.regionName;
  return {
    placeDate: `${place}, ${dayLabel(data.compiledAt, data.period.zone)}`,
    left: {
      title: ['Mengetahui,', kec ? `Camat ${kec}` : 'Camat'],
      name: null,
      idLine: 'NIP. ..............................',
    },
    right: {
      title: ['Yang melaporkan,', TKSK_TITLE],
      name: data.compiledBy?.role === 'tksk' ? data.compiledBy.name : null,
      idLine: null,
    },
  };
}

/** Every table of the monthly report, in reading order, with its charts. */
export function monthlyReportLayout(data: MonthlyReportData): ReportDocument {
  const office = monthlyOffice(data);
  const period = monthLabel(data.period.month);
  const zone = data.period.zone;
  return {
    kind: 'bulanan',
    title: MONTHLY_TITLE,
    subtitle: `Periode ${period}`,
    periodLabel: period,
    fileBase: fileSafe(`laporan-bulanan-${data.office.regionCode}-${data.period.month}`),
    office,
    zone,
    header: [
      { label: 'Kantor', value: data.office.name },
      { label: 'Wilayah', value: data.office.regionName },
      { label: 'Kode wilayah', value: data.office.regionCode },
      {
        label: 'Periode',
        value: `${period} (${dayLabel(data.period.firstDay, zone)} s.d. ${dayLabel(data.period.lastDay, zone)})`,
      },
      {
        label: 'Disusun oleh',
        value: data.compiledBy ? `${data.compiledBy.name} (${ROLE_LABELS[data.compiledBy.role]})` : '-',
      },
      { label: 'Tanggal penyusunan', value: instantLabel(data.compiledAt, zone) },
    ],
    summary: [
      { key: 'persons', label: 'Warga dilayani', value: data.total.served.persons, kind: 'int' },
      { key: 'contacts', label: 'Kontak', value: data.total.served.contacts, kind: 'int' },
      { key: 'casesReceived', label: 'Kasus diterima', value: data.total.cases.received, kind: 'int' },
      { key: 'casesClosed', label: 'Kasus ditutup', value: data.total.cases.closed, kind: 'int' },
      {
        key: 'casesOpen',
        label: 'Kasus terbuka akhir bulan',
        value: data.total.cases.openAtMonthEnd,
        kind: 'int',
      },
      { key: 'referrals', label: 'Rujukan dibuat', value: data.total.referrals.made, kind: 'int' },
      {
        key: 'openReferralsOver14',
        label: 'Rujukan terbuka > 14 hari',
        value: data.total.referrals.openOlderThan14Days,
        kind: 'int',
      },
      {
        key: 'medianDays',
        label: 'Median lama penyelesaian (hari)',
        value: data.durationDays.median,
        kind: 'decimal',
      },
      ...(data.dtsen
        ? [
            {
              key: 'usulan',
              label: 'Usulan DTSEN dibuat',
              value: data.dtsen.total.made,
              kind: 'int' as const,
            },
          ]
        : []),
      { key: 'activities', label: 'Kegiatan TKSK', value: data.activities.length, kind: 'int' },
    ],
    tables: [
      servedTable(data),
      ppksTable(data),
      casesTable(data),
      caseKindsTable(data),
      referralOutcomeTable(data),
      referralDestinationTable(data),
      openReferralsTable(data),
      durationTable(data),
      // Format 3 on, a kecamatan with a desa Puskesos below it; an older version is rendered as signed, without it.
      ...(data.offices ? [officesTable(data, data.offices)] : []),
      // Format 2 on; a version finalized in format 1 is rendered as it was signed, without these.
      ...(data.dtsen ? [dtsenFlowTable(data.dtsen), dtsenKindStateTable(data.dtsen)] : []),
      // Format 4 on; an older version is rendered as signed, without it.
      ...(data.dtsenListed ? [dtsenListedTable(data.dtsenListed, data.period.zone)] : []),
      activitiesTable(data),
      obstaclesTable(data),
    ],
    signature: signature(data, office),
  };
}
