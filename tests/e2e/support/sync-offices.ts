// Sync e2e set-up: a Dinsos office and its users on a web host, a signed-in session, downloads saved to disk.
import { expect, type Browser, type Locator, type Page } from '@playwright/test';
import { basename, join } from 'node:path';
import { hostCallOk, setUpOffice, type StaffUser } from './api.ts';
import { signIn } from './ui.ts';
import { enrollAtDinsos, sendNetworkFile } from './enrollment.ts';
import type { RunningHost } from './web-host.ts';

/** The staff of the kecamatan and Dinsos the sync specs set up. */
export const KEC_ADMIN: StaffUser = {
  username: 'admin',
  fullName: 'Admin Jeruklegi',
  password: 'rahasia-admin-1',
  role: 'admin',
};
export const KEC_PETUGAS: StaffUser = {
  username: 'rina',
  fullName: 'Rina Petugas',
  password: 'rahasia-rina-1',
  role: 'petugas',
};
export const DIN_ADMIN: StaffUser = {
  username: 'admin',
  fullName: 'Admin Dinsos',
  password: 'rahasia-admin-2',
  role: 'admin',
};

/** A new browser context (downloads allowed) signed in as `user` on `host`, at the shell. */
export async function openSignedIn(browser: Browser, host: RunningHost, user: StaffUser): Promise<Page> {
  const page = await (await browser.newContext({ acceptDownloads: true })).newPage();
  await page.goto(host.openUrl);
  await signIn(page, user.username, user.password);
  await expect(page.getByTestId('status-bar')).toBeVisible();
  return page;
}

/** Sets up Dinas Sosial Kabupaten Cilacap (33.01) and its staff without the wizard. */
export async function setUpDinsos(host: RunningHost, admin: StaffUser, staff: StaffUser[]): Promise<void> {
  await setUpOffice(host, admin, staff, {
    officeType: 'dinsos',
    regionCode: '33.01',
    name: 'Dinas Sosial Kabupaten Cilacap',
    address: 'Jl. Kalimantan No. 1, Cilacap',
  });
}

/** A session of `user` for API data entry (the spec is about sync, not forms). */
export async function sessionOf(
  host: RunningHost,
  user: Pick<StaffUser, 'username' | 'password'>,
): Promise<string> {
  return (await hostCallOk(host, 'auth.signIn', { username: user.username, password: user.password }))
    .sessionId;
}


/**
 * Enrolls `office` at `dinsos` through the contract (the sync spec does it through the screens): Dinsos accepts
 * its enrollment request, and the office imports Dinsos's network file.
 */
export async function joinNetwork(
  office: RunningHost,
  officeAdmin: Pick<StaffUser, 'username' | 'password'>,
  dinsos: RunningHost,
  dinsosAdmin: Pick<StaffUser, 'username' | 'password'>,
): Promise<void> {
  const o = { host: office, admin: officeAdmin };
  const d = { host: dinsos, admin: dinsosAdmin };
  await enrollAtDinsos(o, d);
  await sendNetworkFile(d, [o]);
}

/** Clicks `trigger` and saves the download it starts into `dir`; returns the saved path. */
export async function downloadVia(page: Page, trigger: Locator, dir: string): Promise<string> {
  const [download] = await Promise.all([page.waitForEvent('download'), trigger.click()]);
  const path = join(dir, download.suggestedFilename());
  await download.saveAs(path);
  return path;
}

/** Opens Sinkronisasi (Alt+6) and one of its tabs. */
export async function openSyncTab(page: Page, tab: string | RegExp): Promise<void> {
  await expect(page.getByTestId('status-bar')).toBeVisible();
  await page.keyboard.press('Alt+6');
  await expect(page.getByRole('heading', { name: 'Sinkronisasi' })).toBeVisible();
  await page.getByRole('tab', { name: tab }).click();
}

/** The fingerprint shown in `scope`, as one line of five-digit groups. */
export async function fingerprintIn(scope: Locator): Promise<string> {
  const text = await scope.getByTestId('fingerprint').first().innerText();
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * Ekspor sekarang on the Sinkronisasi tab `tab` (an office's Ringkasan, Dinsos's Kotak masuk), then Unduh of the
 * bundle for each of `recipients` (and no other); returns the saved paths in that order. A result still on screen
 * from an earlier export is waited out.
 */
export async function exportBundlesFor(
  page: Page,
  recipients: string[],
  dir: string,
  tab: string | RegExp = 'Ringkasan',
): Promise<string[]> {
  await openSyncTab(page, tab);
  const send = page.getByRole('region', { name: 'Kirim' });
  const result = send.getByTestId('export-result');
  const before = (await result.count()) > 0 ? await result.innerText() : null;
  await send.getByRole('button', { name: 'Ekspor sekarang' }).click();
  if (before !== null) await expect(result).not.toHaveText(before, { timeout: 30_000 });
  await expect(result.getByRole('listitem')).toHaveCount(recipients.length, { timeout: 30_000 });
  const paths: string[] = [];
  for (const recipient of recipients) {
    const line = result.getByRole('listitem').filter({ hasText: `→ ${recipient}:` });
    paths.push(await downloadVia(page, line.getByRole('button', { name: /^Unduh/ }), dir));
  }
  return paths;
}

/** Terima on the Sinkronisasi tab `tab`: uploads the file and imports it; returns the panel's line for it. */
export async function importBundleFile(
  page: Page,
  file: string,
  tab: string | RegExp = 'Ringkasan',
): Promise<string> {
  await openSyncTab(page, tab);
  const receive = page.getByRole('region', { name: 'Terima' });
  await receive.locator('input[type=file]').setInputFiles(file);
  await receive.getByRole('button', { name: 'Impor', exact: true }).click();
  const line = receive.getByTestId('import-result').getByText(basename(file));
  await expect(line).toBeVisible({ timeout: 60_000 });
  return line.innerText();
}
