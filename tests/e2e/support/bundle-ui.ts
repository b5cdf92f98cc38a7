// Bundles carried through the Sinkronisasi screen: Kirim's "Ekspor sekarang" and its downloads, Terima's upload and import.
import { expect, type Page } from '@playwright/test';
import { basename } from 'node:path';
import { downloadVia } from './sync-offices.ts';

/**
 * On the tab showing Kirim, exports now and downloads into `dir` the bundle for each of `recipients` (office
 * names); returns the saved paths in that order. `previous`: file names of an earlier export still on screen,
 * so the new result is waited for rather than the old one read.
 */
export async function exportThroughKirim(
  page: Page,
  dir: string,
  recipients: readonly string[],
  previous: readonly string[] = [],
): Promise<string[]> {
  const send = page.getByRole('region', { name: 'Kirim' });
  await send.getByRole('button', { name: 'Ekspor sekarang' }).click();
  const result = send.getByTestId('export-result');
  for (const name of previous) await expect(result).not.toContainText(name, { timeout: 30_000 });
  const saved: string[] = [];
  for (const recipient of recipients) {
    const item = result.getByRole('listitem').filter({ hasText: `→ ${recipient}:` });
    await expect(item).toHaveCount(1, { timeout: 30_000 });
    const path = await downloadVia(page, item.getByRole('button', { name: /^Unduh/ }), dir);
    expect(path).toMatch(/\.pksb$/);
    saved.push(path);
  }
  return saved;
}

/** On the tab showing Terima, uploads `files` and imports them; waits until each one is reported applied. */
export async function importThroughTerima(page: Page, files: readonly string[]): Promise<void> {
  const receive = page.getByRole('region', { name: 'Terima' });
  await receive.locator('input[type=file]').setInputFiles([...files]);
  await receive.getByRole('button', { name: 'Impor', exact: true }).click();
  const done = receive.getByTestId('import-result');
  for (const file of files) {
    await expect(done).toContainText(`${basename(file)}: diterapkan`, { timeout: 60_000 });
  }
}
