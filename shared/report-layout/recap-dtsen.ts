// The Dinsos recap's DTSEN tables: each counted office's signed proposal flow with the kabupaten total, and by kind and state.
import type { RecapData } from '../types/reports.ts';
import { col, table, TOTAL_LABEL } from './build.ts';
import { dtsenKindStateTable, FLOW, flowCells } from './monthly-dtsen.ts';
import type { ReportTable } from './types.ts';

function recapDtsenFlowTable(data: RecapData): ReportTable {
  const d = data.dtsen;
  return table({
    id: 'rekap-usulan',
    title: 'Usulan DTSEN per kecamatan',
    sheetName: 'Rekap usulan DTSEN',
    note: [
      'Angka usulan dari laporan bulanan yang ditandatangani tiap kantor; Puskesos desa/kelurahan yang sudah termasuk laporan kecamatannya tidak dijumlahkan lagi.',
      d.withoutSection > 0
        ? `${d.withoutSection} laporan difinalkan sebelum bagian usulan DTSEN ada: tidak ikut dijumlahkan.`
        : null,
    ]
      .filter(Boolean)
      .join(' '),
    columns: [
      col('kode', 'Kode wilayah', 'text', 12),
      col('kantor', 'Kantor', 'text', 28),
      ...FLOW.map(([key, header]) => col(key, header, 'int', key === 'openAtMonthEnd' ? 12 : 10)),
    ],
    rows: d.offices.map((o) => [o.regionCode, o.officeName, ...flowCells(o.figures)]),
    totals: [null, `${TOTAL_LABEL} kabupaten/kota`, ...flowCells(d.total)],
  });
}

/** Both DTSEN tables of the recap; the kind × state table keeps the monthly report's definitions. */
export function recapDtsenTables(data: RecapData): ReportTable[] {
  return [
    recapDtsenFlowTable(data),
    {
      ...dtsenKindStateTable(data.dtsen),
      id: 'rekap-usulan-jenis-status',
      sheetName: 'Rekap usulan per status',
    },
  ];
}
