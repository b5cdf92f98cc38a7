// Attachments end to end (issue 19, first slice): a petugas attaches a KK scan and a house photo to a resident,
// sees them listed and previews the photo; a renamed executable is refused in Indonesian; one is removed with a reason;
// the totals and free disk space show; the household's card keeps its own; the admin sees the totals in Pengaturan.
import { expect, test, type Page } from '@playwright/test';
import sharp from 'sharp';
import { hostCallOk, setUpOffice } from './support/api.ts';
import { ADMIN, nik, PETUGAS } from './support/register-data.ts';
import { startWebHost, type RunningHost } from './support/web-host.ts';
import { openSettingsTab, signIn } from './support/ui.ts';
import { pdfWithMarker, photoWithGps, renamedExecutable } from '../support/attachment-files.ts';

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
      person: {
        nik: nik('L', '1970-05-04', 3),
        name: 'Sutrisno Lampiran',
        sex: 'L',
        birthDate: '1970-05-04',
        desaCode: '33.01.08.2001',
      },
      newHousehold: { noKk: '3301080405700003', desaCode: '33.01.08.2001', address: 'Dusun Kulon RT 1' },
    },
    session.sessionId,
  );
  personId = person.id;
  await hostCallOk(host, 'auth.signOut', {}, session.sessionId);
  page = await browser.newPage({
    viewport: { width: 1280, height: 900 },
    locale: 'id-ID',
    timezoneId: 'Asia/Jakarta',
  });
  await page.goto(host.openUrl);
});

test.afterAll(async () => {
  await page?.close();
  await host?.stop();
});

test('a petugas attaches, previews and removes documents on a resident', async () => {
  await signIn(page, PETUGAS.username, PETUGAS.password);
  await expect(page.getByTestId('dashboard')).toBeVisible();
  await page.evaluate((id) => {
    window.location.hash = `#/warga/${id}`;
  }, personId);
  const card = page.locator('[data-testid=attachments-card][data-owner-type=person]');
  await expect(card).toContainText('Belum ada lampiran.');
  // The office's totals and the free disk space are shown before anything is added.
  await expect(card.getByTestId('attachment-space')).toContainText('Lampiran kantor: 0 file');

  // A renamed executable: refused from its content, with the reason, and nothing listed.
  const picker = card.locator('input[type=file]');
  await picker.setInputFiles({ name: 'foto-kk.jpg', mimeType: 'image/jpeg', buffer: renamedExecutable() });
  await card.getByTestId('attachment-add').click();
  await expect(card.getByTestId('attachment-error')).toContainText('Jenis file tidak diterima');
  await expect(card.getByTestId('attachment-row')).toHaveCount(0);

  // The KK scan as PDF, then the house photo (downscaled on the way in).
  await card.getByTestId('attachment-kind').click();
  await page.getByRole('option', { name: 'Kartu Keluarga (KK)' }).click();
  await picker.setInputFiles({
    name: 'kk.pdf',
    mimeType: 'application/pdf',
    buffer: pdfWithMarker('KK 3301080405700003'),
  });
  await card.getByTestId('attachment-add').click();
  await expect(card.getByTestId('attachment-row')).toHaveCount(1);

  await card.getByTestId('attachment-kind').click();
  await page.getByRole('option', { name: 'Foto rumah' }).click();
  await card.getByTestId('attachment-note').fill('Tampak depan');
  await picker.setInputFiles({ name: 'rumah.jpg', mimeType: 'image/jpeg', buffer: await photoWithGps(5) });
  await card.getByTestId('attachment-add').click();
  await expect(card.getByTestId('attachment-row')).toHaveCount(2);
  await expect(card.getByTestId('attachments-total')).toContainText('2 lampiran');
  await expect(card.getByTestId('attachment-space')).toContainText('Lampiran kantor: 2 file');
  const photoRow = card.locator('[data-testid=attachment-row][data-kind=foto_rumah]');
  await expect(photoRow).toContainText('Tampak depan');
  await expect(photoRow).toContainText('asli');

  // The preview shows the stored image: 1600 px on its long side.
  await photoRow.getByRole('button', { name: 'Lihat' }).click();
  const image = page.getByTestId('attachment-image');
  await expect(image).toBeVisible();
  const src = (await image.getAttribute('src')) ?? '';
  const meta = await sharp(Buffer.from(src.slice(src.indexOf(',') + 1), 'base64')).metadata();
  expect(Math.max(meta.width, meta.height)).toBe(1600);
  expect(meta.exif).toBeUndefined();
  await page.keyboard.press('Escape');

  // The KK PDF shows its first page, drawn by pdf.js.
  await card
    .locator('[data-testid=attachment-row][data-kind=kk]')
    .getByRole('button', { name: 'Lihat' })
    .click();
  await expect(page.getByTestId('attachment-pdf-page')).toBeVisible();
  expect(await page.getByTestId('attachment-pdf-page').getAttribute('src')).toMatch(
    /^data:image\/png;base64,/,
  );
  await page.keyboard.press('Escape');

  // Removal asks for a reason; the row goes.
  await photoRow.getByRole('button', { name: 'Hapus' }).click();
  await page.getByTestId('attachment-remove-reason').fill('Foto rumah tetangga');
  await page.getByTestId('attachment-remove-confirm').click();
  await expect(card.getByTestId('attachment-row')).toHaveCount(1);
  await expect(card.locator('[data-testid=attachment-row][data-kind=kk]')).toBeVisible();
});

test("the household's card keeps its own attachments", async () => {
  // On the resident's page, whatever the test before left open (signed in again after a retry's new host).
  await page.keyboard.press('Escape');
  if (await page.getByRole('button', { name: 'Masuk' }).isVisible()) {
    await signIn(page, PETUGAS.username, PETUGAS.password);
    await expect(page.getByTestId('dashboard')).toBeVisible();
  }
  await page.evaluate((id) => {
    window.location.hash = `#/warga/${id}`;
  }, personId);
  const household = page.locator('[data-testid=attachments-card][data-owner-type=household]');
  await expect(household).toContainText('Lampiran keluarga');
  const person = page.locator('[data-testid=attachments-card][data-owner-type=person]');
  await expect(
    person.getByTestId('attachments-total').or(person.getByText('Belum ada lampiran.')),
  ).toBeVisible();
  const personRows = await person.getByTestId('attachment-row').count();
  await expect(household).toContainText('Belum ada lampiran.');
  await household.locator('input[type=file]').setInputFiles({
    name: 'kk-keluarga.pdf',
    mimeType: 'application/pdf',
    buffer: pdfWithMarker('KK keluarga 3301080405700003'),
  });
  await household.getByTestId('attachment-add').click();
  await expect(household.getByTestId('attachment-row')).toHaveCount(1);
  await expect(person.getByTestId('attachment-row')).toHaveCount(personRows);
});

test("the admin sees the office's totals per kind of record and per record in Pengaturan → Lampiran", async ({
  browser,
}) => {
  // Its own file on the resident (the tests before may have run on another host after a retry).
  const petugas = await hostCallOk(host, 'auth.signIn', {
    username: PETUGAS.username,
    password: PETUGAS.password,
  });
  await hostCallOk(
    host,
    'attachments.add',
    {
      owner: { type: 'person', id: personId },
      kind: 'sktm',
      base64: pdfWithMarker('SKTM Sutrisno').toString('base64'),
    },
    petugas.sessionId,
  );
  await hostCallOk(host, 'auth.signOut', {}, petugas.sessionId);
  const admin = await hostCallOk(host, 'auth.signIn', { username: ADMIN.username, password: ADMIN.password });
  const totals = await hostCallOk(host, 'attachments.totals', {}, admin.sessionId);
  await hostCallOk(host, 'auth.signOut', {}, admin.sessionId);
  expect(totals.count).toBeGreaterThan(0);
  const adminPage = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'id-ID' });
  try {
    await adminPage.goto(host.openUrl);
    await signIn(adminPage, ADMIN.username, ADMIN.password);
    await openSettingsTab(adminPage, 'Lampiran');
    const view = adminPage.getByTestId('attachment-totals');
    await expect(view).toContainText(`Seluruh lampiran kantor: ${totals.count} file`);
    await expect(view.getByTestId('attachment-totals-types')).toContainText('Warga');
    const row = view.getByTestId('attachment-totals-records').getByRole('row', { name: /Sutrisno Lampiran/ });
    await expect(row).toBeVisible();
    // The record's name opens the resident.
    await row.getByRole('link', { name: 'Sutrisno Lampiran' }).click();
    await expect(adminPage).toHaveURL(new RegExp(`#/warga/${personId}$`));
  } finally {
    await adminPage.close();
  }
});
