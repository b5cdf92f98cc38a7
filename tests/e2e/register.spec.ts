// Case register end to end: keyboard-only intake with NIK checks, the case workflow through referral and closing,
// the referral letter PDF, Warga search, duplicate NIK, and a read-only pengamat refused by the core.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { pageCall, setUpOffice } from './support/api.ts';
import { ADMIN, KOORD, nik, PETUGAS, seedResidents, VIEWER } from './support/register-data.ts';
import { recordReferralOutcome } from './support/walk-in.ts';
import { startWebHost, type RunningHost } from './support/web-host.ts';
import { pdfText } from '../support/pdf-tools.ts';
import { chooseByKeyboard, dismissToasts, field, signIn, signOut, tallShot } from './support/ui.ts';

test.describe.configure({ mode: 'serial' });

const SHOTS = 'tests/artifacts/screenshots';
// The walk-in: a woman born 21 May 1990; the clerk first types day 11 (51) instead of 21 (61).
const RESIDENT = 'Ratna Kusumawati';
const GOOD_NIK = nik('P', '1990-05-21', 7);
const WRONG_NIK = nik('P', '1990-05-11', 7);
const NO_KK = '3301081203150007';

let host: RunningHost;
let page: Page;
let caseNumber = '';

test.beforeAll(async ({ browser }) => {
  host = await startWebHost();
  await setUpOffice(host, ADMIN, [PETUGAS, KOORD, VIEWER]);
  await seedResidents(host, PETUGAS.username, PETUGAS.password);
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

test('a petugas registers a walk-in and her complaint with the keyboard only', async () => {
  await signIn(page, PETUGAS.username, PETUGAS.password);
  await expect(page.getByTestId('dashboard')).toBeVisible();
  await page.keyboard.press('Alt+N');
  await expect(page.getByRole('heading', { name: 'Layanan baru' })).toBeVisible();

  // Step 1: the NIK as typed finds nobody; Enter registers a new person with it.
  await expect(page.getByTestId('find-person')).toBeFocused();
  await page.keyboard.type(WRONG_NIK);
  await expect(page.getByTestId('register-new')).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Enter');

  // Step 2: the person form. The NIK (as typed: day 11) fills sex and birth date; the name has the focus.
  const nikInput = page.getByTestId('nik-input');
  await expect(nikInput).toHaveValue(WRONG_NIK);
  await expect(field(page, 'Nama lengkap')).toBeFocused();
  await expect(page.getByRole('radio', { name: 'Perempuan' })).toBeChecked();
  await expect(field(page, 'Tanggal lahir')).toHaveValue('11-05-1990');
  await page.keyboard.type(RESIDENT);
  // The clerk corrects the date from the KTP: it now disagrees with the NIK, and a warning says so.
  await field(page, 'Tanggal lahir').fill('');
  await field(page, 'Tanggal lahir').pressSequentially('21051990');
  await expect(field(page, 'Tanggal lahir')).toHaveValue('21-05-1990');
  const warning = page.getByTestId('nik-warning');
  await expect(warning).toContainText('Tanggal lahir pada NIK (11-05-1990) berbeda');
  await page.screenshot({ path: `${SHOTS}/register-01-nik-warning.png` });
  await nikInput.fill(GOOD_NIK);
  await expect(warning).toBeHidden();
  await expect(nikInput).toHaveAccessibleDescription(/perempuan, lahir 21-05-1990/);

  // On through the household by Tab, then the other details.
  await field(page, 'Nama lengkap').focus();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('radio', { name: 'Keluarga baru' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(field(page, 'No KK')).toBeFocused();
  await page.keyboard.type(NO_KK);
  await page.keyboard.press('Tab');
  await chooseByKeyboard(page, 'Brebeg', 'Brebeg (33.01.08.2004)');
  await expect(field(page, 'Desa/kelurahan')).toHaveValue('Brebeg (33.01.08.2004)');
  await page.keyboard.press('Tab');
  await expect(field(page, 'Alamat')).toBeFocused();
  await page.keyboard.type('Dusun Karanganyar, Jl. Melati 4');
  await page.keyboard.press('Tab');
  await page.keyboard.type('002');
  await page.keyboard.press('Tab');
  await page.keyboard.type('003');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(field(page, 'Tempat lahir')).toBeFocused();
  await page.keyboard.type('Cilacap');
  await page.keyboard.press('Tab');
  await expect(field(page, 'Hubungan dalam keluarga')).toBeFocused();
  await chooseByKeyboard(page, 'Kepala', 'Kepala Keluarga');
  await expect(field(page, 'Hubungan dalam keluarga')).toHaveValue('Kepala Keluarga');
  await page.keyboard.press('Tab');
  await page.keyboard.type('0812-3456-7890');
  await page.keyboard.press('Enter');

  // Step 3: the case. K picks a complaint, A a pengaduan; Kategori, then Uraian; Enter saves.
  await expect(page.getByTestId('picked-person')).toContainText(RESIDENT);
  await expect(page.getByRole('radio', { name: 'Layanan' })).toBeFocused();
  await page.keyboard.press('k');
  await expect(page.getByRole('radio', { name: 'Keluhan' })).toBeChecked();
  await page.keyboard.press('a');
  await expect(page.getByRole('radio', { name: 'Pengaduan' })).toBeChecked();
  await expect(field(page, 'Kategori')).toBeFocused();
  await chooseByKeyboard(page, 'PBI', 'PBI-JK nonaktif');
  await expect(field(page, 'Kategori')).toHaveValue('PBI-JK nonaktif');
  await page.keyboard.press('Tab');
  await expect(field(page, 'Uraian')).toBeFocused();
  await page.keyboard.type(
    'Kartu KIS (PBI-JK) tidak aktif saat berobat ke puskesmas; minta diaktifkan kembali.',
  );
  await expect(field(page, 'Kanal')).toHaveValue('Datang langsung');
  await page.screenshot({ path: `${SHOTS}/register-02-case-form.png` });
  await page.keyboard.press('Enter');

  const detail = page.getByTestId('case-detail');
  await expect(detail).toHaveAttribute('data-status', 'DITERIMA');
  caseNumber = (await page.getByTestId('case-number').innerText()).trim();
  expect(caseNumber).toMatch(/^33\.01\.08\/\d{4}\/\d+$/);
  await expect(page.getByTestId('case-header')).toContainText('Keluhan · Pengaduan');
  await expect(page.getByTestId('beneficiary-link')).toHaveText(RESIDENT);
});

test('the petugas moves the case through verification and assessment to a recommendation', async () => {
  const detail = page.getByTestId('case-detail');
  for (const [button, status] of [
    ['Mulai verifikasi', 'VERIFIKASI'],
    ['Mulai asesmen', 'ASESMEN'],
    ['Ajukan ke koordinator', 'REKOMENDASI'],
  ] as const) {
    await page.getByTestId('transition-bar').getByRole('button', { name: button, exact: true }).click();
    await expect(detail).toHaveAttribute('data-status', status);
  }
  // Deciding is the koordinator's: the petugas is not offered it, and the case says who acts next.
  await expect(page.getByRole('button', { name: 'Tetapkan layanan', exact: true })).toHaveCount(0);
  await expect(page.getByTestId('next-actor')).toContainText('Menunggu koordinator');
  await expect(page.getByRole('button', { name: 'Kembalikan ke asesmen' })).toBeVisible();
  await signOut(page);
});

test('the koordinator decides, refers to BPJS Kesehatan and downloads the letter', async () => {
  await signIn(page, KOORD.username, KOORD.password);
  await expect(page.getByTestId('dashboard')).toBeVisible();
  const byStatus = page.getByTestId('open-by-status');
  const recommended = byStatus.getByRole('link', { name: /Rekomendasi/ });
  await expect(recommended).toContainText('1');
  await tallShot(page, `${SHOTS}/register-05-beranda.png`);
  await recommended.click();
  await expect(page.getByTestId('case-count')).toHaveText('1 kasus');
  await page
    .getByTestId('case-list')
    .getByRole('row', { name: new RegExp(RESIDENT) })
    .click();

  const detail = page.getByTestId('case-detail');
  await page.getByRole('button', { name: 'Tetapkan layanan', exact: true }).click();
  // The penetapan records the decision itself; an empty one is refused in the dialog.
  const decide = page.getByRole('dialog');
  await decide.getByRole('button', { name: 'Ubah status' }).click();
  await expect(decide).toContainText('Isi keputusannya (minimal 3 karakter).');
  await field(page, 'Keputusan').fill('Diusulkan aktivasi kembali PBI-JK melalui rujukan ke BPJS Kesehatan.');
  await page.keyboard.press('Enter');
  await expect(decide).toBeHidden();
  await expect(detail).toHaveAttribute('data-status', 'DITETAPKAN');
  await expect(page.getByTestId('case-decision')).toContainText('Diusulkan aktivasi kembali PBI-JK');
  await page.getByRole('button', { name: 'Buat rujukan' }).click();
  const dialog = page.getByRole('dialog');
  await chooseByKeyboard(page, 'BPJS', 'BPJS Kesehatan (aktivasi PBI)');
  await expect(field(page, 'Tujuan rujukan')).toHaveValue('BPJS Kesehatan (aktivasi PBI)');
  await field(page, 'Alasan rujukan').fill(
    'Mohon aktivasi kembali kepesertaan PBI-JK; warga terdaftar DTSEN desil 2.',
  );
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(detail).toHaveAttribute('data-status', 'DIRUJUK');
  await expect(page.getByTestId('followups-card')).toContainText('Jatuh tempo');

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Unduh surat rujukan (PDF)' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/\.pdf$/);
  const pdf = join(mkdtempSync(join(tmpdir(), 'surat-')), download.suggestedFilename());
  await download.saveAs(pdf);
  const text = await pdfText(readFileSync(pdf), pdf);
  expect(text).toContain(caseNumber);
  expect(text).toContain('BPJS Kesehatan');
  expect(text).toContain(RESIDENT);

  // The referral is listed under Rujukan, and its row leads back to the case.
  await page.keyboard.press('Alt+4');
  await expect(page.getByTestId('referral-count')).toHaveText('1 rujukan');
  await page
    .getByTestId('referral-list')
    .getByRole('row', { name: new RegExp(RESIDENT) })
    .click();
  await expect(page.getByTestId('case-number')).toHaveText(caseNumber);
});

test('the outcome is recorded and the case is closed', async () => {
  const detail = page.getByTestId('case-detail');
  await recordReferralOutcome(page, 'Diterima', 'Diterima program');

  await page
    .getByTestId('transition-bar')
    .getByRole('button', { name: 'Selesaikan kasus', exact: true })
    .click();
  await page.keyboard.type('Kartu KIS aktif kembali, dikonfirmasi warga.');
  await page.keyboard.press('Enter');
  await expect(detail).toHaveAttribute('data-status', 'SELESAI');
  await expect(page.getByTestId('transition-bar')).toHaveCount(0);
  const timeline = page.getByTestId('case-timeline');
  await expect(timeline).toContainText('Rekomendasi → Ditetapkan');
  await expect(timeline).toContainText('Bambang Koordinator (Koordinator)');
  await expect(timeline).toContainText('Rina Petugas (Petugas)');
  await page.reload();
  await expect(page.getByTestId('case-timeline')).toBeVisible();
  await tallShot(page, `${SHOTS}/register-03-case-detail.png`);
});

test('Warga finds the person by a name fragment and by a NIK prefix', async () => {
  await page.keyboard.press('Alt+2');
  const search = field(page, 'Cari warga');
  await expect(search).toBeFocused();
  const list = page.getByTestId('person-list');
  await expect(page.getByTestId('person-count')).toHaveText('11 warga');
  await page.keyboard.type('kusuma');
  await expect(page.getByTestId('person-count')).toHaveText('1 warga');
  await expect(list.getByRole('row', { name: new RegExp(RESIDENT) })).toContainText(GOOD_NIK);
  await search.fill(GOOD_NIK.slice(0, 9));
  await expect(page.getByTestId('person-count')).toHaveText('1 warga');
  await search.fill('3301');
  await expect(page.getByTestId('person-count')).toHaveText('11 warga');
  await dismissToasts(page);
  await page.screenshot({ path: `${SHOTS}/register-04-warga-list.png` });

  // Into the list with ↓ and open with Enter.
  await search.fill(RESIDENT.slice(0, 5));
  await expect(page.getByTestId('person-count')).toHaveText('1 warga');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  const person = page.getByTestId('person-detail');
  await expect(person.getByRole('heading', { name: RESIDENT })).toBeVisible();
  await expect(page.getByTestId('household-card')).toContainText(NO_KK);
  await expect(page.getByTestId('person-cases')).toContainText(caseNumber);
  await expect(page.getByRole('button', { name: 'Ekspor data warga (PDF/JSON)' })).toBeVisible();
  await tallShot(page, `${SHOTS}/register-06-person-detail.png`);
});

test('registering the same NIK again uses the person already registered', async () => {
  // Typed in the search: the exact NIK is picked with Enter.
  await page.keyboard.press('Alt+N');
  await expect(page.getByTestId('find-person')).toBeFocused();
  await page.keyboard.type(GOOD_NIK);
  await expect(page.getByRole('option', { name: new RegExp(RESIDENT) })).toHaveAttribute(
    'aria-selected',
    'true',
  );
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('picked-person')).toContainText(RESIDENT);

  // Typed into a new registration: the NIK is recognised as it is typed, and Enter uses that person.
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('find-person')).toHaveValue(GOOD_NIK);
  await page.keyboard.press('Escape');
  await page.keyboard.type('Ratna K');
  // Her name matches: Enter would open her; a new registration is the explicit Alt+B.
  await expect(page.getByRole('option', { name: new RegExp(RESIDENT) })).toHaveAttribute(
    'aria-selected',
    'true',
  );
  await page.keyboard.press('Alt+B');
  await expect(page.getByTestId('nik-input')).toBeFocused();
  await expect(field(page, 'Nama lengkap')).toHaveValue('Ratna K');
  await page.keyboard.type(GOOD_NIK);
  await expect(page.getByTestId('nik-match')).toContainText(RESIDENT);
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('picked-person')).toContainText(RESIDENT);
  await expect(page.getByTestId('picked-person')).toContainText(GOOD_NIK);
});

test('a resident without a NIK is allowed, and a similar name born the same day in the same desa is offered first', async () => {
  // Alt+N inside the intake starts it over for the next walk-in.
  await page.keyboard.press('Alt+N');
  await expect(page.getByTestId('find-person')).toBeFocused();
  await expect(page.getByTestId('find-person')).toHaveValue('');
  await page.keyboard.type('Budi Hartana');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('nik-input')).toBeFocused();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Space');
  await expect(page.getByTestId('nik-input')).toBeDisabled();
  await expect(page.getByTestId('disdukcapil-hint')).toContainText('belum punya NIK');
  await page.keyboard.press('Tab');
  await page.keyboard.press('l'); // Laki-laki, and on to the birth date
  await expect(page.getByRole('radio', { name: 'Laki-laki' })).toBeChecked();
  await expect(field(page, 'Tanggal lahir')).toBeFocused();
  await page.keyboard.type('14031975');
  await page.keyboard.press('Tab');
  await expect(field(page, 'Nama lengkap')).toHaveValue('Budi Hartana');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('radio', { name: 'Keluarga baru' })).toBeFocused();
  await page.keyboard.press('3');
  await expect(page.getByRole('radio', { name: 'Belum ada KK' })).toBeChecked();
  await chooseByKeyboard(page, 'Tritih Wetan', 'Tritih Wetan (33.01.08.2001)');
  await page.keyboard.press('Enter');

  // Budi Hartono, born 14-03-1975 in Tritih Wetan, is already registered: shown before anything is saved.
  const candidates = page.getByTestId('similar-candidates');
  await expect(candidates.getByRole('option', { name: /Budi Hartono/ })).toHaveAttribute(
    'aria-selected',
    'true',
  );
  await expect(candidates.getByRole('listbox')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('picked-person')).toContainText('Budi Hartono');
  await signOut(page);
});

test('a pengamat sees the register without any write control, and the core refuses writes', async () => {
  await signIn(page, VIEWER.username, VIEWER.password);
  await expect(page.getByTestId('dashboard')).toBeVisible();
  await expect(page.getByRole('link', { name: /Layanan baru/ })).toHaveCount(0);
  await page.keyboard.press('Alt+2');
  await page.keyboard.type(RESIDENT);
  await page
    .getByTestId('person-list')
    .getByRole('row', { name: new RegExp(RESIDENT) })
    .click();
  await expect(page.getByTestId('person-detail')).toBeVisible();
  for (const name of [
    'Catat layanan untuk warga ini',
    'Ekspor data warga (PDF/JSON)',
    'Tambah PPKS',
    'Tambah program',
  ]) {
    await expect(page.getByRole('button', { name })).toHaveCount(0);
  }
  await page.getByTestId('person-cases').getByRole('link', { name: caseNumber }).click();
  await expect(page.getByTestId('case-detail')).toBeVisible();
  await expect(page.getByTestId('transition-bar')).toHaveCount(0);
  for (const name of ['Catat hasil', 'Buat rujukan', 'Simpan catatan', 'Tambah tindak lanjut']) {
    await expect(page.getByRole('button', { name })).toHaveCount(0);
  }
  await page.keyboard.press('Alt+N');
  await expect(page.getByTestId('case-detail')).toBeVisible();

  const refused = await pageCall(page, host, 'cases.addNote', {
    id: (await page.getByTestId('case-detail').getAttribute('data-case-id')) ?? '',
    note: 'Catatan yang tidak boleh tersimpan',
  });
  expect(refused.ok).toBe(false);
  if (!refused.ok) expect(refused.error.code).toBe('FORBIDDEN');
  const refusedPerson = await pageCall(page, host, 'persons.create', {
    person: { name: 'Orang Penyusup', sex: 'L', desaCode: '33.01.08.2004' },
  });
  expect(refusedPerson.ok).toBe(false);
  if (!refusedPerson.ok) expect(refusedPerson.error.code).toBe('FORBIDDEN');
});
