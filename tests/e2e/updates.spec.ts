// Pengaturan → Pembaruan in the web host: versions shown, the missing updater said plainly, the Dinsos URL saved by the admin only.
import { expect, test } from '@playwright/test';
import { setUpOffice } from './support/api.ts';
import { KEC_ADMIN, KEC_PETUGAS, openSignedIn } from './support/sync-offices.ts';
import { field, openSettingsTab } from './support/ui.ts';
import { startWebHost, type RunningHost } from './support/web-host.ts';

let kec: RunningHost;

test.beforeAll(async () => {
  kec = await startWebHost();
  await setUpOffice(kec, KEC_ADMIN, [KEC_PETUGAS]);
});
test.afterAll(async () => {
  await kec?.stop();
});

test('the web host shows the installed version and says updates need the desktop app; the admin saves the Dinsos URL', async ({
  browser,
}) => {
  const page = await openSignedIn(browser, kec, KEC_ADMIN);
  await openSettingsTab(page, 'Pembaruan');
  const tab = page.getByTestId('updates-tab');
  await expect(tab).toContainText('Versi terpasang');
  await expect(tab).toContainText(/\d+\.\d+\.\d+/);
  await expect(page.getByTestId('updates-unsupported')).toContainText('hanya tersedia di aplikasi desktop');
  await field(page, 'Lokasi folder').fill('/media/flashdisk/pembaruan');
  // No updater here: the check cannot be started.
  await expect(page.getByRole('button', { name: 'Periksa folder pembaruan' })).toBeDisabled();

  await field(page, 'Alamat (URL)').fill('ftp://salah.example');
  await page.getByRole('button', { name: 'Simpan alamat' }).click();
  await expect(page.getByText('Alamat pembaruan harus diawali http:// atau https://.')).toBeVisible();
  await field(page, 'Alamat (URL)').fill('https://pembaruan.dinsos.example/puskesos/');
  await page.getByRole('button', { name: 'Simpan alamat' }).click();
  await expect(page.getByText('Alamat pembaruan disimpan.')).toBeVisible();
  // Opening the tab again reads the stored address back from the core.
  await page.getByRole('tab', { name: 'Tentang' }).click();
  await page.getByRole('tab', { name: 'Pembaruan' }).click();
  await expect(field(page, 'Alamat (URL)')).toHaveValue('https://pembaruan.dinsos.example/puskesos/');
  await page.close();

  const petugas = await openSignedIn(browser, kec, KEC_PETUGAS);
  await openSettingsTab(petugas, 'Pembaruan');
  await expect(petugas.getByTestId('updates-tab')).toContainText('Hanya admin yang dapat memeriksa');
  await expect(petugas.getByRole('button', { name: 'Periksa folder pembaruan' })).toHaveCount(0);
  await expect(field(petugas, 'Alamat (URL)')).toHaveCount(0);
});
