// Test helper: read a layout table's cell by row key (first column, or the row number) and column key.
import type { CellValue, ReportDocument, ReportTable } from '../../../shared/report-layout/types.ts';

export function tableOf(doc: ReportDocument, id: string): ReportTable {
  const t = doc.tables.find((x) => x.id === id);
  if (!t) throw new Error(`no table ${id}`);
  return t;
}

export function colIndex(t: ReportTable, key: string): number {
  const i = t.columns.findIndex((c) => c.key === key);
  if (i < 0) throw new Error(`table ${t.id} has no column ${key}`);
  return i;
}

/** The cell in the row whose first cell is `rowKey` ('total' reads the totals row). */
export function cellAt(t: ReportTable, rowKey: string | number, colKey: string): CellValue | undefined {
  const row = rowKey === 'total' ? t.totals : t.rows.find((r) => r[0] === rowKey);
  if (!row) throw new Error(`table ${t.id} has no row ${rowKey}`);
  return row[colIndex(t, colKey)];
}
