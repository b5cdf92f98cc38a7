// Sync e2e set-up: a Dinsos office and its users on a web host, a signed-in session, downloads saved to disk.
import { expect, type Browser, type Locator, type Page } from '@playwright/test';
import { join } from 'node:path';
import { hostCallOk, type StaffUser } from './api.ts';
import { signIn } from './ui.ts';
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
  await hostCallOk(host, 'setup.complete', {
    officeType: 'dinsos',
    regionCode: '33.01',
    name: 'Dinas Sosial Kabupaten Cilacap',
    address: 'Jl. Kalimantan No. 1, Cilacap',
    admin: { username: admin.username, fullName: admin.fullName, password: admin.password },
  });
  const session = await hostCallOk(host, 'auth.signIn', {
    username: admin.username,
    password: admin.password,
  });
  for (const u of staff) {
    await hostCallOk(
      host,
      'users.create',
      { username: u.username, fullName: u.fullName, role: u.role, password: u.password },
      session.sessionId,
    );
  }
  await hostCallOk(host, 'auth.signOut', {}, session.sessionId);
}

/** A session of `user` for API data entry (the spec is about sync, not forms). */
export async function sessionOf(
  host: RunningHost,
  user: Pick<StaffUser, 'username' | 'password'>,
): Promise<string> {
  return (await hostCallOk(host, 'auth.signIn', { username: user.username, password: user.password }))
    .sessionId;
}

const text = (base64: string): string => Buffer.from(base64, 'base64').toString('utf8');

/**
 * Enrolls `office` at `dinsos` through the contract (the sync spec does it through the screens): Dinsos accepts
 * its enrollment request, and the office imports Dinsos's network file.
 */
export async function enrollAtDinsos(
  office: RunningHost,
  officeAdmin: Pick<StaffUser, 'username' | 'password'>,
  dinsos: RunningHost,
  dinsosAdmin: Pick<StaffUser, 'username' | 'password'>,
): Promise<void> {
  const kec = await sessionOf(office, officeAdmin);
  const din = await sessionOf(dinsos, dinsosAdmin);
  const request = await hostCallOk(office, 'trust.enrollmentRequest', {}, kec);
  await hostCallOk(dinsos, 'trust.acceptEnrollment', { content: text(request.file.base64) }, din);
  const network = await hostCallOk(dinsos, 'trust.networkFile', {}, din);
  await hostCallOk(office, 'trust.importNetwork', { content: text(network.file.base64) }, kec);
  await hostCallOk(office, 'auth.signOut', {}, kec);
  await hostCallOk(dinsos, 'auth.signOut', {}, din);
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
