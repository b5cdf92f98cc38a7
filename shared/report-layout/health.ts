// Dinsos's office health board as a ReportDocument (for its XLSX): one row per office, the figures the screen shows.
import type { OfficeHealth, OfficeHealthBoard } from '../types/sync.ts';
import { zoneOfRegion } from '../time/office-zone.ts';
import { col, table } from './build.ts';
import { dayLabel, fileSafe, instantLabel, monthLabel } from './format.ts';
import { RECAP_STATUS_LABELS } from './labels.ts';
import type { ReportDocument } from './types.ts';

export const HEALTH_TITLE = 'KESEHATAN KANTOR';

export interface HealthOffice {
  name: string;
  regionCode: string;
  regionName: string;
}

const days = (ms: number | null): number | null =>
  ms === null ? null : Math.round((ms / 86_400_000) * 10) / 10;

const row = (o: OfficeHealth, i: number) => [
  i + 1,
  o.regionCode,
  o.name,
  o.lastReceivedAt,
  o.silentDays,
  o.silent ? 'ya' : 'tidak',
  o.missing.join(', '),
  o.unacknowledged,
  days(o.clockSkewMs),
  o.clockFlagged ? 'ya' : 'tidak',
  o.reportedConflicts,
  o.reportedQuarantined,
  o.quarantinedHere,
  o.duplicatesPending,
  RECAP_STATUS_LABELS[o.report.status],
  o.overdueReferrals,
];

export function healthBoardLayout(board: OfficeHealthBoard, office: HealthOffice, compiledAt: string): ReportDocument {
  const zone = zoneOfRegion(office.regionCode);
  const silent = board.offices.filter((o) => o.silent).length;
  const title = 'Kesehatan kantor';
  return {
    kind: 'kesehatan',
    title: HEALTH_TITLE,
    subtitle: `Per ${dayLabel(compiledAt, zone)}`,
    periodLabel: dayLabel(compiledAt, zone),
    fileBase: fileSafe(`kesehatan-kantor-${office.regionCode}-${compiledAt.slice(0, 10)}`),
    office: {
      name: office.name,
      address: '',
      regionCode: office.regionCode,
      regionName: office.regionName,
      regionPath: [{ code: office.regionCode, name: office.regionName }],
    },
    zone,
    header: [
      { label: 'Kantor', value: office.name },
      { label: 'Kode wilayah', value: office.regionCode },
      { label: 'Kantor dianggap diam setelah', value: `${board.silentAfterDays} hari tanpa paket` },
      { label: 'Laporan bulanan yang diperiksa', value: monthLabel(board.month) },
      { label: 'Tanggal penyusunan', value: instantLabel(compiledAt, zone) },
    ],
    summary: [
      { key: 'offices', label: 'Kantor terdaftar', value: board.offices.length, kind: 'int' },
      { key: 'silent', label: 'Kantor diam', value: silent, kind: 'int' },
      {
        key: 'duplicates',
        label: 'Data ganda menunggu',
        value: board.offices.reduce((n, o) => n + o.duplicatesPending, 0),
        kind: 'int',
      },
      {
        key: 'overdue',
        label: 'Rujukan terlambat',
        value: board.offices.reduce((n, o) => n + o.overdueReferrals, 0),
        kind: 'int',
      },
    ],
    tables: [
      table({
        id: 'kesehatan-kantor',
        title,
        sheetName: title,
        note: 'Selisih jam: positif berarti jam kantor itu lebih cepat dari jam Dinas Sosial (hari).',
        columns: [
          col('no', 'No', 'int', 5),
          col('kode', 'Kode wilayah', 'text', 12),
          col('kantor', 'Kantor', 'text', 30),
          col('lastReceivedAt', 'Paket terakhir diterima', 'date'),
          col('silentDays', 'Hari tanpa paket', 'int', 9),
          col('silent', 'Diam', 'text', 7),
          col('missing', 'Nomor paket hilang', 'text', 16),
          col('unacknowledged', 'Paket Dinsos belum dikonfirmasi', 'int', 12),
          col('skew', 'Selisih jam (hari)', 'decimal', 10),
          col('clockFlagged', 'Jam bermasalah', 'text', 9),
          col('reportedConflicts', 'Konflik terbuka di kantor', 'int', 11),
          col('reportedQuarantined', 'Karantina di kantor', 'int', 11),
          col('quarantinedHere', 'Karantina di Dinsos', 'int', 11),
          col('duplicates', 'Data ganda menunggu', 'int', 11),
          col('report', `Laporan ${monthLabel(board.month)}`, 'text', 14),
          col('overdue', 'Rujukan terlambat', 'int', 10),
        ],
        rows: board.offices.map(row),
        totals: null,
      }),
    ],
    signature: {
      placeDate: `${office.regionName.replace(/^(Kabupaten|Kota)\s+/, '')}, ${dayLabel(compiledAt, zone)}`,
      left: { title: ['Mengetahui,', `Kepala ${office.name}`], name: null, idLine: null },
      right: { title: ['Yang menyusun,', 'Petugas Dinas Sosial'], name: null, idLine: null },
    },
  };
}
