// The BNBA list of a session's approved proposals as XLSX: the columns offices use, NIK and No KK as 16-digit text.
import type { Worksheet } from 'exceljs';
import { putText } from '../reports/render/xlsx-cells.ts';
import { BNBA_HEADERS, type BnbaRow, type SessionDocData } from './bnba-data.ts';

const WIDTHS = [5, 19, 19, 24, 24, 12, 12, 10, 32, 5, 5, 20, 18, 40];

/** Writes the header row and one row per person; frozen header, NIK and No KK never numbers. */
export function bnbaSheet(ws: Worksheet, rows: readonly BnbaRow[], title: string): void {
  ws.columns = WIDTHS.map((width) => ({ width }));
  putText(ws.getCell(1, 1), title);
  ws.getCell(1, 1).font = { bold: true, size: 12 };
  BNBA_HEADERS.forEach((h, i) => putText(ws.getCell(3, i + 1), h));
  ws.getRow(3).font = { bold: true };
  ws.views = [{ state: 'frozen', ySplit: 3 }];
  rows.forEach((b, i) => {
    const r = i + 4;
    ws.getCell(r, 1).value = b.no;
    for (const [col, text] of [
      [2, b.nik],
      [3, b.noKk],
    ] as const) {
      ws.getCell(r, col).numFmt = '@';
      putText(ws.getCell(r, col), text);
    }
    putText(ws.getCell(r, 4), b.headName);
    putText(ws.getCell(r, 5), b.name);
    putText(ws.getCell(r, 6), b.sex);
    if (b.birthDate) {
      ws.getCell(r, 7).value = new Date(`${b.birthDate}T00:00:00.000Z`);
      ws.getCell(r, 7).numFmt = 'dd/mm/yyyy';
    }
    ws.getCell(r, 8).value = b.members;
    putText(ws.getCell(r, 9), b.address);
    putText(ws.getCell(r, 10), b.rt);
    putText(ws.getCell(r, 11), b.rw);
    putText(ws.getCell(r, 12), b.occupation);
    putText(ws.getCell(r, 13), b.kind);
    putText(ws.getCell(r, 14), b.reason);
  });
}

export async function bnbaXlsx(d: SessionDocData, now: number): Promise<Uint8Array> {
  const { default: ExcelJS } = await import('exceljs');
  const wb = new ExcelJS.Workbook();
  const at = new Date(now);
  wb.creator = 'Puskesos Desktop';
  wb.title = 'BNBA usulan DTSEN';
  wb.created = at;
  wb.modified = at;
  bnbaSheet(
    wb.addWorksheet('BNBA'),
    d.bnba,
    `BNBA usulan DTSEN · ${d.session.desaName} · musyawarah ${d.session.heldOn}`,
  );
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
