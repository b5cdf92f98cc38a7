// Erasure end to end (issue 18.4): an admin erases a resident's personal data at their request, from the
// resident's page; the page then shows the erasure and the name and NIK are gone.
import { expect, test, type Page } from '@playwright/test';
import { hostCallOk, setUpOffice } from './support/api.ts';
import { ADMIN, nik, PETUGAS } from './support/register-data.ts';
import { startWebHost, type RunningHost } from './support/web-host.ts';
import { signIn } from './support/ui.ts';

const RESIDENT = 'Sulastri Wiryodiharjo';
const NIK = nik('P', '1958-02-11', 9);

let host: RunningHost;
let page: Page;
let personId = '';

test.beforeAll(async ({ browser }) => {
  host = await startWebHost();
  await setUpOffice(host, ADMIN, [PETUGAS]);
  const session = await hostCallOk(host, 'auth.signIn', {
    username: PETUGAS.username,
    password: PETUGAS.password,
  });
  const person = await hostCallOk(
    host,
    'persons.create',
    {
      person: { nik: NIK, name: RESIDENT, sex: 'P', birthDate: '1958-02-11', desaCode: '33.01.08.2001' },
      newHousehold: { noKk: '3301081102580009', desaCode: '33.01.08.2001', address: 'Dusun Wetan RT 2' },
    },
    session.sessionId,
  );
  personId = person.id;
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

test("an admin erases a resident's personal data at their request", async () => {
  await signIn(page, ADMIN.username, ADMIN.password);
  await expect(page.getByTestId('dashboard')).toBeVisible();
  await page.evaluate((id) => {
    window.location.hash = `#/warga/${id}`;
  }, personId);
  const detail = page.getByTestId('person-detail');
  await expect(detail.getByRole('heading', { name: RESIDENT })).toBeVisible();

  await page.getByRole('button', { name: 'Hapus data pribadi' }).click();
  const dialog = page.getByRole('dialog', { name: 'Hapus data pribadi warga' });
  await expect(dialog).toContainText('tidak dapat dibatalkan');
  const submit = dialog.getByRole('button', { name: 'Hapus data pribadi' });
  // Nothing happens without the explicit confirmation.
  await expect(submit).toBeDisabled();
  await dialog.getByLabel(/Saya memahami/).check();
  await submit.click();

  await expect(page.getByTestId('person-erased')).toContainText('telah dihapus');
  await expect(detail).not.toContainText(RESIDENT);
  await expect(detail).not.toContainText(NIK);
  await expect(page.getByRole('button', { name: 'Hapus data pribadi' })).toHaveCount(0);
});
