// Typed XLSX cell writing: numbers with formats, days as dates, NIK/No KK as 16-digit text, every text neutralised.
import type { Cell } from 'exceljs';
import { dayOf } from '../../../../shared/report-layout/format.ts';
import type { CellValue, ColumnKind } from '../../../../shared/report-layout/types.ts';
import { neutraliseFormula } from './cell-safety.ts';

export const NUM_FMT: Record<ColumnKind, string> = {
  int: '#,##0',
  decimal: '#,##0.0',
  date: 'dd/mm/yyyy',
  nik: '@',
  text: '@',
};

/** Writes a string: the only place a text value reaches a cell, so the formula guard is never skipped. */
export function putText(cell: Cell, text: string): void {
  cell.value = neutraliseFormula(text);
}

/** Writes a value of a column kind; null or '' leaves the cell empty. */
export function putValue(cell: Cell, kind: ColumnKind, value: CellValue, zone: string): void {
  cell.numFmt = NUM_FMT[kind];
  if (value === null || value === '') {
    cell.value = null;
    return;
  }
  if (typeof value === 'number' && (kind === 'int' || kind === 'decimal')) {
    cell.value = value;
    return;
  }
  if (kind === 'date' && typeof value === 'string') {
    const day = dayOf(value, zone);
    if (day) {
      cell.value = new Date(`${day}T00:00:00.000Z`);
      return;
    }
  }
  // nik and text (and a number in a text column): a string, format '@', all digits kept.
  putText(cell, String(value));
}
