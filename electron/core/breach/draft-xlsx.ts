// The breach notification draft as XLSX: the notice on one sheet, the data subjects (NIK as text) on another.
import type { Worksheet } from 'exceljs';
import { DATA_CATEGORIES, DATA_CATEGORY_LABELS } from '../../../shared/types/breach.ts';
import { putText } from '../reports/render/xlsx-cells.ts';
import { draftText, type DraftData } from './draft-text.ts';

function noticeSheet(ws: Worksheet, d: DraftData): void {
  const t = draftText(d);
  ws.columns = [{ width: 34 }, { width: 90 }];
  putText(ws.getCell('A1'), t.title);
  ws.getCell('A1').font = { bold: true, size: 13 };
  let row = 3;
  for (const [label, value] of t.facts) {
    putText(ws.getCell(row, 1), label);
    putText(ws.getCell(row, 2), value);
    row++;
  }
  row++;
  putText(ws.getCell(row++, 1), 'Kepada Lembaga Pelindungan Data Pribadi');
  for (const p of t.authority) putText(ws.getCell(row++, 2), p);
  row++;
  putText(ws.getCell(row++, 1), 'Kategori data (jumlah warga)');
  for (const [label, n] of t.categories) {
    putText(ws.getCell(row, 1), label);
    ws.getCell(row++, 2).value = n;
  }
  row++;
  putText(ws.getCell(row++, 1), 'Kepada subjek data (templat)');
  for (const p of t.subject) putText(ws.getCell(row++, 2), p);
  ws.getColumn(2).alignment = { wrapText: true, vertical: 'top' };
}

function subjectsSheet(ws: Worksheet, d: DraftData): void {
  const headers = [
    'No',
    'Nama',
    'NIK',
    'Kode desa',
    'Alamat',
    'Telepon',
    ...DATA_CATEGORIES.map((c) => DATA_CATEGORY_LABELS[c]),
  ];
  ws.columns = headers.map((_, i) => ({ width: i === 0 ? 6 : i < 6 ? 24 : 14 }));
  headers.forEach((h, i) => putText(ws.getCell(1, i + 1), h));
  ws.getRow(1).font = { bold: true };
  ws.views = [{ state: 'frozen', ySplit: 1 }];
  d.list.persons.forEach((p, i) => {
    const r = i + 2;
    ws.getCell(r, 1).value = i + 1;
    putText(ws.getCell(r, 2), p.name);
    // NIK as 16-digit text: never a number (Excel would drop the last digit).
    ws.getCell(r, 3).numFmt = '@';
    if (p.nik) putText(ws.getCell(r, 3), p.nik);
    if (p.desaCode) putText(ws.getCell(r, 4), p.desaCode);
    if (p.address) putText(ws.getCell(r, 5), p.address);
    if (p.phone) putText(ws.getCell(r, 6), p.phone);
    DATA_CATEGORIES.forEach((c, k) => {
      if (p.categories.includes(c)) putText(ws.getCell(r, 7 + k), 'Ya');
    });
  });
}

export async function breachDraftXlsx(d: DraftData): Promise<Uint8Array> {
  const { default: ExcelJS } = await import('exceljs');
  const wb = new ExcelJS.Workbook();
  const at = new Date(d.at);
  wb.creator = 'Puskesos Desktop';
  wb.title = 'Draf pemberitahuan kegagalan pelindungan data pribadi';
  wb.created = at;
  wb.modified = at;
  noticeSheet(wb.addWorksheet('Pemberitahuan'), d);
  subjectsSheet(wb.addWorksheet('Subjek data'), d);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
