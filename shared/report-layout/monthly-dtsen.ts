// Monthly report tables of DTSEN proposals (format 2): the month's flow per desa, and proposals by kind and state.
import type { ChartSpec } from '../charts/types.ts';
import {
  USULAN_KIND_LABELS,
  USULAN_KINDS,
  USULAN_STATE_LABELS,
  USULAN_STATES,
  type UsulanKind,
  type UsulanState,
} from '../reference/usulan.ts';
import type { Counts, DtsenFigures, DtsenSection } from '../types/reports.ts';
import { codesToShow, col, desaColumns, TOTAL_LABEL, table } from './build.ts';
import type { CellValue, ReportTable } from './types.ts';

/** The flow columns in order with their headers (the monthly report and the Dinsos recap). */
export const FLOW: readonly [keyof DtsenFigures, string][] = [
  ['made', 'Dibuat'],
  ['sessions', 'Musdes / muskel / SPTJM'],
  ['approvedAtMusdes', 'Disetujui musdes'],
  ['rejectedAtMusdes', 'Ditolak musdes'],
  ['sent', 'Dikirim ke Dinsos'],
  ['returned', 'Dikembalikan Dinsos'],
  ['accepted', 'Diterima pusat'],
  ['refused', 'Ditolak pusat'],
  ['withdrawn', 'Ditarik'],
  ['openAtMonthEnd', 'Berjalan akhir bulan'],
];

export const flowCells = (d: DtsenFigures): CellValue[] => FLOW.map(([k]) => d[k]);

export function dtsenFlowTable(s: DtsenSection): ReportTable {
  const chart: ChartSpec = {
    id: 'usulan-per-desa',
    kind: 'bar',
    title: 'Usulan DTSEN dibuat dan dikirim ke Dinsos per desa/kelurahan',
    horizontal: true,
    categories: s.desa.map((d) => d.name),
    categoryKeys: s.desa.map((d) => d.code),
    series: [
      { key: 'made', label: 'Dibuat', values: s.desa.map((d) => d.made) },
      { key: 'sent', label: 'Dikirim', values: s.desa.map((d) => d.sent) },
    ],
  };
  return table({
    id: 'usulan-desa',
    title: 'Usulan DTSEN per desa/kelurahan',
    sheetName: 'Usulan DTSEN',
    note:
      'Dibuat: tanggal usulan dalam bulan ini. Langkah (musdes, kirim, hasil pusat, tarik): usulan dengan langkah ' +
      'itu dalam bulan ini. Berjalan: usulan yang belum selesai pada akhir bulan.',
    columns: [
      ...desaColumns(),
      ...FLOW.map(([key, header]) => col(key, header, 'int', key === 'openAtMonthEnd' ? 12 : 10)),
    ],
    rows: s.desa.map((d) => [d.code, d.name, ...flowCells(d)]),
    totals: [null, TOTAL_LABEL, ...flowCells(s.total)],
    charts: s.total.made + s.total.sent > 0 ? [chart] : [],
  });
}

/** The month's proposals by kind and state at its end (`s.desa` is not read: the recap passes none). */
export function dtsenKindStateTable(s: Pick<DtsenSection, 'byKindAndState'>): ReportTable {
  const kindsFound: Counts = Object.fromEntries(Object.keys(s.byKindAndState).map((k) => [k, 0]));
  const kinds = codesToShow(USULAN_KINDS, [kindsFound]);
  const states = codesToShow(USULAN_STATES, Object.values(s.byKindAndState));
  const countOf = (kind: string, state: string): number => s.byKindAndState[kind]?.[state] ?? 0;
  const sum = (xs: number[]): number => xs.reduce((a, b) => a + b, 0);
  return table({
    id: 'usulan-jenis-status',
    title: 'Usulan DTSEN bulan ini menurut jenis dan status akhir bulan',
    sheetName: 'Usulan per jenis dan status',
    note: 'Usulan yang dibuat bulan ini atau masih berjalan pada awal bulan, menurut statusnya pada akhir bulan.',
    columns: [
      col('kind', 'Jenis usulan', 'text', 22),
      ...states.map((st) => col(`state-${st}`, USULAN_STATE_LABELS[st as UsulanState] ?? st, 'int', 10)),
      col('all', 'Jumlah', 'int'),
    ],
    rows: kinds.map((k) => {
      const cells = states.map((st) => countOf(k, st));
      return [USULAN_KIND_LABELS[k as UsulanKind] ?? k, ...cells, sum(cells)];
    }),
    totals: [
      TOTAL_LABEL,
      ...states.map((st) => sum(kinds.map((k) => countOf(k, st)))),
      sum(kinds.flatMap((k) => states.map((st) => countOf(k, st)))),
    ],
    wide: true,
  });
}
