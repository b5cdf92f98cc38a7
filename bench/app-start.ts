// App start at Dinsos: the web host over the full register, and Chromium until Beranda shows its figures.
// "Usable" = the sign-in form is on screen, and after signing in Beranda's six counts (today's intake, open
// cases, overdue follow-ups, open and overdue referrals, fast track) all show their numbers.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium, type Browser } from '@playwright/test';
import { ROOT } from './cli.ts';
import { ADMIN } from './dataset.ts';

export const CHROMIUM = '/usr/bin/chromium';
const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
const STAT_IDS = [
  'stat-intake',
  'stat-open',
  'stat-overdue',
  'stat-referrals',
  'stat-referrals-overdue',
  'stat-fasttrack',
];

export interface AppStart {
  /** Spawn of `node out/main/web.js` until it prints PUSKESOS_URL (register opened, port bound). */
  hostMs: number;
  /** Navigation until the sign-in form can be typed into. */
  signInFormMs: number;
  /** Click on "Masuk" until Beranda's counts are shown. */
  berandaMs: number;
  totalMs: number;
}

/** The built web host, as `npm run serve` starts it. */
const WEB_HOST = resolve(ROOT, 'out/main/web.js');

export const rendererBuilt = (): boolean =>
  existsSync(resolve(ROOT, 'out/renderer/index.html')) && existsSync(WEB_HOST);

async function startHost(dataDir: string): Promise<{ child: ChildProcess; url: string; ms: number }> {
  const t0 = performance.now();
  const child = spawn(process.execPath, [WEB_HOST, '--data-dir', dataDir, '--port', '0'], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const url = await new Promise<string>((done, fail) => {
    const timer = setTimeout(() => fail(new Error(`web host did not start:\n${output}`)), 60_000);
    child.stdout?.on('data', (c: Buffer) => {
      output += c.toString();
      const m = /PUSKESOS_URL (\S+)/.exec(output);
      if (m?.[1]) {
        clearTimeout(timer);
        done(m[1]);
      }
    });
    child.stderr?.on('data', (c: Buffer) => (output += c.toString()));
    child.once('exit', (code) => {
      clearTimeout(timer);
      fail(new Error(`web host exited with ${code}:\n${output}`));
    });
  });
  return { child, url, ms: performance.now() - t0 };
}

async function stopHost(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise<void>((r) => child.once('exit', () => r()));
  child.kill('SIGTERM');
  await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))]);
  if (child.exitCode === null) child.kill('SIGKILL');
}

async function oneStart(browser: Browser, dataDir: string): Promise<AppStart> {
  const host = await startHost(dataDir);
  // A new context per start: no cache, cookies or storage from the previous one.
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'id-ID' });
  try {
    const page = await context.newPage();
    const t0 = performance.now();
    await page.goto(host.url);
    const user = page.getByLabel(/^Nama pengguna/);
    await user.waitFor({ state: 'visible', timeout: 60_000 });
    const signInFormMs = performance.now() - t0;
    await user.fill(ADMIN.username);
    await page.getByLabel(/^Kata sandi/).fill(ADMIN.password);
    const t1 = performance.now();
    await page.getByRole('button', { name: 'Masuk' }).click();
    for (const id of STAT_IDS) {
      await page.locator(`[data-testid="${id}"] [data-value]`).waitFor({ state: 'visible', timeout: 60_000 });
    }
    const berandaMs = performance.now() - t1;
    return { hostMs: host.ms, signInFormMs, berandaMs, totalMs: host.ms + signInFormMs + berandaMs };
  } finally {
    await context.close();
    await stopHost(host.child);
  }
}

export async function measureAppStart(dataDir: string, runs: number): Promise<AppStart[]> {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS, headless: true });
  try {
    const out: AppStart[] = [];
    for (let i = 0; i < runs; i++) out.push(await oneStart(browser, dataDir));
    return out;
  } finally {
    await browser.close();
  }
}
