// Erasure end to end (issue 18.4): an admin erases a resident's personal data at their request, from the
// resident's page; the page then shows the erasure and the name and NIK are gone; Retensi data lists the
// neighbour's case that names them, for review, and the admin marks it checked.
import { expect, test, type Page } from '@playwright/test';
import { hostCallOk, setUpOffice } from './support/api.ts';
import { ADMIN, dtsenRequest, nik, PETUGAS } from './support/register-data.ts';
import { startWebHost, type RunningHost } from './support/web-host.ts';
import { openSettingsTab, signIn } from './support/ui.ts';

const RESIDENT = 'Sulastri Wiryodiharjo';
const NIK = nik('P', '1958-02-11', 9);

let host: RunningHost;
let page: Page;
let personId = '';
let neighbourCase = '';

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
  // A neighbour's case whose story names the resident: not theirs, so listed for review, never changed.
  const neighbour = await hostCallOk(
    host,
    'persons.create',
    { person: { name: 'Tetangga Uji Coba', sex: 'L', desaCode: '33.01.08.2001' } },
    session.sessionId,
  );
  const c = await dtsenRequest(host, neighbour.id, `Didampingi ${RESIDENT} saat datang.`, session.sessionId);
  neighbourCase = c.caseNumber;
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

test("Retensi data lists the neighbour's case that names the erased resident, for review", async () => {
  await openSettingsTab(page, 'Retensi data');
  const review = page.getByRole('list', { name: /Perlu diperiksa/ });
  await expect(review).toContainText(`Kasus ${neighbourCase}`);
  await expect(review).toContainText('kolom uraian');
  await expect(review).not.toContainText(RESIDENT);
});

test('Sudah diperiksa takes the entry out of the list; the switch shows it with who checked it', async () => {
  const review = page.getByRole('list', { name: /Perlu diperiksa/ });
  const item = review.getByRole('listitem').filter({ hasText: `Kasus ${neighbourCase}` });
  await item.getByRole('button', { name: 'Sudah diperiksa' }).click();
  await expect(page.getByText('Semua catatan sudah diperiksa.')).toBeVisible();
  await page.getByRole('switch', { name: /Tampilkan yang sudah diperiksa/ }).click({ force: true });
  await expect(review).toContainText(`Kasus ${neighbourCase}`);
  await expect(review).toContainText(`diperiksa oleh ${ADMIN.username}`);
});
