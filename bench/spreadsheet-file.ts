// The spreadsheet benchmark's workbook: N synthetic residents (one row each, households of four) written with exceljs's streaming writer.
import ExcelJS from 'exceljs';
import type { ImportMapping } from '../shared/types/imports.ts';

export const SPREADSHEET_HEADERS = [
  'NIK',
  'NO KK',
  'NAMA',
  'JK',
  'TGL LAHIR',
  'HUBUNGAN',
  'ALAMAT',
  'RT',
  'RW',
  'DESA',
];

export const SPREADSHEET_MAPPING: ImportMapping = {
  kind: 'persons',
  columns: {
    nik: 'NIK',
    noKk: 'NO KK',
    name: 'NAMA',
    sex: 'JK',
    birthDate: 'TGL LAHIR',
    relationship: 'HUBUNGAN',
    address: 'ALAMAT',
    rt: 'RT',
    rw: 'RW',
    desa: 'DESA',
  },
};

const pad = (n: number, w: number): string => String(n).padStart(w, '0');

/**
 * Writes `rows` residents of the kecamatan `regionCode` (desa names from `desa`): unique NIKs (birth day,
 * month, year and serial from the row number; +40 on the day for women), text cells as an office types them.
 */
export async function writeSpreadsheet(
  path: string,
  rows: number,
  regionCode: string,
  desa: readonly string[],
): Promise<void> {
  const region = regionCode.replace(/\./g, '').slice(0, 6);
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useSharedStrings: false });
  const ws = wb.addWorksheet('Warga');
  ws.addRow(SPREADSHEET_HEADERS).commit();
  for (let i = 0; i < rows; i++) {
    const day = 1 + (i % 28);
    const month = 1 + (Math.floor(i / 28) % 12);
    const year = 1950 + (Math.floor(i / 336) % 50);
    const serial = 1000 + Math.floor(i / 16_800);
    const woman = i % 4 === 1;
    const nik = `${region}${pad(day + (woman ? 40 : 0), 2)}${pad(month, 2)}${pad(year % 100, 2)}${pad(serial, 4)}`;
    const kk = Math.floor(i / 4);
    ws.addRow([
      nik,
      `${region}${pad(900_000_000 + kk, 10)}`,
      `Warga Bench ${i + 1}`,
      woman ? 'P' : 'L',
      `${pad(day, 2)}/${pad(month, 2)}/${year}`,
      i % 4 === 0 ? 'Kepala Keluarga' : i % 4 === 1 ? 'Istri' : 'Anak',
      `Jl. Bench ${kk + 1}`,
      pad(1 + (kk % 9), 3),
      pad(1 + (kk % 5), 3),
      desa[kk % desa.length] ?? '',
    ]).commit();
  }
  ws.commit();
  await wb.commit();
}
