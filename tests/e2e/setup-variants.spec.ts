// Setup wizard variants: a desa Puskesos picks down to the village, and the core's field errors land on their fields.
import { expect, test, type Page } from '@playwright/test';
import { startWebHost, type RunningHost } from './support/web-host.ts';
import { field, pickByTyping, typeOnLockScreen } from './support/ui.ts';

test.describe.configure({ mode: 'serial' });

let host: RunningHost;
let page: Page;

test.beforeAll(async ({ browser }) => {
  host = await startWebHost();
  page = await browser.newPage({
    viewport: { width: 1280, height: 800 },
    locale: 'id-ID',
    timezoneId: 'Asia/Jakarta',
  });
});

test.afterAll(async () => {
  await page?.close();
  await host?.stop();
});

test('a desa Puskesos chooses down to the village and gets a "Puskesos Desa" letterhead', async () => {
  await page.goto(host.openUrl);
  await page.getByLabel('Puskesos desa/kelurahan').check();
  await page.getByRole('button', { name: 'Lanjut' }).click();

  // Lower levels stay disabled until the level above is chosen.
  await expect(field(page, 'Kabupaten/kota')).toBeDisabled();
  await pickByTyping(page, 'Provinsi', '33', 'Jawa Tengah (33)');
  await pickByTyping(page, 'Kabupaten/kota', 'Cilacap', 'Kabupaten Cilacap (33.01)');
  await pickByTyping(page, 'Kecamatan', 'Jeruklegi', 'Jeruklegi (33.01.08)');
  await page.getByRole('button', { name: 'Lanjut' }).click();
  await expect(page.getByText('Pilih Desa/kelurahan.')).toBeVisible();
  await pickByTyping(page, 'Desa/kelurahan', 'Brebeg', 'Brebeg (33.01.08.2004)');
  await page.getByRole('button', { name: 'Lanjut' }).click();

  await expect(field(page, 'Nama kantor (kop surat)')).toHaveValue('Puskesos Desa Brebeg');
  await field(page, 'Alamat kantor').fill('Balai Desa Brebeg, Jeruklegi, Cilacap');
  await page.getByRole('button', { name: 'Lanjut' }).click();

  // The contract's own rules show next to the field before anything is sent.
  await field(page, 'Nama pengguna').fill('a b');
  await field(page, 'Nama lengkap').fill('Rina Wulandari');
  await field(page, 'Kata sandi').fill('pendek');
  await field(page, 'Ulangi kata sandi').fill('pendek');
  await page.getByRole('button', { name: 'Selesaikan penyiapan' }).click();
  await expect(page.getByText(/Nama pengguna hanya boleh huruf/)).toBeVisible();
  await expect(page.getByText('Kata sandi minimal 8 karakter.')).toBeVisible();

  await field(page, 'Nama pengguna').fill('rina');
  await field(page, 'Kata sandi').fill('rahasia-desa-1');
  await field(page, 'Ulangi kata sandi').fill('rahasia-desa-1');
  await page.getByRole('button', { name: 'Selesaikan penyiapan' }).click();
  await expect(page.getByTestId('fingerprint')).toBeVisible();
  await page.getByRole('button', { name: 'Lanjut ke halaman masuk' }).click();

  await field(page, 'Nama pengguna').fill('rina');
  await field(page, 'Kata sandi').fill('rahasia-desa-1');
  await page.getByRole('button', { name: 'Masuk' }).click();
  await expect(page.getByTestId('status-bar')).toContainText('33.01.08.2004');
  await expect(page.getByTestId('office-summary')).toContainText('Puskesos desa/kelurahan');
});

test('a taken username comes back from the core as a message on the username field', async () => {
  await page.keyboard.press('Alt+7');
  await page.getByRole('tab', { name: 'Pengguna' }).click();
  await page.getByRole('button', { name: 'Tambah pengguna' }).click();
  const dialog = page.getByRole('dialog');
  await field(page, 'Nama pengguna').fill('rina');
  await field(page, 'Nama lengkap').fill('Rina Kedua');
  await field(page, 'Kata sandi').fill('rahasia-lain-1');
  await field(page, 'Ulangi kata sandi').fill('rahasia-lain-1');
  await dialog.getByRole('button', { name: 'Simpan' }).click();
  await expect(dialog.getByText('Nama pengguna sudah dipakai.')).toBeVisible();
  await dialog.getByRole('button', { name: 'Batal' }).click();

  // The English interface translates the app's own words; the office data stays as entered.
  await page.getByText('English', { exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Settings' })).toBeVisible();
  await expect(page.getByRole('tab', { name: 'Audit log' })).toBeVisible();
  await page.getByText('Bahasa Indonesia', { exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Pengaturan' })).toBeVisible();
});

test('wrong passwords on the lock screen count toward the lockout, which ends the session', async () => {
  await page.getByRole('button', { name: 'Kunci layar' }).click();
  const lock = page.getByTestId('lock-screen');
  await expect(lock).toBeVisible();
  for (let left = 4; left >= 1; left--) {
    await typeOnLockScreen(page, `salah-${left}`);
    await page.getByRole('button', { name: 'Buka kunci' }).click();
    await expect(lock.getByRole('alert')).toHaveText(`Kata sandi salah. Sisa percobaan: ${left}.`);
  }
  await typeOnLockScreen(page, 'salah-terakhir');
  await page.getByRole('button', { name: 'Buka kunci' }).click();
  await expect(page.getByRole('heading', { name: 'Masuk' })).toBeVisible();
  await expect(page.getByTestId('sign-in-notice')).toContainText('dikunci');
});
