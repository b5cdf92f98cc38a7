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
 * The clerk fixes the rows in Excel and imports the workbook again. Streamed to disk row by row (exceljs's
 * WorkbookWriter) under a temporary name, then renamed: a 100,000-row report is never a workbook in memory.
 */
export async function writeErrorWorkbook(plan: DryRun, out: string): Promise<number> {
  const tmp = tempNameFor(out);
  try {
    const n = await streamRows(plan, tmp);
    renameSync(tmp, out);
    return n;
  } catch (err) {
    rmSync(tmp, { force: true });
    throw err;
  }
}

async function streamRows(plan: DryRun, path: string): Promise<number> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({
    filename: path,
    useStyles: true,
    useSharedStrings: false,
  });
  const ws = wb.addWorksheet('Perlu diperbaiki');
  const headers = [...plan.header.headers.map((h) => h.replace(/ › /g, ' ')), ...REPORT_COLUMNS];
  // Column widths go before the first row is committed.
  ws.columns = headers.map(() => ({ width: 18 }));
  const head = ws.addRow(headers);
  head.font = { bold: true };
  head.commit();
  let n = 0;
  for (const r of plan.rows) {
    if (r.cls === 'new' || r.cls === 'match') continue;
    const cells = plan.header.headers.map((_, i) => neutraliseFormula(r.cells[i]?.text ?? ''));
    const row = ws.addRow([...cells, String(r.line), CLASS_LABEL[r.cls], r.notes.join(' ')]);
    row.eachCell((c) => (c.numFmt = '@'));
    row.commit();
    n++;
  }
  for (const msg of plan.mappingErrors) ws.addRow(['', '', '', msg]).commit();
  ws.commit();
  await wb.commit();
  return n;
}
