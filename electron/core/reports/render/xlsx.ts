// A ReportDocument as an XLSX workbook (exceljs): a cover sheet with header and signatures, then one sheet per table.
import type { Border, Borders, Fill, Font, Workbook, Worksheet } from 'exceljs';
import type { ReportDocument, ReportTable, Signer } from '../../../../shared/report-layout/types.ts';
import { governmentLineOf, regionLineOf } from './office-lines.ts';
import { putText, putValue } from './xlsx-cells.ts';

export const COVER_SHEET = 'Sampul';
/** Table sheets: title, office and period, note, then the header row (frozen, repeated on print). */
export const HEADER_ROW = 4;

const HEADER_FILL: Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8ECEF' } };
const THIN: Partial<Border> = { style: 'thin', color: { argb: 'FF9AA5AD' } };
const BOX: Partial<Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };

/** Header/footer codes treat '&' as a command: double it in literal text. */
const hf = (text: string): string => text.replace(/&/g, '&&');

function printSetup(ws: Worksheet, landscape: boolean, title: string, titleRows?: string): void {
  ws.pageSetup = {
    paperSize: 9, // A4
    orientation: landscape ? 'landscape' : 'portrait',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
    ...(titleRows ? { printTitlesRow: titleRows } : {}),
  };
  ws.headerFooter = { oddFooter: `&L${hf(title)}&RHalaman &P dari &N` };
}

function tableSheet(wb: Workbook, doc: ReportDocument, t: ReportTable): void {
  const ws = wb.addWorksheet(t.sheetName, {
    views: [{ state: 'frozen', xSplit: 0, ySplit: HEADER_ROW, topLeftCell: `A${HEADER_ROW + 1}` }],
  });
  ws.columns = t.columns.map((c) => ({ width: c.width + 2 }));
  const last = Math.max(1, t.columns.length);
  putText(ws.getCell(1, 1), t.title);
  ws.getCell(1, 1).font = { bold: true, size: 12 };
  putText(ws.getCell(2, 1), `${doc.office.name} · ${doc.subtitle}`);
  if (t.note) putText(ws.getCell(3, 1), t.note);
  ws.getCell(3, 1).font = { italic: true, size: 9, color: { argb: 'FF444444' } };
  for (const r of [1, 2, 3]) if (last > 1) ws.mergeCells(r, 1, r, last);

  const header = ws.getRow(HEADER_ROW);
  t.columns.forEach((c, i) => {
    const cell = header.getCell(i + 1);
    putText(cell, c.header);
    cell.font = { bold: true };
    cell.fill = HEADER_FILL;
    cell.border = BOX;
    cell.alignment = { wrapText: true, vertical: 'middle', horizontal: 'center' };
  });
  const write = (values: readonly (string | number | null)[], rowNo: number, bold: boolean): void => {
    const row = ws.getRow(rowNo);
    t.columns.forEach((c, i) => {
      const cell = row.getCell(i + 1);
      putValue(cell, c.kind, values[i] ?? null, doc.zone);
      cell.border = BOX;
      if (c.kind === 'text') cell.alignment = { wrapText: true, vertical: 'top' };
      if (bold) cell.font = { bold: true };
    });
  };
  t.rows.forEach((r, i) => write(r, HEADER_ROW + 1 + i, false));
  if (t.totals) write(t.totals, HEADER_ROW + 1 + t.rows.length, true);
  printSetup(ws, t.wide, `${t.title} · ${doc.periodLabel}`, `${HEADER_ROW}:${HEADER_ROW}`);
}

function signerRows(ws: Worksheet, col: number, startRow: number, s: Signer, before: string[]): void {
  let r = startRow;
  for (const line of [...before, ...s.title]) putText(ws.getCell(r++, col), line);
  r += 3;
  putText(
    ws.getCell(r++, col),
    s.name ? `( ${s.name} )` : '( .............................................. )',
  );
  if (s.idLine) putText(ws.getCell(r, col), s.idLine);
}

function coverSheet(wb: Workbook, doc: ReportDocument): void {
  const ws = wb.addWorksheet(COVER_SHEET);
  ws.columns = [{ width: 24 }, { width: 48 }, { width: 4 }, { width: 44 }];
  let r = 1;
  const line = (text: string, font: Partial<Font> = {}): void => {
    putText(ws.getCell(r, 1), text);
    ws.getCell(r, 1).font = font;
    ws.mergeCells(r, 1, r, 4);
    ws.getCell(r, 1).alignment = { horizontal: 'center' };
    r += 1;
  };
  const gov = governmentLineOf(doc.office);
  if (gov) line(gov, { bold: true, size: 11 });
  line(doc.office.name.toUpperCase(), { bold: true, size: 14 });
  if (doc.office.address) line(doc.office.address, { size: 9 });
  line(`${regionLineOf(doc.office)} · Kode wilayah ${doc.office.regionCode}`, { size: 9 });
  r += 1;
  line(doc.title, { bold: true, size: 13, underline: true });
  line(doc.subtitle, { size: 11 });
  r += 1;
  for (const f of doc.header) {
    putText(ws.getCell(r, 1), f.label);
    putText(ws.getCell(r, 2), f.value);
    ws.getCell(r, 1).font = { bold: true };
    r += 1;
  }
  r += 1;
  putText(ws.getCell(r++, 1), 'Ringkasan');
  ws.getCell(r - 1, 1).font = { bold: true };
  for (const f of doc.summary) {
    putText(ws.getCell(r, 1), f.label);
    putValue(ws.getCell(r, 2), f.kind, f.value, doc.zone);
    ws.getCell(r, 2).alignment = { horizontal: 'left' };
    r += 1;
  }
  r += 1;
  putText(ws.getCell(r++, 1), 'Daftar lembar');
  ws.getCell(r - 1, 1).font = { bold: true };
  for (const t of doc.tables) {
    putText(ws.getCell(r, 1), t.sheetName);
    putText(ws.getCell(r, 2), t.title);
    r += 1;
  }
  r += 2;
  signerRows(ws, 1, r, doc.signature.left, ['']);
  signerRows(ws, 4, r, doc.signature.right, [doc.signature.placeDate]);
  printSetup(ws, false, `${doc.title} · ${doc.periodLabel}`);
}

/** The workbook's bytes; `createdAt` (ISO) is its creation and modification date, so output is reproducible. */
export async function writeReportXlsx(doc: ReportDocument, createdAt: string): Promise<Uint8Array> {
  // exceljs is loaded on the first workbook, not at app start (it is a large CommonJS library).
  const { default: ExcelJS } = await import('exceljs');
  const wb = new ExcelJS.Workbook();
  const at = new Date(createdAt);
  wb.creator = 'Puskesos Desktop';
  wb.lastModifiedBy = 'Puskesos Desktop';
  wb.title = `${doc.title} ${doc.periodLabel}`;
  wb.subject = doc.office.name;
  wb.created = at;
  wb.modified = at;
  coverSheet(wb, doc);
  for (const t of doc.tables) tableSheet(wb, doc, t);
  const out = await wb.xlsx.writeBuffer();
  return new Uint8Array(out);
}
