// Sync through the web host: enroll a kecamatan at its Dinsos, export and import a bundle, see the case, resolve a conflict.
import { expect, test, type Page } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { hostCallOk, setUpOffice, type StaffUser } from './support/api.ts';
import { carryOnScreen } from './support/carry-screens.ts';
import { dtsenRequest, nik } from './support/register-data.ts';
import {
  DIN_ADMIN,
  downloadVia,
  fingerprintIn,
  KEC_ADMIN,
  KEC_PETUGAS,
  openSignedIn,
  openSyncTab,
  sessionOf,
  setUpDinsos,
} from './support/sync-offices.ts';
import { dismissToasts, field, pickByTyping, tallShot } from './support/ui.ts';
import { startWebHost, type RunningHost } from './support/web-host.ts';

const SHOTS = 'tests/artifacts/screenshots';
const DIN_PETUGAS: StaffUser = {
  username: 'yanti',
  fullName: 'Yanti Dinsos',
  password: 'rahasia-yanti-1',
  role: 'petugas',
};
const RESIDENT = 'Sri Wahyuni';

let kec: RunningHost;
let din: RunningHost;
let files: string;
let kecPage: Page;
let dinPage: Page;

/** Export at the kecamatan through the UI, download the bundle, upload it at Dinsos; returns Dinsos's result text. */
const carryBundle = (): Promise<string> =>
  carryOnScreen(
    { page: kecPage, tab: 'Ringkasan' },
    { page: dinPage, tab: 'Kotak masuk' },
    'Dinas Sosial Kabupaten Cilacap',
    files,
  );

test.beforeAll(async () => {
  [kec, din] = await Promise.all([startWebHost(), startWebHost()]);
  files = mkdtempSync(join(tmpdir(), 'puskesos-sync-e2e-'));
  await Promise.all([setUpOffice(kec, KEC_ADMIN, [KEC_PETUGAS]), setUpDinsos(din, DIN_ADMIN, [DIN_PETUGAS])]);
});

test.afterAll(async () => {
  await Promise.all([kec?.stop(), din?.stop()]);
  rmSync(files, { recursive: true, force: true });
});

test('a kecamatan enrolls, sends its case to Dinsos, and a conflicting edit is resolved at Dinsos', async ({
  browser,
}) => {
  // Two offices, two bundle rounds and a conflict on a shared machine: past 90 s under load, with every step green.
  test.setTimeout(180_000);
  kecPage = await openSignedIn(browser, kec, KEC_ADMIN);
  dinPage = await openSignedIn(browser, din, DIN_ADMIN);

  // Enrollment: the kecamatan downloads its request; Dinsos uploads it and shows the same fingerprint.
  await openSyncTab(kecPage, 'Pendaftaran & kunci');
  const keys = kecPage.getByRole('region', { name: 'Sidik jari kantor ini' });
  const kecFingerprint = await fingerprintIn(keys);
  expect(kecFingerprint).toMatch(/^\d{5}( \d{5}){5}$/);
  const request = await downloadVia(
    kecPage,
    keys.getByRole('button', { name: 'Unduh permintaan pendaftaran' }),
    files,
  );

  await openSyncTab(dinPage, /^Kantor$/); // not "Kesehatan kantor"
  const accept = dinPage.getByRole('region', { name: 'Terima pendaftaran kantor' });
  await accept.locator('input[type=file]').setInputFiles(request);
  const preview = accept.getByTestId('enrollment-preview');
  await expect(preview).toContainText('Kecamatan Jeruklegi');
  expect(await fingerprintIn(preview)).toBe(kecFingerprint);
  await accept.getByRole('button', { name: 'Sidik jari sama — terima' }).click();
  await expect(accept.getByTestId('enrollment-done')).toContainText('Kecamatan Jeruklegi terdaftar');
  const network = await downloadVia(
    dinPage,
    dinPage.getByRole('button', { name: 'Unduh file jaringan' }),
    files,
  );
  await expect(dinPage.getByTestId('trusted-offices')).toContainText('Kecamatan Jeruklegi');

  // The network file back to the kecamatan: Dinsos is now trusted, with the fingerprint Dinsos shows.
  const dinFingerprint = await fingerprintIn(dinPage.getByRole('region', { name: 'Sidik jari kantor ini' }));
  await keys.locator('input[type=file]').setInputFiles(network);
  await expect(keys.getByTestId('network-imported')).toContainText(dinFingerprint);
  await expect(keys).toContainText('Terdaftar di Dinas Sosial');

  // Data entry at the kecamatan through the API: a resident and a case.
  const kecSession = await sessionOf(kec, KEC_PETUGAS);
  const person = await hostCallOk(
    kec,
    'persons.create',
    {
      person: {
        nik: nik('P', '1984-06-12', 301),
        name: RESIDENT,
        sex: 'P',
        birthDate: '1984-06-12',
        desaCode: '33.01.08.2001',
      },
      newHousehold: { noKk: '3301082001180301', desaCode: '33.01.08.2001', address: 'Dusun Krajan No. 7' },
    },
    kecSession,
  );
  const created = await dtsenRequest(
    kec,
    person.id,
    'Minta didaftarkan ke DTSEN (data uji sinkronisasi).',
    kecSession,
  );

  // Export at the kecamatan, import at Dinsos, both through the UI.
  await openSyncTab(kecPage, 'Ringkasan');
  await expect(kecPage.getByTestId('sync-pending')).not.toHaveText('0 perubahan');
  await carryBundle();
  const inbox = dinPage.getByTestId('bundles-in');
  await expect(inbox.getByRole('row').nth(1)).toContainText('Kecamatan Jeruklegi');
  await expect(inbox.getByRole('row').nth(1)).toContainText('Diterapkan');
  await dismissToasts(dinPage);
  await tallShot(dinPage, `${SHOTS}/sync-02-dinsos-inbox.png`);

  // The case is in Dinsos's register (Layanan list).
  await dinPage.keyboard.press('Alt+3');
  await expect(
    dinPage.getByTestId('case-list').getByRole('row', { name: new RegExp(RESIDENT) }),
  ).toContainText(created.caseNumber);

  // Register gabungan: the kecamatan's resident and case under its name; nothing of them under Dinsos itself.
  await openSyncTab(dinPage, 'Register gabungan');
  const mergedPersons = dinPage.getByTestId('merged-person-list');
  const mergedCases = dinPage.getByTestId('merged-case-list');
  await pickByTyping(dinPage, 'Kantor asal', 'Jeruklegi', 'Kecamatan Jeruklegi');
  await expect(mergedPersons).toContainText(RESIDENT);
  await expect(mergedCases).toContainText(created.caseNumber);
  await field(dinPage, 'Cari').fill('zzz-tidak-ada');
  await expect(mergedPersons).toHaveAttribute('data-total', '0');
  await field(dinPage, 'Cari').fill('wahyuni');
  await expect(mergedPersons).toHaveAttribute('data-total', '1');
  await expect(mergedCases).toContainText(created.caseNumber);
  await tallShot(dinPage, `${SHOTS}/sync-04-merged.png`);
  await field(dinPage, 'Cari').fill('');
  await field(dinPage, 'Kantor asal').fill('');
  await pickByTyping(dinPage, 'Kantor asal', 'Dinas', 'Dinas Sosial Kabupaten Cilacap (kantor ini)');
  await expect(mergedPersons).toHaveAttribute('data-total', '0');
  await expect(mergedCases).toHaveAttribute('data-total', '0');
  await expect(mergedPersons).not.toContainText(RESIDENT);
  await expect(mergedCases).not.toContainText(created.caseNumber);
  // A row opens the existing detail screen.
  await field(dinPage, 'Kantor asal').fill('');
  await pickByTyping(dinPage, 'Kantor asal', 'Jeruklegi', 'Kecamatan Jeruklegi');
  await mergedCases.getByRole('row', { name: new RegExp(RESIDENT) }).click();
  await expect(dinPage).toHaveURL(new RegExp(`#/layanan/${created.id}`));

  // A conflict: both offices rename the resident before exchanging again; Dinsos's edit is the later one.
  await hostCallOk(
    kec,
    'persons.update',
    { id: person.id, changes: { name: 'Sri Wahyuningsih' } },
    kecSession,
  );
  await new Promise((r) => setTimeout(r, 20));
  const dinSession = await sessionOf(din, DIN_PETUGAS);
  await hostCallOk(din, 'persons.update', { id: person.id, changes: { name: 'Sri Wahjoeni' } }, dinSession);
  const second = await carryBundle();
  expect(second).toMatch(/[1-9]\d* konflik/);

  await openSyncTab(kecPage, 'Ringkasan');
  await dismissToasts(kecPage);
  await tallShot(kecPage, `${SHOTS}/sync-01-office.png`);

  await openSyncTab(dinPage, /^Konflik/);
  const conflict = dinPage.locator('[data-testid="conflict"][data-column="name"]');
  await expect(conflict.getByTestId('conflict-current')).toContainText('Sri Wahjoeni');
  await expect(conflict.getByTestId('conflict-current')).toContainText('Dinas Sosial Kabupaten Cilacap');
  await expect(conflict.getByTestId('conflict-other')).toContainText('Sri Wahyuningsih');
  await expect(conflict.getByTestId('conflict-other')).toContainText('Kecamatan Jeruklegi');
  await tallShot(dinPage, `${SHOTS}/sync-03-conflict.png`);
  // One conflict for the name (its search form name_norm follows it and is never a conflict of its own).
  await expect(dinPage.locator('[data-testid="conflict"][data-column="name_norm"]')).toHaveCount(0);
  const cards = dinPage.getByTestId('conflict');
  for (let left = await cards.count(); left > 0; left--) {
    await cards.first().getByRole('button', { name: 'Pakai nilai lain' }).click();
    await expect(cards).toHaveCount(left - 1);
  }
  await expect(dinPage.getByText('Tidak ada konflik yang perlu ditinjau.')).toBeVisible();
  const after = await hostCallOk(din, 'persons.get', { id: person.id }, dinSession);
  expect(after.name).toBe('Sri Wahyuningsih');
  // The resolution recomputed the search form too: the chosen name is found, the overridden one is not.
  const found = await hostCallOk(din, 'persons.search', { query: 'wahyuningsih' }, dinSession);
  expect(found.rows.map((r) => r.id)).toContain(person.id);
  const gone = await hostCallOk(din, 'persons.search', { query: 'wahjoeni' }, dinSession);
  expect(gone.rows.map((r) => r.id)).not.toContain(person.id);
});
