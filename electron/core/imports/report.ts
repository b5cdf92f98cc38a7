// The error workbook of a dry run: the original rows that need attention plus a `Keterangan` column, written to a temp name then renamed.
import { renameSync, rmSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { neutraliseFormula } from '../reports/render/cell-safety.ts';
import { tempNameFor } from '../datadir/temp-names.ts';
import type { DryRun } from './dry-run.ts';
import { REPORT_COLUMNS } from './mapping.ts';

const CLASS_LABEL = {
  new: 'Baru',
  match: 'Sudah terdaftar',
  duplicate: 'Duplikat di berkas',
  warning: 'Peringatan',
  error: 'Galat',
} as const;

/**
 * Rows that are errors, duplicates or warnings, with the header as read, every cell written as TEXT
 * (NIK stays 16 digits; formula-looking text is neutralised) and `Keterangan` saying what to fix.
 * The clerk fixes the rows in Excel and imports the workbook again.
 */
export async function writeErrorWorkbook(plan: DryRun, out: string): Promise<number> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Perlu diperbaiki');
  const headers = [...plan.header.headers.map((h) => h.replace(/ › /g, ' ')), ...REPORT_COLUMNS];
  ws.addRow(headers).font = { bold: true };
  let n = 0;
  for (const r of plan.rows) {
    if (r.cls === 'new' || r.cls === 'match') continue;
    const cells = plan.header.headers.map((_, i) => neutraliseFormula(r.cells[i]?.text ?? ''));
    const row = ws.addRow([...cells, String(r.line), CLASS_LABEL[r.cls], r.notes.join(' ')]);
    row.eachCell((c) => (c.numFmt = '@'));
    n++;
  }
  for (const msg of plan.mappingErrors) ws.addRow(['', '', '', msg]);
  ws.columns.forEach((c) => (c.width = 18));
  const tmp = tempNameFor(out);
  try {
    await wb.xlsx.writeFile(tmp);
    renameSync(tmp, out);
  } catch (err) {
    rmSync(tmp, { force: true });
    throw err;
  }
  return n;
}
