// Sinkronisasi → Impor semua over many large kecamatan bundles: the bar moves, Warga answers meanwhile, and
// Batalkan (in the header's indicator) stops the run; the applied bundles stay applied, the rest wait in the inbox.
import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { expect, test } from '@playwright/test';
import type { Prepared } from './support/dinsos-inbox.ts';
import { field } from './support/ui.ts';
import { DIN_ADMIN, openSignedIn, openSyncTab } from './support/sync-offices.ts';
import { startWebHost, type RunningHost } from './support/web-host.ts';

test.describe.configure({ mode: 'serial' });

const ROOT = resolve(import.meta.dirname, '../..');
const NODE = join(ROOT, 'node_modules/.bin/node');
/** Kecamatan of Kabupaten Cilacap, one bundle each: enough that the run outlasts the clicks below many times over. */
const KECAMATAN = [8, 1, 2, 3, 4, 5, 6, 7, 9, 10, 11, 12].map((n) => `33.01.${String(n).padStart(2, '0')}`);
/** Residents per kecamatan (with their households, cases and programmes), so each bundle takes a while. */
const PERSONS = 2_500;

let din: RunningHost;
let prepared: Prepared;
const inbox = (): string => join(din.dataDir, 'inbox');
const bundlesIn = (dir: string): string[] =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.pksb'))
    .sort();

test.beforeAll(async () => {
  test.setTimeout(180_000);
  const root = mkdtempSync(join(tmpdir(), 'puskesos-e2e-run-'));
  const { stdout } = await promisify(execFile)(
    NODE,
    ['tests/e2e/support/dinsos-inbox.ts', root, DIN_ADMIN.password, KECAMATAN.join(','), String(PERSONS)],
    { cwd: ROOT, maxBuffer: 1 << 20 },
  );
  prepared = JSON.parse(stdout) as Prepared;
  din = await startWebHost(prepared.dinsos);
});

test.afterAll(async () => {
  await din?.stop();
});

test('Impor semua shows moving progress, Warga answers meanwhile, and Batalkan stops the run', async ({
  browser,
}) => {
  test.setTimeout(90_000);
  expect(bundlesIn(inbox())).toEqual(prepared.bundles);
  const total = prepared.bundles.length;
  const page = await openSignedIn(browser, din, DIN_ADMIN);
  await openSyncTab(page, 'Kotak masuk');
  const panel = page.getByRole('region', { name: 'Impor kotak masuk' });
  await panel.getByRole('button', { name: 'Impor semua' }).click();

  // The panel's bar and the header's indicator follow the run; the bar moves once the first bundle is in.
  const bar = panel.getByRole('progressbar', { name: 'Kemajuan impor' });
  const indicator = page.getByRole('status', { name: 'Pekerjaan yang sedang berjalan' });
  await expect(indicator).toContainText(new RegExp(`Impor paket (…|\\d+/${total})`));
  const valueOf = async (): Promise<number> => Number(await bar.getAttribute('aria-valuenow'));
  const first = await valueOf();
  await expect.poll(valueOf, { timeout: 30_000 }).toBeGreaterThan(first);

  // Warga: a search answers while the run goes on (the first bundle brought this resident).
  await page.keyboard.press('Alt+2');
  await field(page, 'Cari warga').fill(prepared.firstResident);
  await expect(
    page.locator('[data-testid="person-list"] [role="row"]', { hasText: prepared.firstResident }).first(),
  ).toBeVisible({ timeout: 30_000 });
  // A reload loses the window's store, not the run: the header finds it again (operations.list) and follows it.
  await page.reload();
  await expect(indicator).toContainText(new RegExp(`Impor paket \\d+/${total}`), { timeout: 30_000 });
  const shellBar = indicator.getByRole('progressbar', { name: 'Kemajuan Impor paket' });
  await expect(shellBar).toHaveAttribute('aria-valuenow', /^[1-9]/);
  await expect(indicator.getByRole('link', { name: /Impor paket/ })).toHaveAttribute(
    'href',
    '#/sinkronisasi',
  );

  // Batalkan in the header, then back on Sinkronisasi the panel (re-attached to the run) reports the cancel.
  await indicator.getByRole('button', { name: 'Batalkan Impor paket' }).click();
  await expect(indicator).toBeHidden({ timeout: 30_000 });
  await page.getByRole('navigation').getByRole('link', { name: 'Sinkronisasi' }).click();
  await page.getByRole('tab', { name: 'Kotak masuk' }).click();
  const message = panel.getByRole('alert');
  await expect(message).toContainText('Dibatalkan:');
  const m =
    /Dibatalkan: (\d+) dari (\d+) paket diproses \((\d+) diterapkan\); (\d+) paket tetap di kotak masuk/.exec(
      await message.innerText(),
    );
  expect(m, await message.innerText()).not.toBeNull();
  test.info().annotations.push({ type: 'cancelled', description: m?.[0] ?? '' });
  const [done, all, applied, remaining] = (m ?? []).slice(1).map(Number) as [number, number, number, number];
  expect(all).toBe(total);
  expect(applied).toBe(done);
  expect(done).toBeGreaterThanOrEqual(1);
  expect(remaining).toBe(total - done);
  expect(remaining).toBeGreaterThanOrEqual(1);
  // The bundles taken before the cancel are applied and filed; the rest wait untouched in the inbox.
  expect(bundlesIn(join(inbox(), 'selesai'))).toEqual(prepared.bundles.slice(0, done));
  expect(bundlesIn(inbox())).toEqual(prepared.bundles.slice(done));
  await expect(page.getByTestId('bundles-in').getByRole('row').filter({ hasText: 'Diterapkan' })).toHaveCount(
    done,
  );
});
