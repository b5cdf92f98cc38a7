// Impor data end to end (issue 14): a petugas uploads a synthetic CSV, corrects the suggested mapping, dry-runs the
// whole file (counts and a problem row's reason), commits with progress, finds the residents in Warga, and undoes the batch.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { englishOnScreen } from './support/english.ts';
import { ADMIN, nik, PETUGAS } from './support/register-data.ts';
import { useOfficePage } from './support/office-page.ts';
import { dismissToasts, field, openSettingsTab, readmeShot, signIn } from './support/ui.ts';

const NO_KK = '3301081203700042';
const HEAD = 'Sukarjo Sintetis';
const FILE = 'daftar-warga-tritih.csv';

/** A `;` CSV as an office exports it: "WARGA" is a header the suggestion does not know (the clerk maps it). */
function registerCsv(): string {
  const rows = [
    ['NIK', 'NO KK', 'WARGA', 'JK', 'TGL LAHIR', 'HUBUNGAN', 'ALAMAT', 'RT', 'RW', 'DESA'],
    [
      nik('L', '1970-03-12', 42),
      NO_KK,
      HEAD,
      'L',
      '12/03/1970',
      'Kepala Keluarga',
      'Jl. Uji Impor 4',
      '002',
      '003',
      'Tritih Wetan',
    ],
    [
      nik('P', '1974-06-25', 43),
      NO_KK,
      'Suminah Sintetis',
      'P',
      '25/06/1974',
      'Istri',
      'Jl. Uji Impor 4',
      '002',
      '003',
      'TRITIH WETAN',
    ],
    [
      nik('L', '2001-10-05', 44),
      NO_KK,
      'Bagas Sintetis',
      'L',
      '05/10/2001',
      'Anak',
      'Jl. Uji Impor 4',
      '002',
      '003',
      'Tritihwetan',
    ],
    // The same NIK as the first row: a duplicate within the file.
    [
      nik('L', '1970-03-12', 42),
      NO_KK,
      HEAD,
      'L',
      '12/03/1970',
      'Kepala Keluarga',
      'Jl. Uji Impor 4',
      '002',
      '003',
      'Tritih Wetan',
    ],
    // A NIK that Excel turned into scientific notation: an error with a reason.
    [
      '3.30108E+15',
      NO_KK,
      'Rusak Sintetis',
      'P',
      '01/01/1990',
      'Anak',
      'Jl. Uji Impor 4',
      '002',
      '003',
      'Tritih Wetan',
    ],
  ];
  return rows.map((r) => r.join(';')).join('\r\n') + '\r\n';
}

let page: Page;
const officePage = useOfficePage(ADMIN, [PETUGAS]);
test.beforeAll(() => {
  page = officePage();
});

/** Critical and serious axe findings inside the Impor data screen. */
async function axeFindings(): Promise<string[]> {
  const axe = await new AxeBuilder({ page }).include('[data-testid="impor-screen"]').analyze();
  return axe.violations.filter((v) => v.impact === 'critical' || v.impact === 'serious').map((v) => v.id);
}

const noSidewaysScroll = async (): Promise<void> =>
  expect(
    await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth),
  ).toBe(true);

test('a petugas imports a CSV register, finds the residents in Warga, and undoes the import', async () => {
  test.setTimeout(60_000);
  await signIn(page, PETUGAS.username, PETUGAS.password);
  await openSettingsTab(page, 'Impor data');
  const screen = page.getByTestId('impor-screen');
  await expect(screen.getByRole('heading', { name: 'Impor data warga dari Excel/CSV' })).toBeVisible();
  // Before a file is chosen too (the empty file input once had a low-contrast placeholder).
  await page.waitForTimeout(350);
  expect(await axeFindings()).toEqual([]);

  await screen.locator('input[type="file"]').setInputFiles({
    name: FILE,
    mimeType: 'text/csv',
    buffer: Buffer.from(registerCsv(), 'utf8'),
  });
  await screen.getByRole('button', { name: 'Unggah dan baca berkas' }).click();
  await expect(page.getByTestId('impor-read')).toContainText(
    `Berkas ${FILE} dibaca: 10 kolom, baris judul ke-1`,
  );
  await expect(page.getByTestId('impor-preview')).toContainText(HEAD);

  // The suggestion knows NIK and DESA; WARGA is not imported until the clerk picks Nama for it, by keyboard.
  await expect(page.getByLabel('Kolom "NIK"')).toHaveValue('nik');
  await expect(page.getByLabel('Kolom "DESA"')).toHaveValue('desa');
  const warga = page.getByLabel('Kolom "WARGA"');
  await expect(warga).toHaveValue('-');
  await warga.focus();
  await page.keyboard.press('ArrowDown'); // a closed native select moves to the next option: NIK
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(warga).toHaveValue('name');
  await expect(page.getByLabel('Kolom "NIK"')).toHaveValue('nik');
  await noSidewaysScroll();

  await screen.getByRole('button', { name: 'Uji seluruh berkas' }).click();
  const counts = page.getByTestId('impor-counts');
  const count = (cls: string) => counts.locator(`[data-count="${cls}"]`);
  await expect(count('new')).toContainText('3');
  await expect(count('match')).toContainText('0');
  await expect(count('probable')).toContainText('0');
  await expect(count('duplicate')).toContainText('1');
  await expect(count('warning')).toContainText('0');
  await expect(count('error')).toContainText('1');
  const problems = page.getByTestId('impor-problems');
  await expect(problems.locator('[data-line="6"]')).toContainText('Galat');
  await expect(problems.locator('[data-line="6"]')).toContainText(/notasi ilmiah/);
  await expect(problems.locator('[data-line="5"]')).toContainText('Duplikat dalam berkas');

  // The error workbook downloads.
  const download = page.waitForEvent('download');
  await screen.getByRole('button', { name: 'Unduh baris yang perlu diperbaiki (Excel)' }).click();
  expect((await download).suggestedFilename()).toBe('daftar-warga-tritih-perlu-diperbaiki.xlsx');
  await dismissToasts(page);
  await noSidewaysScroll();
  // The whole screen, filled in, in Indonesian only and without serious accessibility faults.
  expect(await englishOnScreen(page, '[data-testid="impor-screen"]')).toEqual([]);
  expect(await axeFindings()).toEqual([]);
  await page.getByTestId('impor-dry-run').scrollIntoViewIfNeeded();
  await readmeShot(page, 'import-01-dry-run');

  await screen.getByRole('button', { name: 'Impor 3 baris' }).click();
  await expect(page.getByTestId('impor-commit-result')).toContainText(
    'Impor selesai: 3 warga baru, 0 diperbarui, 0 tidak berubah, 1 keluarga baru.',
  );
  const batches = page.getByTestId('impor-batches');
  await expect(batches.getByRole('row', { name: new RegExp(FILE) })).toContainText(
    '3 baru, 0 cocok, 1 galat',
  );

  // Warga finds them.
  await page.keyboard.press('Alt+2');
  const search = field(page, 'Cari warga');
  await search.fill('Sintetis');
  await expect(page.getByTestId('person-count')).toHaveText('3 warga');
  await expect(page.getByTestId('person-list')).toContainText(HEAD);

  // Undo, confirmed in a dialog.
  await openSettingsTab(page, 'Impor data');
  await page.getByRole('button', { name: new RegExp(`^Urungkan impor ${FILE}`) }).click();
  const dialog = page.getByRole('dialog', { name: 'Urungkan impor ini?' });
  await expect(dialog).toContainText(FILE);
  await dialog.getByRole('button', { name: 'Ya, urungkan' }).click();
  await expect(page.getByTestId('impor-undo-result')).toContainText(
    'Impor diurungkan: 5 data dihapus, 0 dikembalikan.',
  );
  await expect(batches.getByRole('row', { name: new RegExp(FILE) })).toContainText('Diurungkan');

  await page.keyboard.press('Alt+2');
  await field(page, 'Cari warga').fill('Sintetis');
  await expect(page.getByTestId('person-count')).toHaveText('0 warga');
});

test('the CSV reading is shown as detected, and an unknown desa is mapped by hand', async () => {
  test.setTimeout(45_000);
  await openSettingsTab(page, 'Impor data');
  const screen = page.getByTestId('impor-screen');
  const rows = [
    ['NIK', 'NO KK', 'NAMA', 'JK', 'TGL LAHIR', 'HUBUNGAN', 'ALAMAT', 'DESA'],
    [
      nik('L', '1966-01-02', 61),
      '3301081203700061',
      'Karto Sintetis',
      'L',
      '02/01/1966',
      'Kepala Keluarga',
      'Jl. Asing 1',
      'Kampung Antah',
    ],
    [
      nik('P', '1969-02-03', 62),
      '3301081203700061',
      'Sarmi Sintetis',
      'P',
      '03/02/1969',
      'Istri',
      'Jl. Asing 1',
      'KAMPUNG ANTAH',
    ],
  ];
  await screen.locator('input[type="file"]').setInputFiles({
    name: 'desa-asing.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(rows.map((r) => r.join(';')).join('\r\n'), 'utf8'),
  });
  await screen.getByRole('button', { name: 'Unggah dan baca berkas' }).click();
  await expect(page.getByTestId('impor-csv-detected')).toHaveText('Terdeteksi: UTF-8, pemisah titik koma');
  await expect(page.getByLabel('Pemisah kolom')).toHaveValue('otomatis');

  await screen.getByRole('button', { name: 'Uji seluruh berkas' }).click();
  const count = (cls: string) => page.getByTestId('impor-counts').locator(`[data-count="${cls}"]`);
  await expect(count('warning')).toContainText('2');
  const desa = page.getByTestId('impor-desa');
  await expect(desa.locator('[data-desa="kampungantah"]')).toContainText('Kampung Antah');
  await expect(desa.locator('[data-desa="kampungantah"]')).toContainText('2');
  await page.getByLabel('Desa untuk "Kampung Antah"').selectOption('33.01.08.2001');
  await expect(count('new')).toContainText('2');
  await expect(count('warning')).toContainText('0');
  await expect(page.getByLabel('Desa untuk "Kampung Antah"')).toHaveValue('33.01.08.2001');
  await page.getByLabel('Desa untuk "Kampung Antah"').selectOption('galat');
  await expect(count('error')).toContainText('2');
  // One row left out of the import from the problem list, then the other by number.
  await page.getByRole('button', { name: 'Kecualikan baris 2 dari impor' }).click();
  await expect(page.getByTestId('impor-excluded')).toHaveText('1 baris dikecualikan dari impor.');
  await expect(count('error')).toContainText('1');
  const lines = page.getByLabel('Baris yang tidak diimpor');
  await expect(lines).toHaveValue('2');
  await lines.fill('2-3');
  await lines.press('Enter');
  await expect(page.getByTestId('impor-excluded')).toHaveText('2 baris dikecualikan dari impor.');
  await expect(count('error')).toContainText('0');
  // The pointer off the "Uji seluruh berkas" button: its hover shade is the theme's, scanned elsewhere.
  await page.mouse.move(0, 0);
  expect(await englishOnScreen(page, '[data-testid="impor-screen"]')).toEqual([]);
  expect(await axeFindings()).toEqual([]);
});
