// Pengaturan → Keamanan: an admin replaces the database key after a confirmation; the register and its local
// backup are re-encrypted and the register keeps answering.
import { expect, test } from '@playwright/test';
import { hostCallOk, setUpOffice } from './support/api.ts';
import { KEC_ADMIN, KEC_PETUGAS, openSignedIn, sessionOf } from './support/sync-offices.ts';
import { openSettingsTab } from './support/ui.ts';
import { startWebHost, type RunningHost } from './support/web-host.ts';

let kec: RunningHost;

test.beforeAll(async () => {
  kec = await startWebHost();
  await setUpOffice(kec, KEC_ADMIN, [KEC_PETUGAS]);
});
test.afterAll(async () => {
  await kec?.stop();
});

test('an admin replaces the database key from Keamanan; the register answers afterwards', async ({
  browser,
}) => {
  const petugas = await sessionOf(kec, KEC_PETUGAS);
  const person = await hostCallOk(
    kec,
    'persons.create',
    { person: { name: 'Warga Sebelum Ganti Kunci', sex: 'P', desaCode: '33.01.08.2001' } },
    petugas,
  );
  await hostCallOk(kec, 'backups.createNow', {}, await sessionOf(kec, KEC_ADMIN));

  const page = await openSignedIn(browser, kec, KEC_ADMIN);
  await openSettingsTab(page, 'Keamanan');
  await page.getByRole('button', { name: 'Ganti kunci basis data' }).click();
  const dialog = page.getByRole('dialog', { name: 'Ganti kunci basis data' });
  const submit = dialog.getByRole('button', { name: 'Ganti kunci' });
  // Nothing happens without the explicit confirmation.
  await expect(submit).toBeDisabled();
  await dialog.getByLabel(/Saya mengerti/).check();
  await submit.click();

  await expect(page.getByRole('status').filter({ hasText: 'Kunci basis data diganti' })).toContainText(
    'register, 1 cadangan lokal',
  );
  await expect(dialog).toBeHidden();
  const again = await hostCallOk(kec, 'persons.get', { id: person.id }, await sessionOf(kec, KEC_PETUGAS));
  expect(again.name).toBe('Warga Sebelum Ganti Kunci');
});
