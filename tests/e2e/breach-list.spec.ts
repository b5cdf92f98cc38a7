// Pengaturan → Kebocoran data: an admin picks a leaked file, sees exactly whose data it held, records the breach, downloads the draft.
import { expect, test } from '@playwright/test';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { flat, pdfText } from '../support/pdf-tools.ts';
import { hostCallOk, setUpOffice } from './support/api.ts';
import { downloadVia, KEC_ADMIN, KEC_PETUGAS, openSignedIn, sessionOf } from './support/sync-offices.ts';
import { field, openSettingsTab } from './support/ui.ts';
import { startWebHost, type RunningHost } from './support/web-host.ts';

let kec: RunningHost;
const dir = mkdtempSync(join(tmpdir(), 'pw-breach-'));

test.beforeAll(async () => {
  kec = await startWebHost();
  await setUpOffice(kec, KEC_ADMIN, [KEC_PETUGAS]);
});
test.afterAll(async () => {
  await kec?.stop();
});

test('an admin identifies a leaked person-data PDF, sees the one resident it held, records the breach and gets the draft', async ({
  browser,
}) => {
  const petugas = await sessionOf(kec, KEC_PETUGAS);
  const add = async (name: string): Promise<string> =>
    (
      await hostCallOk(
        kec,
        'persons.create',
        { person: { name, sex: 'P', desaCode: '33.01.08.2001' } },
        petugas,
      )
    ).id;
  const leaked = await add('Warga Dalam File Bocor');
  await add('Warga Lain Aman');
  const admin = await sessionOf(kec, KEC_ADMIN);
  const file = await hostCallOk(kec, 'documents.personData', { personId: leaked, format: 'pdf' }, admin);
  const leakedPath = join(dir, file.fileName);
  writeFileSync(leakedPath, Buffer.from(file.base64, 'base64'));

  const page = await openSignedIn(browser, kec, KEC_ADMIN);
  await openSettingsTab(page, 'Kebocoran data');
  await page.getByText('Pilih file', { exact: true }).click();
  await page.locator('input[type=file]').setInputFiles(leakedPath);
  await expect(page.getByText(`Dikenali: ${file.fileName}`)).toBeVisible();
  await page.getByRole('button', { name: 'Tampilkan daftar warga' }).click();

  await expect(page.getByTestId('breach-count')).toHaveText('Warga yang datanya termuat: 1');
  const list = page.getByRole('table', { name: 'Warga yang datanya termuat: 1' });
  await expect(list).toContainText('Warga Dalam File Bocor');
  await expect(list).not.toContainText('Warga Lain Aman');

  await field(page, 'Bagaimana terjadinya').fill('File PDF terkirim ke grup WhatsApp yang salah.');
  await field(page, 'Langkah yang sudah diambil').fill('Pesan dihapus; anggota grup diminta menghapus file.');
  await page.getByRole('button', { name: 'Catat kebocoran' }).click();
  await expect(page.getByText(/Kebocoran dicatat\. Batas pemberitahuan:/)).toBeVisible();

  const incidents = page.getByRole('table', { name: 'Kebocoran yang dicatat' });
  await expect(incidents.getByRole('row')).toHaveCount(2);
  await expect(incidents).toContainText(/sisa 7[01] jam/);
  const pdf = await downloadVia(page, incidents.getByRole('button', { name: 'PDF' }), dir);
  expect(readFileSync(pdf).subarray(0, 5).toString()).toBe('%PDF-');
  // pdf.js from npm, not poppler's pdftotext: a fresh machine has no poppler-utils.
  const text = flat(await pdfText(readFileSync(pdf), join(dir, 'draf-teks.pdf')));
  expect(text).toContain('DRAF PEMBERITAHUAN KEGAGALAN PELINDUNGAN DATA PRIBADI');
  expect(text).toContain('Warga Dalam File Bocor');
  expect(text).not.toContain('Warga Lain Aman');
  expect(text).toContain('File PDF terkirim ke grup WhatsApp yang salah.');
  const xlsx = await downloadVia(page, incidents.getByRole('button', { name: 'XLSX' }), dir);
  expect(xlsx).toMatch(/\.xlsx$/);
});
