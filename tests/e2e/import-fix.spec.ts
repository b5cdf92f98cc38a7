// Impor data, the clerk's loop (issue 14): a workbook with errors, its error workbook downloaded and fixed in a spreadsheet
// program (here: exceljs), imported again; the residents are in Warga, and the second import is undone.
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import type ExcelJSType from 'exceljs';
import { ExcelJS } from './support/exceljs.ts';
import { ADMIN, nik, PETUGAS } from './support/register-data.ts';
import { useOfficePage } from './support/office-page.ts';
import { dismissToasts, field, openSettingsTab, signIn } from './support/ui.ts';

const NO_KK = '3301081203700077';
const FILE = 'warga-kasihan.xlsx';
const HEADERS = ['NIK', 'NO KK', 'NAMA', 'JK', 'TGL LAHIR', 'HUBUNGAN', 'ALAMAT', 'DESA'];
const NIK_WATI = nik('P', '1978-04-09', 72);

/** Three residents of one family: the NIK of one typed as a number (Excel's trap), a birth date that does not exist. */
async function workbookWithErrors(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Warga');
  ws.addRow(HEADERS);
  const text = (row: ExcelJSType.Row): void => row.eachCell((c) => (c.numFmt = '@'));
  const at = ['Jl. Perbaikan 7', 'Tritih Wetan'];
  text(
    ws.addRow([
      nik('L', '1975-01-20', 71),
      NO_KK,
      'Darmo Perbaikan',
      'L',
      '20/01/1975',
      'Kepala Keluarga',
      ...at,
    ]),
  );
  const wati = ws.addRow([Number(NIK_WATI), NO_KK, 'Wati Perbaikan', 'P', '09/04/1978', 'Istri', ...at]);
  text(wati);
  wati.getCell(1).numFmt = '0';
  text(ws.addRow([nik('L', '2004-02-28', 73), NO_KK, 'Joko Perbaikan', 'L', '30/02/2004', 'Anak', ...at]));
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** What the clerk does in Excel: retypes the NIK as text and corrects the date; the added columns stay. */
async function fixed(errorWorkbook: Buffer): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(errorWorkbook as unknown as ArrayBuffer);
  const ws = wb.worksheets[0];
  if (!ws) throw new Error('error workbook without a sheet');
  const headers = (ws.getRow(1).values as unknown[]).map((v) => String(v ?? ''));
  const col = (h: string): number => headers.indexOf(h);
  ws.eachRow((row, n) => {
    if (n === 1) return;
    const name = String(row.getCell(col('NAMA')).value);
    if (name === 'Wati Perbaikan') row.getCell(col('NIK')).value = NIK_WATI;
    if (name === 'Joko Perbaikan') row.getCell(col('TGL LAHIR')).value = '28/02/2004';
  });
  return Buffer.from(await wb.xlsx.writeBuffer());
}

let page: Page;
const officePage = useOfficePage(ADMIN, [PETUGAS]);
test.beforeAll(() => {
  page = officePage();
});

/** A dry run or a commit on a busy machine takes a while: the first look waits longer. */
const SLOW = { timeout: 45_000 };

const count = (cls: string) => page.getByTestId('impor-counts').locator(`[data-count="${cls}"]`);

async function upload(name: string, buffer: Buffer): Promise<void> {
  const screen = page.getByTestId('impor-screen');
  await screen.locator('input[type="file"]').setInputFiles({
    name,
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer,
  });
  await screen.getByRole('button', { name: 'Unggah dan baca berkas' }).click();
  await expect(page.getByTestId('impor-read')).toContainText(`Berkas ${name} dibaca`, SLOW);
}

test('errors go out in the error workbook, come back fixed, and are imported; the fix can be undone', async () => {
  test.setTimeout(240_000);
  await signIn(page, PETUGAS.username, PETUGAS.password);
  await openSettingsTab(page, 'Impor data');
  const screen = page.getByTestId('impor-screen');

  await upload(FILE, await workbookWithErrors());
  await screen.getByRole('button', { name: 'Uji seluruh berkas' }).click();
  await expect(count('new')).toContainText('1', SLOW);
  await expect(count('error')).toContainText('2');
  const problems = page.getByTestId('impor-problems');
  await expect(problems.locator('[data-line="3"]')).toContainText('Galat');
  await expect(problems.locator('[data-line="4"]')).toContainText('Galat');

  const download = page.waitForEvent('download');
  await screen.getByRole('button', { name: 'Unduh baris yang perlu diperbaiki (Excel)' }).click();
  const errorPath = await (await download).path();
  await dismissToasts(page);
  await screen.getByRole('button', { name: 'Impor 1 baris' }).click();
  await expect(page.getByTestId('impor-commit-result')).toContainText('Impor selesai: 1 warga baru', SLOW);

  // The fixed error workbook: its own Status and Keterangan columns are not suggested as fields.
  await upload('warga-kasihan-diperbaiki.xlsx', await fixed(readFileSync(errorPath)));
  await expect(page.getByLabel('Kolom "Keterangan"')).toHaveValue('-');
  await expect(page.getByLabel('Kolom "Status"')).toHaveValue('-');
  await screen.getByRole('button', { name: 'Uji seluruh berkas' }).click();
  await expect(count('new')).toContainText('2', SLOW);
  await expect(count('error')).toContainText('0');
  await screen.getByRole('button', { name: 'Impor 2 baris' }).click();
  await expect(page.getByTestId('impor-commit-result')).toContainText('Impor selesai: 2 warga baru', SLOW);

  await page.keyboard.press('Alt+2');
  await field(page, 'Cari warga').fill('Perbaikan');
  await expect(page.getByTestId('person-count')).toHaveText('3 warga');

  await openSettingsTab(page, 'Impor data');
  await page.getByRole('button', { name: /^Urungkan impor warga-kasihan-diperbaiki\.xlsx/ }).click();
  await page
    .getByRole('dialog', { name: 'Urungkan impor ini?' })
    .getByRole('button', { name: 'Ya, urungkan' })
    .click();
  await expect(page.getByTestId('impor-undo-result')).toContainText('Impor diurungkan: 2 data dihapus', SLOW);

  await page.keyboard.press('Alt+2');
  await field(page, 'Cari warga').fill('Perbaikan');
  await expect(page.getByTestId('person-count')).toHaveText('1 warga');
});
