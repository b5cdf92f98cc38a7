// Usulan DTSEN past "dikirim" (issue 16): the kecamatan's bundle reaches Dinsos, which returns one proposal for a missing
// KK photo, verifies the other, exports the upload file, forwards it and imports the national result; the result travels
// back and the kecamatan sees "Diterima, desil 3" with its effective date, the return with its reason and the evidence
// asked for, and the month's report (with the households in DTSEN by desil); the head forwards with "Teruskan semua ke
// pusat" what the list's kind filter shows; Dinsos's admin sets the calendar and the kecamatan's Beranda follows it.
import { expect, test, type Page } from '@playwright/test';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { StaffUser } from './support/api.ts';
import { setUpOffice } from './support/api.ts';
import { carryOnScreen } from './support/carry-screens.ts';
import { ExcelJS } from './support/exceljs.ts';
import { ADMIN, PETUGAS } from './support/register-data.ts';
import { DINSOS_ADMIN, startEnrolledDinsos } from './support/report-dinsos.ts';
import { downloadReport } from './support/report-office.ts';
import { openSignedIn } from './support/sync-offices.ts';
import { dismissToasts, field } from './support/ui.ts';
import { sentProposals, type SentProposal } from './support/usulan-sent.ts';
import { startWebHost, type RunningHost } from './support/web-host.ts';

const DIN_KOORD: StaffUser = {
  username: 'sari',
  fullName: 'Sari Verifikator',
  password: 'rahasia-sari-1',
  role: 'koordinator',
};
const KEC = 'Kecamatan Jeruklegi';
const DINSOS = 'Dinas Sosial Kabupaten Cilacap';
const RETURN_REASON = 'Foto Kartu Keluarga belum dilampirkan.';

/** Today in the office's zone (WIB), as stored (YYYY-MM-DD). */
const todayIso = (): string =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Jakarta' }).format(new Date());
const typed = (iso: string): string => iso.split('-').reverse().join('-');
const shown = (iso: string): string =>
  new Intl.DateTimeFormat('id-ID', { dateStyle: 'medium', timeZone: 'UTC' }).format(
    new Date(`${iso}T00:00:00Z`),
  );
/** Day `n` of this month as the screens show it. */
const shownDay = (n: number): string => shown(`${todayIso().slice(0, 8)}${String(n).padStart(2, '0')}`);

let kec: RunningHost;
let din: RunningHost;
let files = '';
let returned: SentProposal;
let verified: SentProposal;

test.beforeAll(async () => {
  kec = await startWebHost();
  files = mkdtempSync(join(tmpdir(), 'puskesos-usulan-dinsos-'));
  await setUpOffice(kec, ADMIN, [PETUGAS]);
  din = await startEnrolledDinsos(kec, [DIN_KOORD]);
  [returned, verified] = (await sentProposals(
    kec,
    [
      // Sent without the KK ticked: Dinsos returns it.
      {
        name: 'Tukinah Kembali',
        sex: 'P',
        birthDate: '1966-02-14',
        serial: 51,
        noKk: '3301081402660051',
        fromComplaint: true,
        evidence: ['ktp_el', 'foto_rumah'],
      },
      {
        name: 'Karsono Diterima',
        sex: 'L',
        birthDate: '1970-10-03',
        serial: 52,
        noKk: '3301080310700052',
        fromComplaint: false,
        evidence: ['kk', 'ktp_el', 'foto_rumah'],
      },
    ],
    todayIso(),
  )) as [SentProposal, SentProposal];
});

test.afterAll(async () => {
  await Promise.all([kec?.stop(), din?.stop()]);
  if (files) rmSync(files, { recursive: true, force: true });
});

const go = (page: Page, hash: string): Promise<void> =>
  page.evaluate((h) => {
    window.location.hash = h;
  }, hash);

/** Opens a proposal from Dinsos's list of those in `state` with the keyboard: its name is the row's link. */
async function openFromList(page: Page, state: string, who: SentProposal): Promise<void> {
  await go(page, `#/rujukan/usulan?state=${state}`);
  const row = page.getByTestId('usulan-list').locator(`[data-usulan-id="${who.usulanId}"]`);
  await row.getByRole('link', { name: who.name }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('usulan-detail')).toContainText(who.name);
}

/** Picks a kind in the list's "Jenis usulan" filter. */
async function pickKind(page: Page, label: string): Promise<void> {
  await page.getByTestId('usulan-kind-filter').click();
  await page.getByRole('option', { name: label, exact: true }).click();
}

/** Takes a step on the open proposal by keyboard: its button, the reason (focused when the form opens), Enter. */
async function takeStep(page: Page, action: string, state: string, reason = ''): Promise<void> {
  const detail = page.getByTestId('usulan-detail');
  await detail.getByRole('button', { name: action }).focus();
  await page.keyboard.press('Enter');
  await expect(detail.getByLabel('Alasan')).toBeFocused();
  await page.keyboard.type(reason);
  await page.keyboard.press('Enter');
  await expect(detail.getByTestId('usulan-state')).toHaveText(state);
  await dismissToasts(page);
}

test('Dinsos returns one proposal, verifies and forwards the other, and the national result reaches the kecamatan', async ({
  browser,
}) => {
  // Two offices, bundles both ways, an upload file and a result file on a shared machine.
  test.setTimeout(240_000);
  const kecPage = await openSignedIn(browser, kec, PETUGAS);
  const dinPage = await openSignedIn(browser, din, DIN_KOORD);
  const officeDesk = { page: kecPage, tab: 'Ringkasan' };
  const dinsosDesk = { page: dinPage, tab: 'Kotak masuk' };

  await carryOnScreen(officeDesk, dinsosDesk, DINSOS, files);

  // Dinsos's list of proposals sent to it: both, under the kecamatan's name.
  await go(dinPage, '#/rujukan/usulan?state=dikirim');
  await expect(dinPage.getByTestId('usulan-count')).toHaveText('2 usulan');
  await expect(dinPage.getByTestId('usulan-list')).toContainText(KEC);

  // One returned for the missing KK photo: the reason is required.
  await openFromList(dinPage, 'dikirim', returned);
  await expect(dinPage.getByTestId('usulan-detail')).toContainText('Bukti yang belum ada: Kartu Keluarga');
  const detail = dinPage.getByTestId('usulan-detail');
  await detail.getByRole('button', { name: 'Kembalikan' }).focus();
  await dinPage.keyboard.press('Enter');
  await expect(detail.getByLabel('Alasan')).toBeFocused();
  // The kind's evidence checklist, the missing KK ticked: the office is asked for it.
  const asked = detail.getByTestId('usulan-step-evidence');
  await expect(asked.getByLabel('Kartu Keluarga')).toBeChecked();
  await expect(asked.getByLabel('Foto rumah')).not.toBeChecked();
  await dinPage.keyboard.press('Enter');
  await expect(detail.getByRole('alert')).toBeVisible();
  await expect(detail.getByTestId('usulan-state')).toHaveText('Dikirim ke Dinsos');
  await dinPage.keyboard.type(RETURN_REASON);
  await dinPage.keyboard.press('Enter');
  await expect(detail.getByTestId('usulan-state')).toHaveText('Dikembalikan ke kantor');
  await expect(detail.getByTestId('usulan-steps')).toContainText(RETURN_REASON);
  await expect(detail.getByTestId('usulan-step-evidence-asked')).toHaveText(
    'Diminta dilengkapi: Kartu Keluarga',
  );
  await dismissToasts(dinPage);

  // The other verified.
  await openFromList(dinPage, 'dikirim', verified);
  await takeStep(dinPage, 'Verifikasi', 'Diverifikasi Dinsos');

  // The upload file lists the verified household and not the returned one.
  await go(dinPage, '#/rujukan/usulan?state=diverifikasi');
  const card = dinPage.getByTestId('usulan-national-upload');
  const upload = await downloadReport(
    dinPage,
    card.getByRole('button', { name: 'Ekspor usulan terverifikasi (XLSX)' }),
    files,
  );
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(upload);
  const sheet = book.worksheets[0];
  if (!sheet) throw new Error('the upload file has no sheet');
  const header = (sheet.getRow(1).values as unknown[]).map(String);
  const nikAt = header.indexOf('nik');
  const kkAt = header.indexOf('no_kk');
  expect(nikAt).toBeGreaterThan(0);
  const rows: [string, string][] = [];
  sheet.eachRow((row, n) => {
    if (n > 1) rows.push([String(row.getCell(nikAt).value), String(row.getCell(kkAt).value)]);
  });
  expect(rows).toEqual([[verified.nik, verified.noKk]]);

  // Forwarded to the national system by the head (koordinator), every verified one the filter shows at once: no
  // sanggah is verified (nothing to forward), the usul baru is.
  await pickKind(dinPage, 'Sanggah');
  await expect(dinPage.getByTestId('usulan-count')).toHaveText('0 usulan');
  await expect(dinPage.getByTestId('usulan-forward-all')).toBeDisabled();
  await pickKind(dinPage, 'Usul baru');
  await expect(dinPage.getByTestId('usulan-count')).toHaveText('1 usulan');
  await dinPage.getByTestId('usulan-forward-all').click();
  const confirm = dinPage.getByRole('dialog', { name: 'Teruskan semua usulan terverifikasi ke pusat' });
  await expect(confirm).toContainText('1 usulan terverifikasi');
  await expect(confirm).toContainText('Hanya usulan yang sesuai saringan daftar: Usul baru.');
  await confirm.getByRole('button', { name: 'Teruskan semua' }).click();
  await expect(dinPage.getByTestId('usulan-count')).toHaveText('0 usulan');
  await dismissToasts(dinPage);

  // The national result file: desil 3 for the forwarded household, and a row that matches nothing.
  const resultFile = join(files, 'hasil-dtsen.csv');
  writeFileSync(
    resultFile,
    [
      'NIK,No KK,Hasil,Desil',
      `${verified.nik},${verified.noKk},diterima,3`,
      `${returned.nik},3301089999999999,diterima,2`,
    ].join('\n'),
  );
  const effective = `${todayIso().slice(0, 8)}01`;
  await go(dinPage, '#/rujukan/usulan');
  await card.locator('input[type=file]').setInputFiles(resultFile);
  await card.getByRole('button', { name: 'Unggah dan baca berkas' }).click();
  await field(dinPage, 'Tanggal berlaku hasil').fill(typed(effective));
  await card.getByRole('button', { name: 'Uji coba' }).click();
  const rowsOut = card.getByTestId('usulan-result-import');
  await expect(rowsOut).toContainText('Uji coba: 1 baris cocok, 1 baris galat', { timeout: 30_000 });
  await expect(rowsOut).toContainText('3301089999999999');
  await card.getByRole('button', { name: 'Catat hasil' }).click();
  await expect(rowsOut).toContainText('Dicatat: 1 baris cocok; 1 baris galat', { timeout: 30_000 });
  await openFromList(dinPage, 'hasil_diterima', verified);
  await expect(dinPage.getByTestId('usulan-state')).toHaveText('Diterima, desil 3');

  // Back to the kecamatan: the result on the household, the return with its reason.
  await carryOnScreen(dinsosDesk, officeDesk, KEC, files);
  await go(kecPage, `#/warga/${verified.personId}`);
  const onHousehold = kecPage.getByTestId('household-usulan');
  await expect(onHousehold.getByTestId('household-usulan-state')).toHaveText('Diterima, desil 3');
  await expect(onHousehold).toContainText(`Desil 3, berlaku ${shown(effective)}`);
  await expect(kecPage.getByTestId('dtsen-history-current')).toBeVisible();
  await expect(kecPage.getByTestId('dtsen-history')).toContainText(
    `Sejak ${shown(effective)}: terdaftar, desil 3`,
  );

  await go(kecPage, `#/warga/${returned.personId}`);
  await expect(onHousehold.getByTestId('household-usulan-state')).toHaveText('Dikembalikan ke kantor');
  await expect(onHousehold.getByTestId('household-usulan-reason')).toHaveText(RETURN_REASON);
  await onHousehold.getByTestId('household-usulan-state').click();
  const back = kecPage.getByTestId('usulan-detail');
  await expect(back.getByTestId('usulan-steps')).toContainText(RETURN_REASON);
  await expect(back.getByTestId('usulan-returned-asking')).toContainText(
    'meminta dilengkapi: Kartu Keluarga',
  );
  await expect(back.getByRole('button', { name: 'Kirim ke Dinsos' })).toBeVisible();

  // The month's report: both proposals, in their states at the month's end.
  await go(kecPage, `#/laporan?month=${todayIso().slice(0, 7)}`);
  const flow = kecPage.locator('[data-table-id="usulan-desa"] tr[data-totals]');
  await expect(flow).toBeVisible({ timeout: 30_000 });
  const totals = await flow.locator('td').allInnerTexts();
  // Total, made, sessions, approved, refused, sent, returned, accepted, refused by the centre, withdrawn, running.
  expect(totals.slice(1)).toEqual(['Jumlah', '2', '1', '2', '0', '2', '1', '1', '0', '0', '1']);
  const byState = kecPage.locator('[data-table-id="usulan-jenis-status"]');
  const heads = await byState.locator('thead th').allInnerTexts();
  const usulBaru = await byState
    .locator('tbody tr')
    .filter({ hasText: 'Usul baru' })
    .locator('td')
    .allInnerTexts();
  const counts = Object.fromEntries(heads.map((h, i) => [h, usulBaru[i]]));
  expect(counts).toMatchObject({ 'Dikembalikan ke kantor': '1', Diterima: '1', Jumlah: '2' });
  // The households in DTSEN on the month's last day: the accepted one, desil 3 from the first of the month.
  const listed = kecPage.locator('[data-table-id="dtsen-desil"] tr[data-totals] td');
  expect((await listed.allInnerTexts()).slice(1)).toEqual(['Jumlah', '1', '0', '0', '0', '1']);

  // Dinsos's admin sets the monthly calendar (Pengaturan → Kantor): a cut-off inside the window is refused on the
  // form; the saved days reach the kecamatan with the next bundle, and its Beranda names them Dinsos's.
  const adminPage = await openSignedIn(browser, din, DINSOS_ADMIN);
  await go(adminPage, '#/pengaturan');
  await adminPage.getByRole('tab', { name: 'Kantor' }).click();
  const calendarForm = adminPage.getByTestId('usulan-calendar-settings');
  await calendarForm.getByLabel('Musdes mulai tanggal').fill('3');
  await calendarForm.getByLabel('Musdes sampai tanggal').fill('12');
  await calendarForm.getByLabel('Batas unggah Dinsos tanggal').fill('10');
  await calendarForm.getByRole('button', { name: 'Simpan' }).click();
  await expect(calendarForm).toContainText('Batas unggah Dinsos harus sesudah hari terakhir musdes');
  await calendarForm.getByLabel('Batas unggah Dinsos tanggal').fill('16');
  await calendarForm.getByRole('button', { name: 'Simpan' }).click();
  await expect(adminPage.getByText('Jadwal usulan DTSEN disimpan')).toBeVisible();
  await dismissToasts(adminPage);
  await carryOnScreen(dinsosDesk, officeDesk, KEC, files);
  await go(kecPage, '#/');
  const calendar = kecPage.getByTestId('usulan-calendar');
  await expect(calendar.getByTestId('usulan-calendar-source')).toHaveText('Jadwal ditetapkan Dinas Sosial.');
  await expect(calendar).toContainText(shownDay(3));
  await expect(calendar).toContainText(shownDay(16));
});
