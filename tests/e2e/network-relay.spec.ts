// The three-level network (issue 15) through the web host: a desa Puskesos's walk-in and referral reach its kecamatan,
// whose TKSK records the outcome; Dinsos receives both through the kecamatan, and the desa gets the outcome back.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { hostCallOk, setUpOffice, type StaffUser } from './support/api.ts';
import { enrollAtDinsos, sendNetworkFile } from './support/enrollment.ts';
import { nik } from './support/register-data.ts';
import {
  DIN_ADMIN,
  exportBundlesFor,
  fingerprintIn,
  importBundleFile,
  KEC_ADMIN,
  openSignedIn,
  openSyncTab,
  sessionOf,
  setUpDinsos,
} from './support/sync-offices.ts';
import { chooseByKeyboard, field } from './support/ui.ts';
import { recordReferralOutcome, registerWalkIn } from './support/walk-in.ts';
import { startWebHost, type RunningHost } from './support/web-host.ts';

test.describe.configure({ mode: 'serial' });

const staff = (username: string, fullName: string, role: StaffUser['role']): StaffUser => ({
  username,
  fullName,
  password: `rahasia-${username}-1`,
  role,
});
const DESA = 'Puskesos Desa Brebeg';
const DESA_ADMIN = staff('admin', 'Admin Puskesos Brebeg', 'admin');
const DESA_PETUGAS = staff('lestari', 'Lestari Petugas Desa', 'petugas');
const DESA_KOORD = staff('harno', 'Harno Koordinator Desa', 'koordinator');
const KEC_TKSK = staff('wahyu', 'Wahyu TKSK', 'tksk');
const RESIDENT = 'Partini Lestari';

let desa: RunningHost;
let kec: RunningHost;
let din: RunningHost;
let files: string;
let desaPage: Page;
let kecPage: Page;
let dinPage: Page;
let caseNumber = '';
let caseId = '';
/** The kecamatan's bundles: for Dinsos (the desa's batch relayed, and the outcome) and for the desa (the outcome). */
let toDinsos = '';
let toDesa = '';

/** Opens the case from the Layanan list (Alt+3) by its resident, and checks it is the one registered at the desa. */
async function openCaseFromList(page: Page): Promise<void> {
  await page.keyboard.press('Alt+3');
  const row = page.getByTestId('case-list').getByRole('row', { name: new RegExp(RESIDENT) });
  await expect(row).toContainText(caseNumber);
  await row.click();
  await expect(page.getByTestId('case-number')).toHaveText(caseNumber);
}

/** A card of the Sinkronisasi Ringkasan, by its name. */
const peerCard = (page: Page, name: string): Locator => page.locator(`[aria-label="${name}"]`);

/** The desa's card for its changes relayed to Dinsos, confirmed end to end by Dinsos's own batch. */
const throughToDinsos = (): Locator => peerCard(desaPage, 'Sampai ke Dinas Sosial Kabupaten Cilacap');

/**
 * Dinsos's admin places the desa under its kecamatan on Sinkronisasi → Kantor: the select offers Dinsos and the
 * kecamatan containing the desa; the change saves at once and asks for the network file.
 */
async function placeDesaUnderKecamatan(page: Page): Promise<void> {
  await openSyncTab(page, /^Kantor$/);
  const under = page.getByLabel(`Di bawah — ${DESA}`);
  await expect(under).toHaveValue('dinsos');
  await expect(under.locator('option')).toHaveText(['Langsung ke Dinsos', 'Kecamatan Jeruklegi']);
  await under.selectOption({ label: 'Kecamatan Jeruklegi' });
  await expect(page.getByTestId('placement-export-reminder')).toContainText('Unduh file jaringan sekarang');
  await expect(under).toBeEnabled();
  await expect(under.locator('option:checked')).toHaveText('Kecamatan Jeruklegi');
}

test.beforeAll(async ({ browser }) => {
  test.setTimeout(120_000);
  [desa, kec, din] = await Promise.all([startWebHost(), startWebHost(), startWebHost()]);
  files = mkdtempSync(join(tmpdir(), 'puskesos-relay-e2e-'));
  await Promise.all([
    setUpOffice(desa, DESA_ADMIN, [DESA_PETUGAS, DESA_KOORD], {
      officeType: 'desa',
      regionCode: '33.01.08.2004',
      name: DESA,
      address: 'Balai Desa Brebeg, Jeruklegi, Cilacap',
    }),
    setUpOffice(kec, KEC_ADMIN, [KEC_TKSK]),
    setUpDinsos(din, DIN_ADMIN, []),
  ]);
  const dinsos = { host: din, admin: DIN_ADMIN };
  const kecamatan = { host: kec, admin: KEC_ADMIN };
  const puskesos = { host: desa, admin: DESA_ADMIN };
  await enrollAtDinsos(kecamatan, dinsos);
  await enrollAtDinsos(puskesos, dinsos);
  dinPage = await openSignedIn(browser, din, DIN_ADMIN);
  await placeDesaUnderKecamatan(dinPage);
  await sendNetworkFile(dinsos, [kecamatan, puskesos]);
});

test.afterAll(async () => {
  await Promise.all([desa?.stop(), kec?.stop(), din?.stop()]);
  if (files) rmSync(files, { recursive: true, force: true });
});

test('the desa Puskesos registers a walk-in, refers her case and exports to its kecamatan', async ({
  browser,
}) => {
  test.setTimeout(180_000);
  desaPage = await openSignedIn(browser, desa, DESA_PETUGAS);
  caseNumber = await registerWalkIn(desaPage, {
    nik: nik('P', '1971-04-16', 52),
    name: RESIDENT,
    noKk: '3301081604710052',
    desa: ['Brebeg', 'Brebeg (33.01.08.2004)'],
    address: 'Dusun Kalisari RT 1 RW 2',
    category: ['PBI', 'PBI-JK nonaktif'],
    description: 'Kartu KIS tidak aktif saat berobat; minta diaktifkan kembali (uji jaringan).',
  });
  caseId = /#\/layanan\/([0-9a-f-]+)/.exec(desaPage.url())?.[1] ?? '';
  expect(caseId).not.toBe('');

  // Verification, assessment and the koordinator's decision are the register spec's: here through the contract.
  const petugas = await sessionOf(desa, DESA_PETUGAS);
  for (const to of ['VERIFIKASI', 'ASESMEN', 'REKOMENDASI'] as const)
    await hostCallOk(desa, 'cases.transition', { id: caseId, to }, petugas);
  const koord = await sessionOf(desa, DESA_KOORD);
  await hostCallOk(
    desa,
    'cases.transition',
    { id: caseId, to: 'DITETAPKAN', reason: 'Diusulkan aktivasi kembali PBI-JK melalui BPJS Kesehatan.' },
    koord,
  );

  // The petugas refers the case through the UI.
  await desaPage.reload();
  const detail = desaPage.getByTestId('case-detail');
  await expect(detail).toHaveAttribute('data-status', 'DITETAPKAN');
  await desaPage.getByRole('button', { name: 'Buat rujukan' }).click();
  await chooseByKeyboard(desaPage, 'BPJS', 'BPJS Kesehatan (aktivasi PBI)');
  await field(desaPage, 'Alasan rujukan').fill('Mohon aktivasi kembali kepesertaan PBI-JK warga Brebeg.');
  await desaPage.keyboard.press('Enter');
  await expect(desaPage.getByRole('dialog')).toBeHidden();
  await expect(detail).toHaveAttribute('data-status', 'DIRUJUK');

  // The desa sends to its kecamatan only: Dinsos is reached through it.
  const [bundle = ''] = await exportBundlesFor(desaPage, ['Kecamatan Jeruklegi'], files);

  kecPage = await openSignedIn(browser, kec, KEC_TKSK);
  expect(await importBundleFile(kecPage, bundle)).toContain('diterapkan');
  // The kecamatan's Ringkasan lists its desa office beside Dinsos, with the bundle just received from it.
  await expect(peerCard(kecPage, DESA).getByTestId('sync-last-received')).not.toHaveText('Belum pernah');
  await expect(peerCard(kecPage, 'Dinas Sosial Kabupaten Cilacap')).toBeVisible();
  // Its desa list: the desa's batch applied here and held for Dinsos, not sent on yet.
  const desaRow = kecPage.getByTestId('downstream-offices').getByRole('row', { name: new RegExp(DESA) });
  await expect(desaRow.getByTestId('downstream-last-batch')).toContainText('ke-1');
  await expect(desaRow.getByTestId('downstream-held-up')).toContainText('belum dikirim');
});

test("the kecamatan's TKSK sees the desa's case, records the referral's outcome and exports", async () => {
  test.setTimeout(120_000);
  await openCaseFromList(kecPage);
  const detail = kecPage.getByTestId('case-detail');
  await expect(detail).toHaveAttribute('data-status', 'DIRUJUK');
  await recordReferralOutcome(kecPage, 'Diterima', 'Diterima program');
  // One export writes a bundle up to Dinsos and one down to the desa.
  [toDinsos = '', toDesa = ''] = await exportBundlesFor(
    kecPage,
    ['Dinas Sosial Kabupaten Cilacap', DESA],
    files,
  );
});

test('Dinsos imports the kecamatan’s bundle and sees the case with its outcome', async () => {
  test.setTimeout(120_000);
  expect(await importBundleFile(dinPage, toDinsos, 'Kotak masuk')).toContain('diterapkan');
  await openCaseFromList(dinPage);
  await expect(dinPage.getByTestId('case-detail')).toHaveAttribute('data-status', 'MENUNGGU_TINDAK_LANJUT');
  await expect(dinPage.getByTestId('referrals-card')).toContainText('Diterima program');
});

test('the desa receives the outcome through its kecamatan', async () => {
  test.setTimeout(120_000);
  expect(await importBundleFile(desaPage, toDesa)).toContain('diterapkan');
  // The kecamatan's bundle confirmed the desa's first one.
  await expect(peerCard(desaPage, 'Kecamatan Jeruklegi').getByTestId('sync-confirmed')).toContainText(
    'sampai paket ke-1',
  );
  // The kecamatan holding the desa's changes is not Dinsos holding them.
  await expect(throughToDinsos().getByTestId('e2e-confirmed')).toHaveText('Belum pernah');
  await openCaseFromList(desaPage);
  await expect(desaPage.getByTestId('case-detail')).toHaveAttribute('data-status', 'MENUNGGU_TINDAK_LANJUT');
  await expect(desaPage.getByTestId('referrals-card')).toContainText('Diterima program');
});

test("Dinsos's confirmation travels down through the kecamatan: the desa sees Dinsos itself holds its changes", async () => {
  test.setTimeout(120_000);
  // Dinsos sends to the kecamatan only; its batch for the desa rides in that bundle.
  const [down = ''] = await exportBundlesFor(dinPage, ['Kecamatan Jeruklegi'], files, 'Kotak masuk');
  expect(await importBundleFile(kecPage, down)).toContain('diterapkan');
  const [, relayed = ''] = await exportBundlesFor(kecPage, ['Dinas Sosial Kabupaten Cilacap', DESA], files);
  expect(await importBundleFile(desaPage, relayed)).toContain('diterapkan');
  await expect(throughToDinsos().getByTestId('e2e-confirmed')).toContainText('sampai kumpulan ke-1');
});

test("a second desa's enrollment request travels up through its kecamatan; Dinsos accepts it by fingerprint on Kantor", async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const NEW_DESA = 'Puskesos Desa Sawangrejo';
  const newDesa = await startWebHost();
  try {
    const admin = staff('admin', 'Admin Puskesos Sawangrejo', 'admin');
    await setUpOffice(newDesa, admin, [], {
      officeType: 'desa',
      regionCode: '33.01.08.2005',
      name: NEW_DESA,
      address: 'Balai Desa Sawangrejo, Jeruklegi, Cilacap',
    });
    // The TKSK brings the desa the network file: its request then names Kecamatan Jeruklegi as its route.
    await sendNetworkFile({ host: din, admin: DIN_ADMIN }, [{ host: newDesa, admin }]);
    const session = await sessionOf(newDesa, admin);
    const request = await hostCallOk(newDesa, 'trust.enrollmentRequest', {}, session);
    expect(request.viaName).toBe('Kecamatan Jeruklegi');
    const requestFile = join(files, request.file.fileName);
    writeFileSync(requestFile, Buffer.from(request.file.base64, 'base64'));

    // The kecamatan's admin receives the file on Pendaftaran & kunci; it waits to ride in the next bundle.
    const kecAdmin = await openSignedIn(browser, kec, KEC_ADMIN);
    await openSyncTab(kecAdmin, /Pendaftaran/);
    const card = kecAdmin.getByRole('region', { name: 'Permintaan pendaftaran Puskesos desa' });
    await card.locator('input[type=file]').setInputFiles(requestFile);
    const held = card.getByTestId('relayed-enrollments').getByRole('row', { name: new RegExp(NEW_DESA) });
    await expect(held).toContainText('Belum dikirim');
    await expect(held).toContainText(request.fingerprint);
    // (Dinsos's batch for Brebeg, not yet confirmed by it, still goes down too.)
    const [up = ''] = await exportBundlesFor(kecAdmin, ['Dinas Sosial Kabupaten Cilacap', DESA], files);

    // Dinsos: pending "lewat Kecamatan Jeruklegi", reviewed in the acceptance card with the same phone comparison.
    expect(await importBundleFile(dinPage, up, 'Kotak masuk')).toContain('diterapkan');
    await openSyncTab(dinPage, /^Kantor$/);
    const pending = dinPage
      .getByRole('region', { name: 'Permintaan pendaftaran lewat kecamatan' })
      .getByRole('row', { name: new RegExp(NEW_DESA) });
    await expect(pending).toContainText('lewat Kecamatan Jeruklegi');
    await expect(pending).toContainText('Menunggu pemeriksaan');
    await pending.getByRole('button', { name: 'Periksa' }).click();
    const preview = dinPage.getByTestId('enrollment-preview');
    await expect(preview).toContainText('Permintaan ini tiba lewat Kecamatan Jeruklegi');
    expect(await fingerprintIn(preview)).toBe(request.fingerprint);
    await preview.getByRole('button', { name: 'Sidik jari sama — terima' }).click();
    await expect(dinPage.getByTestId('enrollment-done')).toContainText(
      'Ditempatkan di bawah Kecamatan Jeruklegi',
    );
    await expect(pending).toBeHidden();
    await kecAdmin.close();
  } finally {
    await newDesa.stop();
  }
});
