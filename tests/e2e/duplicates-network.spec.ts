// Duplicates across the network (issue 17): two kecamatan send the same resident to Dinsos, Dinsos decides the pair by
// keyboard, each kecamatan sees the link after its return bundle; the health board shows a silent office and a gap.
import { expect, test, type Page } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { hostCallOk, JERUKLEGI, setUpOffice, type OfficeSetup, type StaffUser } from './support/api.ts';
import { exportThroughKirim, importThroughTerima } from './support/bundle-ui.ts';
import { nik } from './support/register-data.ts';
import {
  DIN_ADMIN,
  joinNetwork,
  KEC_ADMIN,
  KEC_PETUGAS,
  openSignedIn,
  openSyncTab,
  sessionOf,
  setUpDinsos,
} from './support/sync-offices.ts';
import { signIn, signOut } from './support/ui.ts';
import { startWebHost, type RunningHost } from './support/web-host.ts';

const KAWUNGANTEN: OfficeSetup = {
  officeType: 'kecamatan',
  regionCode: '33.01.09',
  name: 'Kecamatan Kawunganten',
  address: 'Jl. Raya Kawunganten No. 2, Cilacap',
};
/** Enrolled at Dinsos, never sends: the board's silent office. */
const GANDRUNGMANGU: OfficeSetup = {
  officeType: 'kecamatan',
  regionCode: '33.01.10',
  name: 'Kecamatan Gandrungmangu',
  address: 'Jl. Raya Gandrungmangu No. 3, Cilacap',
};
const DINSOS = 'Dinas Sosial Kabupaten Cilacap';
/** Each kecamatan's own admin (KEC_ADMIN is Jeruklegi's). */
const KAW_ADMIN: StaffUser = { ...KEC_ADMIN, fullName: 'Admin Kawunganten' };
const GAN_ADMIN: StaffUser = { ...KEC_ADMIN, fullName: 'Admin Gandrungmangu' };
const BIRTH = '1961-06-21';
/** One resident's NIK (synthetic), kept on her KTP when she moved from Jeruklegi to Kawunganten. */
const NIK = nik('P', BIRTH, 31);

let din: RunningHost;
let jer: RunningHost;
let kaw: RunningHost;
let files: string;
const resident = { jer: '', kaw: '' };

/** Registers a resident at `host` as its petugas (by default the one who moved, as that office's clerk wrote her name). */
async function register(
  host: RunningHost,
  name: string,
  desa: string,
  noKk: string,
  personNik = NIK,
): Promise<string> {
  const session = await sessionOf(host, KEC_PETUGAS);
  const created = await hostCallOk(
    host,
    'persons.create',
    {
      person: { nik: personNik, name, sex: 'P', birthDate: BIRTH, desaCode: desa },
      newHousehold: { noKk, desaCode: desa, address: 'Dusun Kidul RT 1' },
    },
    session,
  );
  await hostCallOk(host, 'auth.signOut', {}, session);
  return created.id;
}

/** A kecamatan with its admin and petugas, enrolled at Dinsos. */
async function enrolledKecamatan(host: RunningHost, office: OfficeSetup, admin: StaffUser): Promise<void> {
  await setUpOffice(host, admin, [KEC_PETUGAS], office);
  await joinNetwork(host, admin, din, DIN_ADMIN);
}

test.beforeAll(async () => {
  test.setTimeout(180_000);
  // One host at a time: four starting together on a loaded machine outrun the start timeout.
  din = await startWebHost();
  jer = await startWebHost();
  kaw = await startWebHost();
  files = mkdtempSync(join(tmpdir(), 'puskesos-dup-network-'));
  await setUpDinsos(din, DIN_ADMIN, []);
  await enrolledKecamatan(jer, JERUKLEGI, KEC_ADMIN);
  await enrolledKecamatan(kaw, KAWUNGANTEN, KAW_ADMIN);
  // Gandrungmangu enrolls and is never heard of again: its host is gone before the story starts.
  const silent = await startWebHost();
  await enrolledKecamatan(silent, GANDRUNGMANGU, GAN_ADMIN);
  await silent.stop();
  resident.jer = await register(jer, 'Suminah Wiryo', '33.01.08.2001', '3301082106610031');
  resident.kaw = await register(kaw, 'Soeminah Wirjo', '33.01.09.2001', '3301092106610031');
});

test.afterAll(async () => {
  await Promise.all([din?.stop(), jer?.stop(), kaw?.stop()]);
  if (files) rmSync(files, { recursive: true, force: true });
});

test('two kecamatan send one resident; Dinsos decides by keyboard; the link reaches both; the board shows silence and a gap', async ({
  browser,
}) => {
  // Four offices' worth of screens, bundle rounds both ways and a scan, on a shared machine.
  test.setTimeout(420_000);
  const jerPage = await openSignedIn(browser, jer, KEC_ADMIN);
  const kawPage = await openSignedIn(browser, kaw, KAW_ADMIN);
  const dinPage = await openSignedIn(browser, din, DIN_ADMIN);

  // Jeruklegi exports once. Kawunganten exports, the stick is lost, a new resident is registered, it exports again.
  await openSyncTab(jerPage, 'Ringkasan');
  const [fromJer = ''] = await exportThroughKirim(jerPage, files, [DINSOS]);
  await openSyncTab(kawPage, 'Ringkasan');
  const [lost = ''] = await exportThroughKirim(kawPage, files, [DINSOS]);
  await register(kaw, 'Darsih', '33.01.09.2002', '3301092106610099', nik('P', BIRTH, 99));
  const [fromKaw = ''] = await exportThroughKirim(kawPage, files, [DINSOS], [basename(lost)]);
  expect(basename(lost)).toMatch(/_000001_/);
  expect(basename(fromKaw)).toMatch(/_000002_/);

  // Dinsos imports both through Terima.
  await openSyncTab(dinPage, 'Kotak masuk');
  await importThroughTerima(dinPage, [fromJer, fromKaw]);

  // The review queue finds one pair once scanned: the same NIK at two offices.
  await dinPage.keyboard.press('Alt+2');
  await dinPage.getByRole('link', { name: 'Data ganda' }).click();
  const queue = dinPage.getByTestId('duplicate-queue');
  await queue.getByRole('button', { name: 'Pindai seluruh register' }).click();
  await expect(queue.getByTestId('duplicate-scan-outcome')).toContainText('1 kandidat', { timeout: 60_000 });

  // The health board: Gandrungmangu, enrolled today, has not sent yet (awaited, not overdue); Kawunganten's bundle
  // no. 1 never arrived; one pair waits for each.
  await openSyncTab(dinPage, 'Kesehatan kantor');
  const board = dinPage.getByTestId('health-board');
  const row = (office: OfficeSetup) => board.getByRole('row').filter({ hasText: office.name });
  await expect(row(GANDRUNGMANGU).getByTestId('office-awaiting')).toHaveText('menunggu kiriman pertama');
  await expect(row(GANDRUNGMANGU).getByTestId('office-silent')).toHaveCount(0);
  await expect(row(KAWUNGANTEN).getByTestId('office-missing')).toHaveText('no. 1');
  await expect(row(KAWUNGANTEN).getByTestId('office-silent')).toHaveCount(0);
  await expect(row(JERUKLEGI).getByTestId('office-missing')).toHaveCount(0);
  await expect(row(JERUKLEGI).getByTestId('office-silent')).toHaveCount(0);
  const pending = (office: OfficeSetup) => row(office).getByRole('link', { name: /^\d+$/ });
  await expect(pending(KAWUNGANTEN)).toHaveText('1');

  // Jeruklegi's figure opens the queue for its residents; the pair is decided by keyboard, its record primary.
  await pending(JERUKLEGI).click();
  await expect(dinPage.getByText(`Hanya ${JERUKLEGI.name}`)).toBeVisible();
  await expect(queue.getByTestId('duplicate-position')).toHaveText('Pasangan 1 dari 1');
  await expect(queue.getByTestId('duplicate-reasons')).toContainText('NIK sama');
  await expect(queue).toContainText(KAWUNGANTEN.name);
  await queue.getByTestId('duplicate-position').click();
  await dinPage.keyboard.press('r');
  await dinPage.keyboard.type('NIK sama, pindah dari Jeruklegi ke Kawunganten');
  await dinPage.keyboard.press('Escape');
  const jerSide = resident.jer < resident.kaw ? '1' : '2';
  await dinPage.keyboard.press(jerSide);
  await expect(queue.getByTestId(`duplicate-side-${jerSide === '1' ? 'A' : 'B'}`)).toHaveAttribute(
    'data-primary',
    'true',
  );
  await dinPage.keyboard.press('s');
  await expect(dinPage.getByTestId('duplicate-last')).toContainText('orang yang sama');
  await expect(dinPage.getByTestId('duplicate-queue-empty')).toBeVisible();

  // The lost stick turns up: its bundle is applied late, and the gap closes.
  await openSyncTab(dinPage, 'Kotak masuk');
  await importThroughTerima(dinPage, [lost]);
  await openSyncTab(dinPage, 'Kesehatan kantor');
  await expect(row(KAWUNGANTEN)).toBeVisible();
  await expect(row(KAWUNGANTEN).getByTestId('office-missing')).toHaveCount(0);
  await expect(pending(KAWUNGANTEN)).toHaveCount(0);
  await expect(row(GANDRUNGMANGU).getByTestId('office-awaiting')).toBeVisible();

  // Dinsos's return bundles, each imported through Terima at its kecamatan: the resident's page shows the link.
  await openSyncTab(dinPage, 'Kotak masuk');
  const [toJer = '', toKaw = ''] = await exportThroughKirim(dinPage, files, [
    JERUKLEGI.name,
    KAWUNGANTEN.name,
  ]);
  const sees = async (page: Page, own: string, other: string, office: OfficeSetup): Promise<void> => {
    await page.evaluate((id) => {
      window.location.hash = `#/warga/${id}`;
    }, own);
    const links = page.getByTestId('person-links');
    await expect(links).toContainText(`Juga terdaftar di ${office.name}`);
    await expect(links).toContainText(other);
  };
  await importThroughTerima(jerPage, [toJer]);
  await sees(jerPage, resident.jer, resident.kaw, KAWUNGANTEN);
  await importThroughTerima(kawPage, [toKaw]);
  await sees(kawPage, resident.kaw, resident.jer, JERUKLEGI);
  await expect(kawPage.getByTestId('person-links')).toContainText('data itu dipilih sebagai data utama');

  // At Kawunganten's front desk, the NIK typed for a new registration warns that she is registered next door.
  await signOut(kawPage);
  await signIn(kawPage, KEC_PETUGAS.username, KEC_PETUGAS.password);
  await expect(kawPage.getByTestId('status-bar')).toBeVisible();
  await kawPage.evaluate(() => {
    window.location.hash = '#/layanan/baru';
  });
  await kawPage
    .getByRole('button', { name: /Daftarkan warga baru/ })
    .first()
    .click();
  await kawPage.getByTestId('nik-input').fill(NIK);
  await expect(kawPage.getByTestId('nik-match')).toBeVisible();
  await expect(kawPage.getByTestId('person-links')).toContainText(`Juga terdaftar di ${JERUKLEGI.name}`);

  // Jeruklegi's next bundle acknowledges Dinsos's return bundle; Kawunganten's acknowledgement is still to come.
  await openSyncTab(jerPage, 'Ringkasan');
  const [ack = ''] = await exportThroughKirim(jerPage, files, [DINSOS], [basename(fromJer)]);
  await openSyncTab(dinPage, 'Kotak masuk');
  await importThroughTerima(dinPage, [ack]);
  await openSyncTab(dinPage, 'Kesehatan kantor');
  const unacknowledged = (office: OfficeSetup) => row(office).getByRole('cell').nth(3);
  await expect(unacknowledged(JERUKLEGI)).toHaveText('0');
  await expect(unacknowledged(KAWUNGANTEN)).toHaveText('1');

  await Promise.all([jerPage, kawPage, dinPage].map((p) => p.context().close()));
});
