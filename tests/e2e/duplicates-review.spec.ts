// Duplicate review at Dinsos (issue 17): the queue is worked by keyboard — reason, primary, S, U (undo), S again —
// and the resident's page then says "Juga terdaftar di …".
import { expect, test, type Page } from '@playwright/test';
import { hostCallOk } from './support/api.ts';
import { nik, PETUGAS } from './support/register-data.ts';
import { DIN_ADMIN, openSignedIn, sessionOf, setUpDinsos } from './support/sync-offices.ts';
import { startWebHost, type RunningHost } from './support/web-host.ts';

let host: RunningHost;
let page: Page;
const ids = { first: '', second: '' };

test.beforeAll(async ({ browser }) => {
  host = await startWebHost();
  await setUpDinsos(host, DIN_ADMIN, [PETUGAS]);
  const petugas = await sessionOf(host, PETUGAS);
  // One resident registered twice, the second time with a typo in the NIK's serial.
  const register = async (serial: number, noKk: string): Promise<string> =>
    (
      await hostCallOk(
        host,
        'persons.create',
        {
          person: {
            nik: nik('P', '1961-06-21', serial),
            name: 'Suminah Wiryo',
            sex: 'P',
            birthDate: '1961-06-21',
            desaCode: '33.01.08.2001',
          },
          newHousehold: { noKk, desaCode: '33.01.08.2001', address: 'Dusun Kidul RT 1' },
          confirmNotDuplicate: true,
        },
        petugas,
      )
    ).id;
  ids.first = await register(31, '3301082106610031');
  ids.second = await register(13, '3301082106610013');
  page = await openSignedIn(browser, host, DIN_ADMIN);
});

test.afterAll(async () => {
  await page?.context().close();
  await host?.stop();
});

test('Dinsos decides a pair by keyboard, undoes it, decides again; the resident page shows the link', async () => {
  await page.evaluate(() => {
    window.location.hash = '#/warga';
  });
  await page.getByRole('link', { name: 'Data ganda' }).click();
  const queue = page.getByTestId('duplicate-queue');
  // Never scanned: the queue is empty until the scan (an operation with progress) has run.
  await expect(page.getByTestId('duplicate-queue-empty')).toBeVisible();
  await queue.getByRole('button', { name: 'Pindai seluruh register' }).click();
  await expect(queue.getByTestId('duplicate-scan-outcome')).toContainText('Pemindaian selesai');
  await expect(queue.getByTestId('duplicate-scan-outcome')).toContainText('1 kandidat');
  await expect(queue.getByTestId('duplicate-position')).toHaveText('Pasangan 1 dari 1');
  await expect(queue.getByTestId('duplicate-reasons')).toContainText('NIK beda satu digit');
  // The NIK is shown as region and serial only.
  await expect(queue.getByTestId('duplicate-side-A')).toContainText('330108******');
  await expect(queue).not.toContainText(nik('P', '1961-06-21', 31));

  // S without a reason: refused with a message, nothing decided.
  await queue.getByTestId('duplicate-position').click();
  await page.keyboard.press('s');
  await expect(queue).toContainText('Isi alasan keputusan');
  await page.keyboard.type('NIK beda satu digit, nama dan tanggal lahir sama');
  await page.keyboard.press('Escape');
  await page.keyboard.press('2');
  await expect(queue.getByTestId('duplicate-side-B')).toHaveAttribute('data-primary', 'true');
  await page.keyboard.press('s');
  await expect(page.getByTestId('duplicate-last')).toContainText('orang yang sama');
  await expect(page.getByTestId('duplicate-queue-empty')).toBeVisible();

  await page.keyboard.press('u');
  await expect(queue.getByTestId('duplicate-position')).toHaveText('Pasangan 1 dari 1');
  await page.keyboard.press('r');
  await page.keyboard.type('Satu orang, terdaftar dua kali');
  await page.keyboard.press('Escape');
  await page.keyboard.press('s');
  await expect(page.getByTestId('duplicate-queue-empty')).toBeVisible();

  const other = [ids.first, ids.second].sort()[1] ?? '';
  await page.evaluate(
    (id) => {
      window.location.hash = `#/warga/${id}`;
    },
    [ids.first, ids.second].sort()[0] ?? '',
  );
  const links = page.getByTestId('person-links');
  await expect(links).toContainText('Juga terdaftar di Dinas Sosial Kabupaten Cilacap');
  await expect(links).toContainText(other);
});

test('intake warns that the NIK typed belongs to a resident also registered elsewhere', async ({
  browser,
}) => {
  const clerk = await openSignedIn(browser, host, PETUGAS);
  try {
    await clerk.evaluate(() => {
      window.location.hash = '#/layanan/baru';
    });
    const first = [ids.first, ids.second].sort()[0] === ids.first ? 31 : 13;
    // A new resident's form: the NIK typed is one already registered here.
    await clerk
      .getByRole('button', { name: /Daftarkan warga baru/ })
      .first()
      .click();
    await clerk.getByTestId('nik-input').fill(nik('P', '1961-06-21', first));
    await expect(clerk.getByTestId('nik-match')).toBeVisible();
    await expect(clerk.getByTestId('person-links')).toContainText('Juga terdaftar di');
  } finally {
    await clerk.context().close();
  }
});
