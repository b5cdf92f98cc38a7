// Report tables of the households in DTSEN at the month's end by desil band (monthly format 4, Dinsos recap format 4).
import { DESIL_BAND_LABELS, DESIL_BANDS } from '../reference/dtsen-bands.ts';
import type { DtsenListedFigures, DtsenListedSection, RecapData } from '../types/reports.ts';
import { col, desaColumns, table, TOTAL_LABEL } from './build.ts';
import { dayLabel } from './format.ts';
import type { CellValue, ReportColumn, ReportTable } from './types.ts';

const bandColumns = (): ReportColumn[] => [
  ...DESIL_BANDS.map((b) => col(b, DESIL_BAND_LABELS[b], 'int', 12)),
  col('listed', 'Jumlah keluarga DTSEN', 'int', 12),
];

const bandCells = (f: DtsenListedFigures): CellValue[] => [...DESIL_BANDS.map((b) => f[b]), f.listed];

const NOTE =
  'Status tiap keluarga menurut riwayat DTSEN-nya pada tanggal itu: hasil pemutakhiran pusat sejak tanggal berlakunya ' +
  '(usul keluar yang diterima mengeluarkannya), atau data register sejak didaftarkan atau sejak desil/ID DTSEN ' +
  'terakhir diubah. Keluarga yang statusnya pada tanggal itu tidak diketahui tidak dihitung.';

export function dtsenListedTable(s: DtsenListedSection, zone: string): ReportTable {
  return table({
    id: 'dtsen-desil',
    title: `Keluarga dalam DTSEN per ${dayLabel(s.day, zone)} menurut desil`,
    sheetName: 'Keluarga DTSEN',
    note: NOTE,
    columns: [...desaColumns(), ...bandColumns()],
    rows: s.desa.map((d) => [d.code, d.name, ...bandCells(d)]),
    totals: [null, TOTAL_LABEL, ...bandCells(s.total)],
  });
}

/** Each counted office's signed figures and the kabupaten sum; versions signed before them are named in the note. */
export function recapDtsenListedTable(data: RecapData): ReportTable {
  const l = data.dtsen.listed;
  return table({
    id: 'rekap-dtsen-desil',
    title: 'Keluarga dalam DTSEN akhir bulan menurut desil per kecamatan',
    sheetName: 'Rekap keluarga DTSEN',
    note: [
      'Angka dari laporan bulanan yang ditandatangani tiap kantor; Puskesos desa/kelurahan yang sudah termasuk laporan kecamatannya tidak dijumlahkan lagi.',
      l.withoutSection > 0
        ? `${l.withoutSection} laporan difinalkan sebelum bagian keluarga DTSEN ada: tidak ikut dijumlahkan.`
        : null,
    ]
      .filter(Boolean)
      .join(' '),
    columns: [col('kode', 'Kode wilayah', 'text', 12), col('kantor', 'Kantor', 'text', 28), ...bandColumns()],
    rows: l.offices.map((o) => [o.regionCode, o.officeName, ...bandCells(o.figures)]),
    totals: [null, `${TOTAL_LABEL} kabupaten/kota`, ...bandCells(l.total)],
  });
}
