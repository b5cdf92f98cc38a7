// Usulan DTSEN end to end at a kecamatan (issue 16): a "tidak terdaftar DTSEN" request offers a proposal, made on the
// resident's page, its house photo attached as evidence, prepared for the musdes, approved with the session's data and
// sent; the list and the card show it.
import { expect, test, type Page } from '@playwright/test';
import { hostCallOk, setUpOffice } from './support/api.ts';
import { ADMIN, dtsenRequest, nik, PETUGAS } from './support/register-data.ts';
import { startWebHost, type RunningHost } from './support/web-host.ts';
import { dismissToasts, field, signIn } from './support/ui.ts';
import { pdfWithMarker } from '../support/attachment-files.ts';

const RESIDENT = 'Sumarni Wirasentana';

let host: RunningHost;
let page: Page;
let personId = '';
let caseId = '';

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
        nik: nik('P', '1971-06-02', 16),
        name: RESIDENT,
        sex: 'P',
        birthDate: '1971-06-02',
        desaCode: '33.01.08.2001',
      },
      newHousehold: { noKk: '3301080206710016', desaCode: '33.01.08.2001', address: 'Dusun Kulon RT 3' },
    },
    session.sessionId,
  );
  personId = person.id;
  const request = await dtsenRequest(
    host,
    person.id,
    'Warga meminta didaftarkan ke DTSEN.',
    session.sessionId,
  );
  caseId = request.id;
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

test('a proposal goes from a request through the musdes to Dinsos', async () => {
  await signIn(page, PETUGAS.username, PETUGAS.password);
  await expect(page.getByTestId('dashboard')).toBeVisible();
  await page.evaluate((id) => {
    window.location.hash = `#/layanan/${id}`;
  }, caseId);
  await page.getByTestId('usulan-from-case').click();
  await expect(page.getByTestId('household-usulan')).toContainText('Belum ada usulan');

  const dialog = page.getByRole('dialog', { name: 'Usulan DTSEN baru' });
  // Bad input: a reason too short is refused with the field's message and nothing is written.
  await dialog.getByLabel('Alasan').fill('x');
  await dialog.getByRole('button', { name: 'Simpan' }).click();
  await expect(dialog.getByRole('alert')).toContainText('Alasan minimal 5 karakter');
  await dialog.getByLabel('Alasan').fill('Keluarga miskin belum terdaftar di DTSEN.');
  await dialog.getByLabel('Kartu Keluarga *').check();
  // The household condition DTSEN asks for (usul baru): the floor area and the floor.
  await dialog.getByLabel('Luas lantai (m²)').fill('36');
  await dialog.getByLabel('Jenis lantai terluas').click();
  await page.getByRole('option', { name: 'Tanah', exact: true }).click();
  await dialog.getByRole('button', { name: 'Simpan' }).click();

  const detail = page.getByTestId('usulan-detail');
  await expect(detail.getByTestId('usulan-state')).toHaveText('Draf');
  await expect(detail.getByRole('link', { name: 'Buka kasus' })).toHaveAttribute(
    'href',
    `#/layanan/${caseId}`,
  );
  await expect(detail).toContainText('Bukti yang belum ada: KTP-el, Foto rumah');
  const condition = detail.getByTestId('usulan-condition');
  await expect(condition).toContainText('36 m²');
  await expect(condition).toContainText('Tanah');
  await expect(condition.getByRole('button', { name: 'Ubah kondisi keluarga' })).toBeVisible();
  await dismissToasts(page);

  // The house photo attached on the proposal's own card ticks "Foto rumah" on its checklist.
  const files = detail.locator('[data-testid=attachments-card][data-owner-type=usulan]');
  await expect(files).toContainText('Lampiran bukti usulan');
  await files.getByTestId('attachment-kind').click();
  await page.getByRole('option', { name: 'Foto rumah' }).click();
  await files.locator('input[type=file]').setInputFiles({
    name: 'rumah.pdf',
    mimeType: 'application/pdf',
    buffer: pdfWithMarker('Foto rumah Sumarni'),
  });
  await files.getByTestId('attachment-add').click();
  await expect(files.getByTestId('attachment-row')).toHaveCount(1);
  await expect(detail.getByTestId('usulan-evidence')).toHaveText(
    'Kartu Keluarga, Foto rumah (berkas terlampir)',
  );
  await expect(detail).toContainText('Bukti yang belum ada: KTP-el');
  await expect(detail).not.toContainText('Bukti yang belum ada: KTP-el, Foto rumah');
  await dismissToasts(page);

  await detail.getByRole('button', { name: 'Siapkan untuk musdes' }).click();
  await detail.getByRole('button', { name: 'Simpan' }).click();
  await expect(detail.getByTestId('usulan-state')).toHaveText('Siap musdes');

  await detail.getByRole('button', { name: 'Disetujui musdes' }).click();
  const form = page.getByTestId('usulan-step-form-disetujui_musdes');
  // Without the session's data the decision is refused in Indonesian.
  await form.getByRole('button', { name: 'Simpan' }).click();
  await expect(form.getByRole('alert')).toBeVisible();
  await field(page, 'Tanggal musdes').fill('05-03-2026');
  await field(page, 'Tempat').fill('Balai Desa Jeruklegi Wetan');
  await field(page, 'Pimpinan musdes').fill('Kepala Desa');
  await field(page, 'Jumlah peserta').fill('31');
  await form.getByRole('button', { name: 'Simpan' }).click();
  await expect(detail.getByTestId('usulan-state')).toHaveText('Disetujui musdes');
  await expect(detail.getByTestId('usulan-steps')).toContainText('Balai Desa Jeruklegi Wetan');

  await detail.getByRole('button', { name: 'Kirim ke Dinsos' }).click();
  await detail.getByRole('button', { name: 'Simpan' }).click();
  await expect(detail.getByTestId('usulan-state')).toHaveText('Dikirim ke Dinsos');
  // Sent: the condition stays, read-only.
  await expect(detail.getByTestId('usulan-condition')).toContainText('36 m²');
  await expect(detail.getByRole('button', { name: 'Ubah kondisi keluarga' })).toHaveCount(0);
  // Dinsos's steps are not offered at a kecamatan.
  await expect(detail.getByRole('button', { name: 'Verifikasi' })).toHaveCount(0);

  await page.evaluate(() => {
    window.location.hash = '#/rujukan/usulan?state=dikirim';
  });
  await expect(page.getByTestId('usulan-count')).toHaveText('1 usulan');
  await expect(page.getByTestId('usulan-list')).toContainText(RESIDENT);
  // The filter: no draft is left.
  await field(page, 'Status').click();
  await page.getByRole('option', { name: 'Draf' }).click();
  await expect(page.getByTestId('usulan-count')).toHaveText('0 usulan');
  await expect(page.getByText('Belum ada usulan dengan status ini.')).toBeVisible();

  await page.evaluate((id) => {
    window.location.hash = `#/warga/${id}`;
  }, personId);
  await expect(page.getByTestId('household-usulan-state')).toHaveText('Dikirim ke Dinsos');
});
