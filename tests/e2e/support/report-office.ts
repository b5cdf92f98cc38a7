// A kecamatan register filled by `puskesos demo-data` (a few months up to today) with a TKSK and a pengamat, for the report e2e.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { hostCallOk, type StaffUser } from './api.ts';
import { startWebHost, type RunningHost } from './web-host.ts';

const ROOT = resolve(import.meta.dirname, '../../..');
const NODE = join(ROOT, 'node_modules/.bin/node');
const CLI = join(ROOT, 'electron/cli/puskesos.ts');

export const REPORT_ADMIN = { username: 'admin', password: 'rahasia-admin-1' };
export const TKSK: StaffUser = {
  username: 'tksk1',
  fullName: 'Sri Wahyuni TKSK',
  password: 'rahasia-tksk-1',
  role: 'tksk',
};
export const OBSERVER: StaffUser = {
  username: 'pengamat1',
  fullName: 'Tono Pengamat',
  password: 'rahasia-pengamat-1',
  role: 'pengamat',
};

const cli = (...args: string[]): string =>
  execFileSync(NODE, [CLI, ...args], { cwd: ROOT, encoding: 'utf8' });

/** Kecamatan Jeruklegi with `persons` synthetic residents and three months of cases up to today, served by a web host. */
export async function startReportOffice(persons = 1500): Promise<RunningHost> {
  const dir = mkdtempSync(join(tmpdir(), 'puskesos-report-'));
  const data = join(dir, 'data');
  writeFileSync(join(dir, 'pw'), REPORT_ADMIN.password, { mode: 0o600 });
  cli(
    'init',
    ...['--data-dir', data, '--office-type', 'kecamatan', '--region', '33.01.08'],
    ...['--name', 'Kecamatan Jeruklegi', '--address', 'Jl. Raya Jeruklegi No. 1, Cilacap'],
    ...['--admin', REPORT_ADMIN.username, '--admin-password-file', join(dir, 'pw')],
  );
  cli(
    'demo-data',
    '--data-dir',
    data,
    '--persons',
    String(persons),
    '--months',
    '3',
    '--seed',
    'e2e-laporan',
    // The e2e finalizes the previous month itself, from its draft.
    '--finalized-months',
    '0',
  );
  const host = await startWebHost(data);
  const admin = await hostCallOk(host, 'auth.signIn', REPORT_ADMIN);
  for (const u of [TKSK, OBSERVER]) {
    await hostCallOk(
      host,
      'users.create',
      { username: u.username, fullName: u.fullName, role: u.role, password: u.password },
      admin.sessionId,
    );
  }
  await hostCallOk(host, 'auth.signOut', {}, admin.sessionId);
  return host;
}

/** Clicks `trigger` and saves the file it downloads into `dir`; the core renders the file first, so allow it time. */
export async function downloadReport(page: Page, trigger: Locator, dir: string): Promise<string> {
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), trigger.click()]);
  const path = join(dir, download.suggestedFilename());
  await download.saveAs(path);
  return path;
}
