// Writes the national upload list as XLSX or CSV (both through exceljs): a header row, NIK and No KK always text.
import { putText } from '../reports/render/xlsx-cells.ts';
import { UPLOAD_HEADERS, type UploadRow } from './upload-rows.ts';

export type UploadFormat = 'xlsx' | 'csv';

export async function uploadFile(
  rows: readonly UploadRow[],
  format: UploadFormat,
  now: number,
): Promise<Buffer> {
  const { default: ExcelJS } = await import('exceljs');
  const wb = new ExcelJS.Workbook();
  const at = new Date(now);
  wb.creator = 'Puskesos Desktop';
  wb.title = 'Usulan DTSEN untuk unggahan';
  wb.created = at;
  wb.modified = at;
  const ws = wb.addWorksheet('usulan');
  ws.columns = UPLOAD_HEADERS.map((h) => ({ width: h === 'alasan' || h === 'alamat' ? 40 : 20 }));
  UPLOAD_HEADERS.forEach((h, i) => putText(ws.getCell(1, i + 1), h));
  ws.getRow(1).font = { bold: true };
  rows.forEach((row, r) => {
    UPLOAD_HEADERS.forEach((h, i) => {
      const cell = ws.getCell(r + 2, i + 1);
      const v = row[h];
      if (typeof v === 'number') cell.value = v;
      else {
        cell.numFmt = '@';
        putText(cell, v);
      }
    });
  });
  if (format === 'csv') return Buffer.from(await wb.csv.writeBuffer({ sheetName: 'usulan' }));
  return Buffer.from(await wb.xlsx.writeBuffer());
}
