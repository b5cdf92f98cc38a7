// A bundle carried between two offices through their Sinkronisasi screens: Ekspor sekarang and Unduh, then Terima → Impor.
import { expect, type Page } from '@playwright/test';
import { basename } from 'node:path';
import { exportThroughKirim } from './bundle-ui.ts';
import { openSyncTab } from './sync-offices.ts';

/** One side of a carry: its page and the Sinkronisasi tab holding Kirim and Terima ("Ringkasan" at an office, "Kotak masuk" at Dinsos). */
export interface SyncDesk {
  page: Page;
  tab: string;
}

/** The last bundle each page sent, so the next carry waits for a new export instead of taking the old one on screen. */
const lastSent = new WeakMap<Page, string>();

/**
 * Exports at `from` (one bundle, for `recipient`), saves it into `dir` and imports it at `to` through the
 * upload (never base64 in a contract call) and an import run; returns the recipient's result text.
 */
export async function carryOnScreen(
  from: SyncDesk,
  to: SyncDesk,
  recipient: string,
  dir: string,
): Promise<string> {
  await openSyncTab(from.page, from.tab);
  const previous = lastSent.get(from.page);
  const [bundle = ''] = await exportThroughKirim(from.page, dir, [recipient], previous ? [previous] : []);
  lastSent.set(from.page, basename(bundle));

  await openSyncTab(to.page, to.tab);
  const receive = to.page.getByRole('region', { name: 'Terima' });
  await receive.locator('input[type=file]').setInputFiles(bundle);
  const uploaded = to.page.waitForResponse((r) => new URL(r.url()).pathname === '/api/upload');
  const calls: string[] = [];
  const onRequest = (r: { url(): string; postData(): string | null }): void => {
    if (new URL(r.url()).pathname === '/api/call') calls.push(r.postData() ?? '');
  };
  to.page.on('request', onRequest);
  await receive.getByRole('button', { name: 'Impor', exact: true }).click();
  expect((await uploaded).status()).toBe(200);
  const done = receive.getByTestId('import-result');
  await expect(done).toContainText('diterapkan', { timeout: 30_000 });
  to.page.off('request', onRequest);
  expect(calls.some((c) => c.includes('"sync.importRun"') && c.includes(basename(bundle)))).toBe(true);
  expect(calls.some((c) => c.includes('sync.importUpload'))).toBe(false);
  return done.innerText();
}
