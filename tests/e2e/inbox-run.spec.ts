// Sinkronisasi → Kotak masuk → Impor semua: the inbox is imported as one operation and the result is reported.
import { expect, test } from '@playwright/test';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { hostCallOk, hostDownload, setUpOffice } from './support/api.ts';
import {
  DIN_ADMIN,
  joinNetwork,
  KEC_ADMIN,
  openSignedIn,
  openSyncTab,
  sessionOf,
  setUpDinsos,
} from './support/sync-offices.ts';
import { startWebHost, type RunningHost } from './support/web-host.ts';

let kec: RunningHost;
let din: RunningHost;

test.beforeAll(async () => {
  [kec, din] = await Promise.all([startWebHost(), startWebHost()]);
  await Promise.all([setUpOffice(kec, KEC_ADMIN, []), setUpDinsos(din, DIN_ADMIN, [])]);
  await joinNetwork(kec, KEC_ADMIN, din, DIN_ADMIN);
  const k = await sessionOf(kec, KEC_ADMIN);
  // The kecamatan's bundle lands in Dinsos's inbox folder (a USB stick copied in), twice under other names.
  const out = await hostCallOk(kec, 'sync.exportNow', {}, k);
  const first = out.files[0];
  if (!first) throw new Error('nothing exported');
  const bytes = await hostDownload(kec, first.fileName, k);
  const inbox = join(din.dataDir, 'inbox');
  mkdirSync(inbox, { recursive: true });
  for (const name of [first.fileName, `salinan-1-${first.fileName}`, `salinan-2-${first.fileName}`]) {
    writeFileSync(join(inbox, name), bytes);
  }
});

test.afterAll(async () => {
  await Promise.all([kec?.stop(), din?.stop()]);
});

test('Impor semua imports every bundle in the inbox and reports what each did', async ({ browser }) => {
  const page = await openSignedIn(browser, din, DIN_ADMIN);
  await openSyncTab(page, 'Kotak masuk');
  const panel = page.getByRole('region', { name: 'Impor kotak masuk' });
  await panel.getByRole('button', { name: 'Impor semua' }).click();
  await expect(panel.getByRole('alert')).toContainText(
    '3 dari 3 paket diproses: 1 diterapkan, 2 sudah pernah, 0 ditolak.',
  );
  expect(readdirSync(join(din.dataDir, 'inbox')).filter((f) => f.endsWith('.pksb'))).toEqual([]);
  // The history lists the applied bundle and the two copies recognised as already applied.
  const history = page.getByTestId('bundles-in');
  await expect(history).toContainText('Diterapkan');
  await expect(history.getByRole('row').filter({ hasText: 'Sudah pernah' })).toHaveCount(2);
  // A second run finds the inbox empty.
  await panel.getByRole('button', { name: 'Impor semua' }).click();
  await expect(panel.getByRole('alert')).toContainText('Kotak masuk kosong');
});
