// Musdes sessions end to end at a kecamatan (issue 16): record a musdes, decide the waiting proposals in one save,
// download the berita acara and the BNBA (PDF read back; XLSX, read back by exceljs in the unit test
// tests/electron/core/usulan/musdes-papers.test.ts, checked as a workbook here); Beranda's calendar shows the session and what waits;
// proposals in bulk from the residents not in DTSEN.
import { expect, test, type Page } from '@playwright/test';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { flat, pdfText } from '../support/pdf-tools.ts';
import { hostCallOk, setUpOffice } from './support/api.ts';
import { ADMIN, nik, PETUGAS } from './support/register-data.ts';
import { downloadReport } from './support/report-office.ts';
import { startWebHost, type RunningHost } from './support/web-host.ts';
import { dismissToasts, field, pickByTyping, signIn } from './support/ui.ts';

const DESA = '33.01.08.2001';
const RESIDENTS = [
  ['Sartini Musdes', 'P', '1968-04-11', 31, '3301080411680031'],
  ['Warsono Musdes', 'L', '1959-09-23', 32, '3301082309590032'],
  ['Paijem Massal', 'P', '1980-01-15', 33, '3301081501800033'],
] as const;

let host: RunningHost;
let page: Page;
let files = '';

/** Today in the office's zone, as the day field takes it (DD-MM-YYYY) and as stored (YYYY-MM-DD). */
function today(): { typed: string; iso: string } {
  const iso = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Jakarta' }).format(new Date());
  const [y, m, d] = iso.split('-');
  return { typed: `${d}-${m}-${y}`, iso };
}

test.beforeAll(async ({ browser }) => {
  host = await startWebHost();
  files = mkdtempSync(join(tmpdir(), 'puskesos-musdes-e2e-'));
  await setUpOffice(host, ADMIN, [PETUGAS]);
  const { sessionId } = await hostCallOk(host, 'auth.signIn', {
    username: PETUGAS.username,
    password: PETUGAS.password,
  });
  for (const [name, sex, birth, serial, noKk] of RESIDENTS) {
    const p = await hostCallOk(
      host,
      'persons.create',
      {
        person: { nik: nik(sex, birth, serial), name, sex, birthDate: birth, desaCode: DESA },
        newHousehold: { noKk, desaCode: DESA, address: `Dusun Wetan RT ${serial}` },
      },
      sessionId,
    );
    // The first two wait for the musdes; the third is proposed later, in bulk, from the screen.
    if (serial === 33 || !p.householdId) continue;
    const u = await hostCallOk(
      host,
      'usulan.create',
      {
        householdId: p.householdId,
        personIds: [p.id],
        kind: 'usul_baru',
        reason: 'Keluarga miskin belum terdaftar di DTSEN.',
        evidence: ['kk', 'ktp_el', 'foto_rumah'],
      },
      sessionId,
    );
    await hostCallOk(host, 'usulan.transition', { id: u.id, step: 'siap_musdes' }, sessionId);
  }
  await hostCallOk(host, 'auth.signOut', {}, sessionId);
  page = await (
    await browser.newContext({ acceptDownloads: true, locale: 'id-ID', timezoneId: 'Asia/Jakarta' })
  ).newPage();
  await page.goto(host.openUrl);
});

test.afterAll(async () => {
  await page?.close();
  await host?.stop();
  if (files) rmSync(files, { recursive: true, force: true });
});

test('a musdes is recorded, decides both proposals at once, and its papers download', async () => {
  await signIn(page, PETUGAS.username, PETUGAS.password);
  await expect(page.getByTestId('dashboard')).toBeVisible();
  const calendar = page.getByTestId('usulan-calendar');
  await expect(calendar.getByTestId('usulan-due-siap_musdes')).toContainText('2');
  // No Dinsos calendar has reached this office: the default days, said so.
  await expect(calendar.getByTestId('usulan-calendar-source')).toHaveText(
    'Jadwal bawaan (Dinas Sosial belum menetapkan jadwal).',
  );

  await page.evaluate(() => {
    window.location.hash = '#/rujukan/usulan/musdes';
  });
  await page.getByTestId('musdes-new').click();
  const form = page.getByTestId('musdes-form');
  await pickByTyping(page, 'Desa/kelurahan', 'Tritih Wetan', `Tritih Wetan (${DESA})`);
  await field(page, 'Tanggal').fill(today().typed);
  await field(page, 'Tempat').fill('Balai Desa Tritih Wetan');
  await field(page, 'Pimpinan').fill('Kepala Desa Tritih Wetan');
  await field(page, 'Jumlah peserta').fill('27');
  await form.getByRole('button', { name: 'Simpan' }).click();

  const session = page.getByTestId('musdes-session');
  await expect(session).toContainText('Balai Desa Tritih Wetan');
  const decisions = page.getByTestId('musdes-decisions');
  const [first, second] = RESIDENTS;
  const row = (name: string) => decisions.getByRole('row').filter({ hasText: name });
  await row(first[0]).getByRole('radio', { name: 'Setujui' }).check();
  await row(second[0]).getByRole('radio', { name: 'Tolak' }).check();
  // A refusal without its reason is refused whole: nothing is recorded.
  await decisions.getByRole('button', { name: 'Simpan keputusan' }).click();
  await expect(decisions.getByRole('alert')).toContainText(second[0]);
  await decisions.getByLabel(`Alasan untuk ${second[0]}`).fill('Keluarga dinilai mampu oleh musyawarah.');
  await decisions.getByRole('button', { name: 'Simpan keputusan' }).click();
  const decided = page.getByTestId('musdes-decided');
  await expect(decided).toContainText(first[0]);
  await expect(decided).toContainText(second[0]);
  await dismissToasts(page);

  const papers = page.getByTestId('musdes-papers');
  const pdf = await downloadReport(page, papers.getByRole('button', { name: 'Berita acara (PDF)' }), files);
  const text = flat(await pdfText(readFileSync(pdf), pdf));
  expect(text).toContain('BERITA ACARA MUSYAWARAH DESA');
  expect(text).toContain('Balai Desa Tritih Wetan');
  expect(text).toContain(first[0]);
  const bnba = await downloadReport(page, papers.getByRole('button', { name: 'BNBA (PDF)' }), files);
  const listed = flat(await pdfText(readFileSync(bnba), bnba));
  // Only the approved proposal is in the BNBA, with its NIK and No KK in full.
  expect(listed).toContain(nik(first[1], first[2], first[3]));
  expect(listed).toContain(first[4]);
  expect(listed).not.toContain(second[0]);
  const xlsx = await downloadReport(page, papers.getByRole('button', { name: 'BNBA (XLSX)' }), files);
  expect(xlsx).toMatch(/\.xlsx$/);
  expect(readFileSync(xlsx).subarray(0, 2).toString('latin1')).toBe('PK');

  await page.evaluate(() => {
    window.location.hash = '#/beranda';
  });
  await expect(calendar).toContainText('Tritih Wetan');
  await expect(calendar.getByTestId('usulan-due-siap_musdes')).toContainText('0');
  await expect(calendar.getByTestId('usulan-due-disetujui_musdes')).toContainText('1');
  await calendar.getByTestId('usulan-due-disetujui_musdes').click();
  await expect(page.getByTestId('usulan-count')).toHaveText('1 usulan');
  await expect(page.getByTestId('usulan-list')).toContainText(first[0]);
});

test('proposals in bulk: residents not in DTSEN are picked and proposed at once', async () => {
  await page.evaluate(() => {
    window.location.hash = '#/rujukan/usulan';
  });
  await page.getByTestId('usulan-bulk-open').click();
  const dialog = page.getByRole('dialog', { name: 'Usulan DTSEN untuk beberapa keluarga' });
  await dialog.getByRole('switch', { name: 'Hanya yang tidak terdaftar DTSEN' }).uncheck();
  await field(page, 'Cari warga (NIK, No KK atau nama)').fill('Massal');
  await dialog.getByRole('checkbox', { name: `Pilih keluarga ${RESIDENTS[2][0]}` }).check();
  await expect(dialog.getByTestId('usulan-bulk-chosen')).toContainText('1 keluarga dipilih');
  await dialog.getByLabel('Alasan').fill('Keluarga miskin belum terdaftar di DTSEN (massal).');
  await dialog.getByRole('button', { name: 'Buat 1 usulan' }).click();
  await expect(dialog).toBeHidden();
  await page.evaluate(() => {
    window.location.hash = '#/rujukan/usulan?state=draft';
  });
  await expect(page.getByTestId('usulan-list')).toContainText(RESIDENTS[2][0]);
});
