// The Dinsos recap (Rekapitulasi laporan bulanan kecamatan) as a ReportDocument: one row per kecamatan, totals, missing list.
import type { ChartSpec } from '../charts/types.ts';
import type { RecapData, RecapRow } from '../types/reports.ts';
import { zoneOfRegion } from '../time/office-zone.ts';
import { col, table, TOTAL_LABEL } from './build.ts';
import { dayLabel, fileSafe, instantLabel, monthLabel } from './format.ts';
import { RECAP_STATUS_LABELS } from './labels.ts';
import { recapDtsenListedTable } from './dtsen-listed.ts';
import { recapDtsenTables } from './recap-dtsen.ts';
import type { ReportDocument, ReportTable } from './types.ts';

export const RECAP_TITLE = 'REKAPITULASI LAPORAN BULANAN KECAMATAN';

type Totals = NonNullable<RecapRow['totals']>;
const TOTAL_KEYS: (keyof Totals)[] = [
  'persons',
  'contacts',
  'casesReceived',
  'casesClosed',
  'referrals',
  'openReferralsOver14',
];

/** How a row stands in the tree: a kecamatan with its desa Puskesos, a desa inside (or, for now, beside) its kecamatan. */
export function placeRemark(r: RecapRow, rows: readonly RecapRow[]): string | null {
  if (r.desaOffices > 0) return `Termasuk ${r.desaOffices} Puskesos desa/kelurahan`;
  if (r.upstreamId === null) return null;
  const kec = rows.find((k) => k.officeId === r.upstreamId)?.officeName ?? 'kecamatan';
  return r.counted
    ? `Di bawah ${kec}, yang belum melapor: dijumlahkan sendiri`
    : `Sudah termasuk dalam laporan ${kec}`;
}

function recapTable(data: RecapData): ReportTable {
  const totalsOf = (t: Totals | null) => TOTAL_KEYS.map((k) => (t ? t[k] : null));
  const reported = data.rows.filter((r) => r.status !== 'belum');
  // The chart's bars add up to the kabupaten total: a desa inside its kecamatan's report is not drawn again.
  const charted = reported.filter((r) => r.counted);
  const inside = data.rows.filter((r) => !r.counted).length;
  // The remark column only where the tree places a desa Puskesos under a kecamatan (a flat network has none).
  const placed = data.rows.some((r) => placeRemark(r, data.rows) !== null);
  const chart: ChartSpec = {
    id: 'rekap-per-kecamatan',
    kind: 'bar',
    title: 'Warga dilayani, kasus diterima dan rujukan per kecamatan',
    horizontal: true,
    categories: charted.map((r) => r.officeName),
    categoryKeys: charted.map((r) => r.officeId),
    series: [
      { key: 'persons', label: 'Warga dilayani', values: charted.map((r) => r.totals?.persons ?? 0) },
      {
        key: 'casesReceived',
        label: 'Kasus diterima',
        values: charted.map((r) => r.totals?.casesReceived ?? 0),
      },
      { key: 'referrals', label: 'Rujukan', values: charted.map((r) => r.totals?.referrals ?? 0) },
    ],
  };
  return table({
    id: 'rekap-kecamatan',
    title: 'Laporan per kecamatan',
    sheetName: 'Rekap kecamatan',
    note: [
      `Batas penyampaian: ${dayLabel(data.period.deadline, zoneOfRegion(data.office.regionCode))}.`,
      data.linkedOverlap > 0
        ? `Jumlah warga dilayani kabupaten/kota menghitung sekali ${data.linkedOverlap} warga yang dilayani di lebih dari satu kecamatan (data ditautkan Dinas Sosial); angka per kecamatan sesuai laporan yang ditandatangani.`
        : null,
      inside > 0
        ? `Laporan kecamatan mencakup kasus Puskesos desa/kelurahan di bawahnya: ${inside} Puskesos desa/kelurahan tidak dijumlahkan lagi.`
        : null,
    ]
      .filter(Boolean)
      .join(' '),
    columns: [
      col('no', 'No', 'int', 5),
      col('kode', 'Kode wilayah', 'text', 12),
      col('kantor', 'Kantor', 'text', 28),
      col('status', 'Status laporan', 'text', 13),
      col('version', 'Versi', 'int', 7),
      col('finalizedAt', 'Difinalkan', 'date'),
      col('receivedAt', 'Diterima Dinsos', 'date'),
      col('persons', 'Warga dilayani', 'int'),
      col('contacts', 'Kontak', 'int'),
      col('casesReceived', 'Kasus diterima', 'int'),
      col('casesClosed', 'Kasus ditutup', 'int'),
      col('referrals', 'Rujukan', 'int'),
      col('open14', 'Rujukan terbuka > 14 hari', 'int', 12),
      ...(placed ? [col('keterangan', 'Keterangan', 'text', 26)] : []),
    ],
    rows: data.rows.map((r, i) => [
      i + 1,
      r.regionCode,
      r.officeName,
      RECAP_STATUS_LABELS[r.status],
      r.version,
      r.finalizedAt,
      r.receivedAt,
      ...totalsOf(r.totals),
      ...(placed ? [placeRemark(r, data.rows)] : []),
    ]),
    totals: [
      null,
      null,
      `${TOTAL_LABEL} kabupaten/kota`,
      `${reported.length} dari ${data.rows.length} melapor`,
      null,
      null,
      null,
      ...totalsOf(data.totals),
      ...(placed ? [null] : []),
    ],
    charts: [chart],
  });
}

function missingTable(data: RecapData): ReportTable {
  return table({
    id: 'rekap-belum',
    title: 'Kecamatan yang belum menyampaikan laporan',
    sheetName: 'Belum melapor',
    note:
      data.rows.length === 0
        ? 'Belum ada kantor kecamatan yang terdaftar pada Dinas Sosial ini.'
        : data.missing.length === 0
          ? 'Semua kecamatan telah menyampaikan laporan.'
          : undefined,
    columns: [
      col('no', 'No', 'int', 5),
      col('kode', 'Kode wilayah', 'text', 14),
      col('kantor', 'Kantor', 'text', 36),
    ],
    rows: data.missing.map((m, i) => [i + 1, m.regionCode, m.officeName]),
    totals: null,
  });
}

export function recapReportLayout(data: RecapData): ReportDocument {
  const zone = zoneOfRegion(data.office.regionCode);
  const period = monthLabel(data.period.month);
  const count = (s: RecapRow['status']): number => data.rows.filter((r) => r.status === s).length;
  const kab = data.office.regionName;
  return {
    kind: 'rekap',
    title: RECAP_TITLE,
    subtitle: `Periode ${period}`,
    periodLabel: period,
    fileBase: fileSafe(`rekap-laporan-${data.office.regionCode}-${data.period.month}`),
    office: {
      name: data.office.name,
      address: '',
      regionCode: data.office.regionCode,
      regionName: kab,
      regionPath: [{ code: data.office.regionCode, name: kab }],
    },
    zone,
    header: [
      { label: 'Kantor', value: data.office.name },
      { label: 'Wilayah', value: kab },
      { label: 'Kode wilayah', value: data.office.regionCode },
      { label: 'Periode', value: period },
      { label: 'Batas penyampaian', value: dayLabel(data.period.deadline, zone) },
      {
        label: 'Kecamatan melapor',
        value:
          `${data.rows.length - count('belum')} dari ${data.rows.length} (tepat waktu ${count('tepat_waktu')}, ` +
          `terlambat ${count('terlambat')}, belum ${count('belum')})`,
      },
      { label: 'Tanggal penyusunan', value: instantLabel(data.compiledAt, zone) },
    ],
    summary: [
      { key: 'reported', label: 'Kecamatan melapor', value: data.rows.length - count('belum'), kind: 'int' },
      { key: 'missing', label: 'Kecamatan belum melapor', value: data.missing.length, kind: 'int' },
      { key: 'persons', label: 'Warga dilayani', value: data.totals.persons, kind: 'int' },
      { key: 'contacts', label: 'Kontak', value: data.totals.contacts, kind: 'int' },
      { key: 'casesReceived', label: 'Kasus diterima', value: data.totals.casesReceived, kind: 'int' },
      { key: 'casesClosed', label: 'Kasus ditutup', value: data.totals.casesClosed, kind: 'int' },
      { key: 'referrals', label: 'Rujukan', value: data.totals.referrals, kind: 'int' },
      {
        key: 'openReferralsOver14',
        label: 'Rujukan terbuka > 14 hari',
        value: data.totals.openReferralsOver14,
        kind: 'int',
      },
      { key: 'usulanMade', label: 'Usulan DTSEN dibuat', value: data.dtsen.total.made, kind: 'int' },
      {
        key: 'usulanSent',
        label: 'Usulan DTSEN dikirim ke Dinsos',
        value: data.dtsen.total.sent,
        kind: 'int',
      },
    ],
    tables: [recapTable(data), missingTable(data), ...recapDtsenTables(data), recapDtsenListedTable(data)],
    signature: {
      placeDate: `${kab.replace(/^(Kabupaten|Kota)\s+/, '')}, ${dayLabel(data.compiledAt, zone)}`,
      left: {
        title: ['Mengetahui,', `Kepala ${data.office.name}`],
        name: null,
        idLine: 'NIP. ..............................',
      },
      right: {
        title: ['Yang menyusun,', 'Petugas Dinas Sosial'],
        name: null,
        idLine: 'NIP. ..............................',
      },
    },
  };
}
