// Sync settings through the UI: an admin sets a folder transport and a schedule, "Sinkronkan sekarang" drops the bundle in the folder; a petugas only reads.
import { expect, test } from '@playwright/test';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { hostCallOk, setUpOffice } from './support/api.ts';
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
import { startWebHost, type RunningHost } from './support/web-host.ts';

const TAB = 'Jadwal & transportasi';

let kec: RunningHost;
let din: RunningHost;
let temp: string;

/** Enrollment through the API (sync.spec.ts covers it through the screens); returns Dinsos's office id. */
async function enroll(): Promise<string> {
  await joinNetwork(kec, KEC_ADMIN, din, DIN_ADMIN);
  const dinAdmin = await sessionOf(din, DIN_ADMIN);
  return (await hostCallOk(din, 'trust.status', {}, dinAdmin)).officeId;
}

test.beforeAll(async () => {
  [kec, din] = await Promise.all([startWebHost(), startWebHost()]);
  temp = mkdtempSync(join(tmpdir(), 'puskesos-sync-settings-e2e-'));
  await Promise.all([setUpOffice(kec, KEC_ADMIN, [KEC_PETUGAS]), setUpDinsos(din, DIN_ADMIN, [])]);
});

test.afterAll(async () => {
  await Promise.all([kec?.stop(), din?.stop()]);
  rmSync(temp, { recursive: true, force: true });
});

test('an admin sets a folder and a schedule, syncs now, and the bundle lands in Dinsos’s mailbox; a petugas only reads', async ({
  browser,
}) => {
  const dinsosId = await enroll();
  const petugas = await sessionOf(kec, KEC_PETUGAS);
  await hostCallOk(
    kec,
    'persons.create',
    {
      person: {
        nik: nik('P', '1990-02-03', 411),
        name: 'Sulastri',
        sex: 'P',
        birthDate: '1990-02-03',
        desaCode: '33.01.08.2001',
      },
      newHousehold: { noKk: '3301082001180411', desaCode: '33.01.08.2001', address: 'Dusun Krajan No. 9' },
    },
    petugas,
  );
  const root = join(temp, 'folder-bersama');

  const page = await openSignedIn(browser, kec, KEC_ADMIN);
  await openSyncTab(page, TAB);
  const form = page.getByRole('region', { name: 'Jadwal & tujuan pengiriman' });
  await form.getByText('Folder / flashdisk').click();
  // The core's Indonesian message shows under the field.
  await form.getByLabel('Lokasi folder').fill('flashdisk');
  await form.getByRole('button', { name: 'Simpan pengaturan' }).click();
  await expect(form).toContainText('Lokasi folder harus lengkap');

  await form.getByLabel('Lokasi folder').fill(root);
  await form.getByLabel('Kirim dan terima otomatis sesuai jadwal').check({ force: true });
  await form.getByLabel(/^Jam/).fill('15:00');
  await form.getByRole('group', { name: 'Hari' }).getByText('Sen').click();
  await form.getByRole('group', { name: 'Hari' }).getByText('Jum').click();
  await form.getByRole('button', { name: 'Simpan pengaturan' }).click();
  await expect(page.getByText('Pengaturan sinkronisasi disimpan.')).toBeVisible();
  const saved = await hostCallOk(kec, 'sync.settings', {}, petugas);
  expect(saved.settings.transport).toEqual({ kind: 'folder', path: root });
  expect(saved.settings.schedule).toEqual({ enabled: true, time: '15:00', days: [1, 5] });
  expect(saved.nextRunAt).not.toBeNull();

  // The transport creates the mailbox folders; the root itself must exist (a USB stick that is plugged in).
  mkdirSync(root);
  const run = page.getByRole('region', { name: 'Sinkronkan sekarang' });
  await run.getByRole('button', { name: 'Sinkronkan sekarang' }).click();
  const report = run.getByTestId('sync-run-report');
  await expect(report).toHaveAttribute('data-ok', 'ya');
  await expect(report.getByTestId('sync-run-sent')).toContainText('.pksb: terkirim');

  // Layout of transport.ts: <root>/<last 8 hex of the recipient's id>/masuk/<bundle>.pksb
  const mailbox = dinsosId.replace(/-/g, '').slice(-8);
  const inbox = join(root, mailbox, 'masuk');
  expect(existsSync(inbox)).toBe(true);
  const bundles = readdirSync(inbox).filter((f) => f.endsWith('.pksb'));
  expect(bundles).toHaveLength(1);
  expect(bundles[0]).toContain(`_to_${mailbox}_`);

  // A petugas sees the same settings, read-only, and may still sync now.
  const reader = await openSignedIn(browser, kec, KEC_PETUGAS);
  await openSyncTab(reader, TAB);
  const view = reader.getByRole('region', { name: 'Jadwal & tujuan pengiriman' });
  await expect(view).toContainText('Hanya admin yang dapat mengubah pengaturan ini.');
  await expect(view.getByLabel('Lokasi folder')).toHaveValue(root);
  await expect(view.getByLabel('Lokasi folder')).toHaveAttribute('readonly', '');
  await expect(view.getByLabel(/^Jam/)).toHaveAttribute('readonly', '');
  await expect(view.getByRole('button', { name: 'Simpan pengaturan' })).toHaveCount(0);
  await expect(reader.getByRole('button', { name: 'Sinkronkan sekarang' })).toBeVisible();
});
