// Small builders the report layouts share: columns, the desa columns, code lists in reference order, tables.
import type { Counts, DesaFigures } from '../types/reports.ts';
import type { CellValue, ColumnKind, ReportColumn, ReportTable } from './types.ts';

const DEFAULT_WIDTH: Record<ColumnKind, number> = { text: 24, int: 10, decimal: 10, date: 13, nik: 19 };

export const col = (key: string, header: string, kind: ColumnKind, width?: number): ReportColumn => ({
  key,
  header,
  kind,
  width: width ?? DEFAULT_WIDTH[kind],
});

/** The first two columns of every per-desa table. */
export const desaColumns = (): ReportColumn[] => [
  col('kode', 'Kode wilayah', 'text', 14),
  col('desa', 'Desa/Kelurahan', 'text', 24),
];

export const TOTAL_LABEL = 'Jumlah';

/** A per-desa table's rows (one per desa) and totals row (the office), from one cell function. */
export function perDesa(
  desa: readonly DesaFigures[],
  total: DesaFigures,
  cells: (d: DesaFigures) => CellValue[],
): { rows: CellValue[][]; totals: CellValue[] } {
  return {
    rows: desa.map((d) => [d.code, d.name, ...cells(d)]),
    totals: [null, TOTAL_LABEL, ...cells(total)],
  };
}

/**
 * The codes to show as columns or rows: the reference list's codes in its order, then codes found in
 * the data that the list does not know (sorted), so a retired code is never silently dropped.
 * With `nonZeroOnly`, codes whose count is zero in every given Counts are left out.
 */
export function codesToShow(
  listCodes: readonly string[],
  counts: readonly Counts[],
  nonZeroOnly = false,
): string[] {
  const known = new Set(listCodes);
  const extra = new Set<string>();
  for (const c of counts) for (const code of Object.keys(c)) if (!known.has(code)) extra.add(code);
  const all = [...listCodes, ...[...extra].sort()];
  return nonZeroOnly ? all.filter((code) => counts.some((c) => (c[code] ?? 0) > 0)) : all;
}

/** A table with its defaults: no note, no charts, landscape when it has more than eight columns. */
export function table(
  t: Omit<ReportTable, 'charts' | 'wide'> & Partial<Pick<ReportTable, 'charts' | 'wide'>>,
): ReportTable {
  return { charts: [], wide: t.columns.length > 8, ...t };
}
