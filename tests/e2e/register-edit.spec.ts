// Editing a resident end to end: "Ubah data" with the intake's NIK checks, Padan Dukcapil and disability types,
// and a new No KK with its history.
import { expect, test, type Page } from '@playwright/test';
import { hostCallOk, setUpOffice } from './support/api.ts';
import { ADMIN, nik, PETUGAS } from './support/register-data.ts';
import { startWebHost, type RunningHost } from './support/web-host.ts';
import { field, pickByTyping, signIn } from './support/ui.ts';

const RESIDENT = 'Ratna Kusumawati';
const GOOD_NIK = nik('P', '1990-05-21', 7);
const NO_KK = '3301081203150007';
const NEW_KK = '3301082704240003';

let host: RunningHost;
let page: Page;

test.beforeAll(async ({ browser }) => {
  host = await startWebHost();
  await setUpOffice(host, ADMIN, [PETUGAS]);
  const session = await hostCallOk(host, 'auth.signIn', {
    username: PETUGAS.username,
    password: PETUGAS.password,
  });
  await hostCallOk(
    host,
    'persons.create',
    {
      person: {
        nik: GOOD_NIK,
        name: RESIDENT,
        sex: 'P',
        birthDate: '1990-05-21',
        desaCode: '33.01.08.2001',
        phone: '081234567890',
      },
      newHousehold: { noKk: NO_KK, desaCode: '33.01.08.2001', address: 'Dusun Krajan No. 1' },
    },
    session.sessionId,
  );
  await hostCallOk(host, 'auth.signOut', {}, session.sessionId);
  page = await browser.newPage({
    viewport: { width: 1280, height: 800 },
    locale: 'id-ID',
    timezoneId: 'Asia/Jakarta',
  });
  await page.goto(host.openUrl);
});

test.afterAll(async () => {
  await page?.close();
  await host?.stop();
});

test("the petugas edits the resident's details and changes the family card number", async () => {
  await signIn(page, PETUGAS.username, PETUGAS.password);
  await expect(page.getByTestId('dashboard')).toBeVisible();
  await page.keyboard.press('Alt+2');
  await page.keyboard.type(RESIDENT);
  await page
    .getByTestId('person-list')
    .getByRole('row', { name: new RegExp(RESIDENT) })
    .click();
  const identity = page.getByTestId('identity-card');
  await expect(identity).toContainText('Nomor HP');

  // "Ubah data": the NIK is checked as at intake; only the phone and the marital status change.
  await page.getByRole('button', { name: 'Ubah data' }).click();
  const dialog = page.getByRole('dialog', { name: 'Ubah data warga' });
  await expect(dialog).toBeVisible();
  await expect(page.getByTestId('edit-nik-input')).toHaveValue(GOOD_NIK);
  await expect(page.getByTestId('edit-nik-input')).toHaveAccessibleDescription(/perempuan, lahir 21-05-1990/);
  await field(page, 'Nomor HP').fill('081399887766');
  await pickByTyping(page, 'Status perkawinan', 'Kawin Terc', 'Kawin Tercatat');
  // Padan Dukcapil and the disability types are recorded here too (the monthly report counts disability).
  await field(page, 'Padan Dukcapil').click();
  await page.getByRole('option', { name: 'Padan Dukcapil', exact: true }).click();
  await field(page, 'Ragam disabilitas').click();
  await page.getByRole('option', { name: /sensorik/i }).click();
  await field(page, 'Ragam disabilitas').press('Escape');
  await dialog.getByRole('button', { name: 'Simpan' }).click();
  await expect(dialog).toBeHidden();
  await expect(identity).toContainText('+6281399887766');
  await expect(identity).toContainText('Kawin Tercatat');
  await expect(identity).toContainText(/sensorik/i);
  await expect(identity).toContainText('Padan Dukcapil');

  // "Ganti No KK": the new number with a reason; the history keeps the old one.
  const household = page.getByTestId('household-card');
  await household.getByRole('button', { name: 'Ganti No KK' }).click();
  const kkDialog = page.getByRole('dialog', { name: 'Ganti No KK' });
  await field(page, 'No KK baru').fill(NEW_KK);
  await expect(field(page, 'Berlaku sejak')).toHaveValue(/^\d{2}-\d{2}-\d{4}$/);
  await field(page, 'Alasan perubahan').fill('Pecah KK dari orang tua');
  await kkDialog.getByRole('button', { name: 'Simpan' }).click();
  await expect(kkDialog).toBeHidden();
  const history = page.getByTestId('kk-history');
  await expect(history).toContainText(NO_KK);
  await expect(history).toContainText(NEW_KK);
  await expect(history).toContainText('Pecah KK dari orang tua');
  await expect(household).toContainText(NEW_KK);
  await page.reload();
  await expect(page.getByTestId('identity-card')).toContainText('Kawin Tercatat');
  await expect(page.getByTestId('kk-history')).toContainText(NEW_KK);
});
