// Scale: a register of 200,000 synthetic residents (puskesos demo-data) stays smooth in the virtualised lists.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { hostCallOk } from './support/api.ts';
import { startWebHost, type RunningHost } from './support/web-host.ts';
import { field, signIn } from './support/ui.ts';

test.describe.configure({ mode: 'serial' });

const ROOT = resolve(import.meta.dirname, '../..');
const NODE = join(ROOT, 'node_modules/.bin/node');
const CLI = join(ROOT, 'electron/cli/puskesos.ts');
const PERSONS = 200_000;
const ADMIN = { username: 'admin', password: 'rahasia-admin-1' };
const PETUGAS = { username: 'petugas1', fullName: 'Rina Petugas', password: 'rahasia-petugas-1' };
/** Far fewer than a screenful of pages: only the visible rows (plus overscan) may be in the DOM. */
const MAX_ROWS_IN_DOM = 80;

let host: RunningHost;
let page: Page;

const cli = (...args: string[]): string =>
  execFileSync(NODE, [CLI, ...args], { cwd: ROOT, encoding: 'utf8' });
const rowsInDom = (p: Page): Promise<number> => p.locator('[data-testid="person-list"] [role="row"]').count();

test.beforeAll(async ({ browser }) => {
  test.setTimeout(180_000);
  const dir = mkdtempSync(join(tmpdir(), 'puskesos-scale-'));
  const data = join(dir, 'data');
  writeFileSync(join(dir, 'pw'), ADMIN.password, { mode: 0o600 });
  cli(
    'init',
    ...[
      '--data-dir',
      data,
      '--office-type',
      'kecamatan',
      '--region',
      '33.01.08',
      '--name',
      'Kecamatan Jeruklegi',
    ],
    ...['--admin', ADMIN.username, '--admin-password-file', join(dir, 'pw')],
  );
  cli('demo-data', '--data-dir', data, '--persons', String(PERSONS), '--months', '12', '--seed', 'e2e-scale');
  host = await startWebHost(data);
  const admin = await hostCallOk(host, 'auth.signIn', ADMIN);
  await hostCallOk(host, 'users.create', { ...PETUGAS, role: 'petugas' }, admin.sessionId);
  page = await browser.newPage({
    viewport: { width: 1280, height: 800 },
    locale: 'id-ID',
    timezoneId: 'Asia/Jakarta',
  });
  await page.goto(host.openUrl);
  await signIn(page, PETUGAS.username, PETUGAS.password);
  await expect(page.getByTestId('dashboard')).toBeVisible();
});

test.afterAll(async () => {
  await page?.close();
  await host?.stop();
});

test('200,000 residents: the first rows come at once and only visible rows are rendered', async () => {
  const started = Date.now();
  await page.keyboard.press('Alt+2');
  await expect(page.getByTestId('person-count')).toHaveText('200.000 warga');
  await expect(page.locator('[data-testid="person-list"] [aria-rowindex="2"]')).not.toContainText('…');
  test.info().annotations.push({ type: 'first rows', description: `${Date.now() - started} ms` });
  expect(await rowsInDom(page)).toBeLessThan(MAX_ROWS_IN_DOM);

  // ↓ from the search field into the list, End jumps to the 200,000th resident: its page is fetched by offset.
  await page.keyboard.press('ArrowDown');
  const jump = Date.now();
  await page.keyboard.press('End');
  const last = page.locator(`[data-testid="person-list"] [aria-rowindex="${PERSONS + 1}"]`);
  await expect(last).toHaveAttribute('data-active', 'true');
  await expect(last).not.toContainText('…', { timeout: 5_000 });
  test.info().annotations.push({ type: 'jump to the last row', description: `${Date.now() - jump} ms` });
  expect(await rowsInDom(page)).toBeLessThan(MAX_ROWS_IN_DOM);
  await page.screenshot({ path: 'tests/artifacts/screenshots/scale-01-warga-end.png' });

  // A fling of PageUps settles on real rows, not placeholders. A functional wait, not a speed check (that is
  // npm run bench): near the end of 200,000 rows every page is a deep offset read through the encrypted register,
  // and a fling queues many of them.
  for (let i = 0; i < 30; i++) await page.keyboard.press('PageUp');
  const settleStarted = Date.now();
  await expect(page.locator('[data-testid="person-list"] [role="row"]', { hasText: '…' })).toHaveCount(0, {
    timeout: 30_000,
  });
  test.info().annotations.push({ type: 'fling settled', description: `${Date.now() - settleStarted} ms` });
});

test('searching 200,000 residents as you type narrows the list quickly', async () => {
  const search = field(page, 'Cari warga');
  await search.focus();
  const typed = Date.now();
  await page.keyboard.type('sri');
  await expect(page.getByTestId('person-count')).not.toHaveText('200.000 warga', { timeout: 3_000 });
  test.info().annotations.push({ type: 'search "sri"', description: `${Date.now() - typed} ms` });
  const count = Number((await page.getByTestId('person-count').innerText()).replace(/\D/g, ''));
  expect(count).toBeGreaterThan(0);
  expect(count).toBeLessThan(PERSONS);
  await expect(page.locator('[data-testid="person-list"] [aria-rowindex="2"]')).toContainText(/sri/i);
  await page.screenshot({ path: 'tests/artifacts/screenshots/scale-02-warga-search.png' });

  // Every NIK of the kecamatan starts with 3301: the count stops at 1,000 and says so; NIKs in order.
  await search.fill('3301');
  await expect(page.getByTestId('person-count')).toHaveText(
    'Lebih dari 1.000 warga cocok: ketik nama atau NIK lebih lengkap',
  );
  await expect(page.locator('[data-testid="person-list"] [aria-rowindex="2"]')).toContainText('3301');
  await search.fill('');
  await expect(page.getByTestId('person-count')).toHaveText('200.000 warga');

  await page.keyboard.press('Alt+3');
  await expect(page.getByTestId('case-count')).toHaveText(/^[\d.]+ kasus$/);
  expect(await page.locator('[data-testid="case-list"] [role="row"]').count()).toBeLessThan(MAX_ROWS_IN_DOM);
  await page.keyboard.press('Alt+1');
  await expect(page.getByTestId('stat-open').locator('[data-value]')).not.toHaveAttribute('data-value', '0');
  await page.screenshot({ path: 'tests/artifacts/screenshots/scale-03-beranda.png' });

  // Each case count on Beranda opens the list it counts, with the same number (fast track included).
  for (const id of ['stat-open', 'stat-overdue', 'stat-fasttrack']) {
    const value = Number(await page.getByTestId(id).locator('[data-value]').getAttribute('data-value'));
    expect(value, id).toBeGreaterThan(0);
    await page.getByTestId(id).click();
    await expect(page.getByTestId('case-count')).toHaveText(
      `${new Intl.NumberFormat('id-ID').format(value)} kasus`,
    );
    await page.keyboard.press('Alt+1');
    await expect(page.getByTestId(id)).toBeVisible();
  }
});
