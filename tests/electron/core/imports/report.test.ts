// The error workbook is streamed to a temporary name and renamed: read back, it holds the refused rows as text with Keterangan; a failed write leaves nothing.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DryRun } from '../../../../electron/core/imports/dry-run.ts';
import { writeErrorWorkbook } from '../../../../electron/core/imports/report.ts';
import type { Register } from '../../../../electron/core/register.ts';
import { removeTempDirs, tempDir } from '../../../support/register.ts';
import { importFile, openImportOffice, PERSON_HEADERS, writeXlsx } from '../../../support/imports.ts';
import { makeNik, makeNoKk } from '../../../support/persons.ts';

let register: Register;
let plan: DryRun;
const nik = makeNik('1985-04-12', 'L', 1);

beforeAll(async () => {
  const t = await openImportOffice();
  register = t.register;
  const row = (no: string, n: string | number, name: string): (string | number)[] => [
    no,
    n,
    makeNoKk(900),
    name,
    'L',
    '12/04/1985',
    'Kepala Keluarga',
    'Jl. Uji 9',
    '003',
    '004',
    'Tritih Wetan',
  ];
  const path = await writeXlsx({
    Warga: [
      PERSON_HEADERS,
      row('1', nik, 'Joko Sintetis'),
      row('2', nik, 'Joko Sintetis'),
      row('3', 3301087006870002, '=HYPERLINK("http://contoh.invalid")'),
    ],
  });
  plan = (await importFile(register, path, { dryRunOnly: true })).plan;
}, 60_000);
afterAll(async () => {
  await register.close();
  removeTempDirs();
});

describe('writeErrorWorkbook', () => {
  it('writes the refused rows, as text, with Baris asal, Status and Keterangan, and no temporary file', async () => {
    const dir = tempDir();
    const out = join(dir, 'perlu-diperbaiki.xlsx');
    expect(await writeErrorWorkbook(plan, out)).toBe(2);
    expect(readdirSync(dir)).toEqual(['perlu-diperbaiki.xlsx']);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const ws = wb.getWorksheet('Perlu diperbaiki');
    const text = (r: number): string[] =>
      Array.from({ length: 14 }, (_, i) => String(ws?.getRow(r).getCell(i + 1).value ?? ''));
    expect(text(1)).toEqual([...PERSON_HEADERS, 'Baris asal', 'Status', 'Keterangan']);
    expect(ws?.getRow(1).font?.bold).toBe(true);
    expect(text(2).slice(0, 2)).toEqual(['2', nik]);
    expect(text(2).slice(11, 13)).toEqual(['3', 'Duplikat di berkas']);
    // The number typed into the NIK column is kept as text, the formula-looking name neutralised.
    expect(text(3).slice(1, 4)).toEqual([
      '3301087006870002',
      makeNoKk(900),
      '\'=HYPERLINK("http://contoh.invalid")',
    ]);
    expect(text(3)[12]).toBe('Galat');
    expect(text(3)[13]).toMatch(/tersimpan sebagai angka/);
    expect(ws?.getRow(3).getCell(2).numFmt).toBe('@');
    expect(ws?.rowCount).toBe(3);
  });

  it('leaves nothing when the write fails', async () => {
    const dir = tempDir();
    const out = join(dir, 'tidak-ada', 'laporan.xlsx');
    await expect(writeErrorWorkbook(plan, out)).rejects.toThrow();
    expect(existsSync(out)).toBe(false);
    expect(readdirSync(dir)).toEqual([]);
  });
});
