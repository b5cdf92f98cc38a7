// Accessibility gate: axe-core on every main screen and dialog at 1366×768 and at 200 % zoom; no critical or serious violation, one h1 per screen, no English words left, no sideways scrolling at 1366×768.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { hostCallOk, type StaffUser } from './support/api.ts';
import { REPORT_ADMIN, startReportOffice, TKSK } from './support/report-office.ts';
import { englishOnScreen } from './support/english.ts';
import { field, pickByTyping, readmeShot, signIn } from './support/ui.ts';
import { startWebHost, type RunningHost } from './support/web-host.ts';

const PETUGAS: StaffUser = {
  username: 'petugas1',
  fullName: 'Rina Petugas',
  password: 'rahasia-petugas-1',
  role: 'petugas',
};

/** 200 % browser zoom of a 1366×768 window is the same CSS viewport as 683×384 at twice the pixel density. */
const SIZES = [
  { name: '1366x768', viewport: { width: 1366, height: 768 }, deviceScaleFactor: 1 },
  { name: 'zoom200', viewport: { width: 683, height: 384 }, deviceScaleFactor: 2 },
] as const;

interface Finding {
  screen: string;
  rule: string;
  impact: string;
  help: string;
  targets: string[];
}

let host: RunningHost;
let caseId = '';
let personId = '';

test.beforeAll(async () => {
  test.setTimeout(180_000);
  host = await startReportOffice(600);
  const admin = await hostCallOk(host, 'auth.signIn', REPORT_ADMIN);
  await hostCallOk(
    host,
    'users.create',
    {
      username: PETUGAS.username,
      fullName: PETUGAS.fullName,
      role: PETUGAS.role,
      password: PETUGAS.password,
    },
    admin.sessionId,
  );
  await hostCallOk(host, 'auth.signOut', {}, admin.sessionId);
  // An open case with a referral, and its beneficiary: the richest detail screens of the demo register (a closed
  // one has no follow-up button; demo data is random per office id, so the first case may be closed).
  const tksk = await hostCallOk(host, 'auth.signIn', { username: TKSK.username, password: TKSK.password });
  const referrals = await hostCallOk(host, 'referrals.search', { filter: 'open', limit: 1 }, tksk.sessionId);
  const cases = await hostCallOk(
    host,
    'cases.search',
    { query: '', openOnly: true, limit: 1 },
    tksk.sessionId,
  );
  const id = referrals.rows[0]?.caseId ?? cases.rows[0]?.id;
  if (!id) throw new Error('the demo register has no case');
  caseId = id;
  const detail = await hostCallOk(host, 'cases.get', { id: caseId }, tksk.sessionId);
  personId = detail.beneficiaryId;
  await hostCallOk(host, 'auth.signOut', {}, tksk.sessionId);
});

test.afterAll(async () => {
  await host?.stop();
});

/** Runs axe on the page (or only `include`), records critical and serious violations, and checks the single h1. */
async function scan(page: Page, findings: Finding[], screen: string, include?: string): Promise<void> {
  // Let Mantine's transitions finish: axe reads computed colours, and a fading element has none to speak of.
  await page.waitForTimeout(350);
  let builder = new AxeBuilder({ page });
  if (include) builder = builder.include(include);
  const result = await builder.analyze();
  for (const v of result.violations) {
    if (v.impact !== 'critical' && v.impact !== 'serious') continue;
    findings.push({
      screen,
      rule: v.id,
      impact: v.impact,
      help: v.help,
      targets: v.nodes.slice(0, 4).map((n) => `${n.target.join(' ')} ${n.any[0]?.message ?? ''}`),
    });
  }
  const english = await englishOnScreen(page, include);
  if (english.length > 0) {
    findings.push({
      screen,
      rule: 'english-words',
      impact: 'serious',
      help: 'untranslated UI text',
      targets: english,
    });
  }
  if (!include) {
    const h1 = await page.locator('h1').count();
    if (h1 !== 1) {
      findings.push({ screen, rule: 'one-h1', impact: 'serious', help: `${h1} h1 elements`, targets: [] });
    }
    if (page.viewportSize()?.width === 1366) await noSideScroll(page, findings, screen);
  }
}

/** On a 1366×768 office monitor a screen must fit its width: neither the page nor its main area scrolls sideways. */
async function noSideScroll(page: Page, findings: Finding[], screen: string): Promise<void> {
  const wide = await page.evaluate(() =>
    [document.documentElement, document.querySelector('main')]
      .filter((el): el is HTMLElement => el !== null)
      .filter((el) => el.scrollWidth > el.clientWidth)
      .map(
        (el) => `${el.tagName.toLowerCase()} scrollWidth ${el.scrollWidth} > clientWidth ${el.clientWidth}`,
      ),
  );
  if (wide.length > 0) {
    findings.push({
      screen,
      rule: 'no-horizontal-scroll-1366',
      impact: 'serious',
      help: 'scrolls sideways',
      targets: wide,
    });
  }
}

const go = async (page: Page, hash: string, heading: string | RegExp): Promise<void> => {
  await page.evaluate((h) => (window.location.hash = h), hash);
  await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
};

/** Opens a dialog with the button named `trigger`, scans the dialog, and closes it with Esc. */
async function dialog(
  page: Page,
  findings: Finding[],
  screen: string,
  trigger: string | RegExp,
): Promise<void> {
  await page.getByRole('button', { name: trigger }).first().click();
  const box = page.getByRole('dialog');
  await expect(box).toBeVisible();
  await scan(page, findings, `${screen} (dialog)`, '[role="dialog"]');
  // The × is found by its name: an unnamed close button fails here as well as in axe.
  await box.getByRole('button', { name: 'Tutup', exact: true }).click();
  await expect(box).toBeHidden();
}

async function newPage(browser: Browser, size: (typeof SIZES)[number]): Promise<Page> {
  const context = await browser.newContext({
    viewport: size.viewport,
    deviceScaleFactor: size.deviceScaleFactor,
    locale: 'id-ID',
    timezoneId: 'Asia/Jakarta',
  });
  return context.newPage();
}

const report = (findings: Finding[]): string =>
  findings.map((f) => `${f.screen}: ${f.rule} (${f.impact}) ${f.help} → ${f.targets.join(' | ')}`).join('\n');

for (const size of SIZES) {
  test(`setup wizard at ${size.name}`, async ({ browser }) => {
    test.setTimeout(180_000);
    const findings: Finding[] = [];
    const fresh = await startWebHost();
    const page = await newPage(browser, size);
    try {
      await page.goto(fresh.openUrl);
      await expect(page.getByRole('heading', { name: 'Penyiapan awal' })).toBeVisible();
      await scan(page, findings, 'setup: office type');
      await page.getByLabel('Kecamatan (SLRT/Puskesos kecamatan)').check();
      await page.getByRole('button', { name: 'Lanjut' }).click();
      await expect(page.getByRole('combobox', { name: 'Provinsi' })).toBeVisible();
      await pickByTyping(page, 'Provinsi', 'Jawa Tengah', 'Jawa Tengah (33)');
      await pickByTyping(page, 'Kabupaten/kota', 'Cilacap', 'Kabupaten Cilacap (33.01)');
      await pickByTyping(page, 'Kecamatan', 'Jeruk', 'Jeruklegi (33.01.08)');
      await scan(page, findings, 'setup: region');
      if (size.name === '1366x768') await readmeShot(page, 'setup-wizard');
      await page.getByRole('button', { name: 'Lanjut' }).click();
      await field(page, 'Alamat kantor').fill('Jl. Raya Jeruklegi No. 1, Jeruklegi, Cilacap');
      await scan(page, findings, 'setup: letterhead');
      await page.getByRole('button', { name: 'Lanjut' }).click();
      await expect(field(page, 'Nama pengguna')).toBeVisible();
      await scan(page, findings, 'setup: admin');
    } finally {
      await page.context().close();
      await fresh.stop();
    }
    expect(findings, report(findings)).toEqual([]);
  });

  test(`every screen and dialog at ${size.name}`, async ({ browser }) => {
    test.setTimeout(480_000);
    const findings: Finding[] = [];
    const page = await newPage(browser, size);
    const wide = size.name === '1366x768';
    try {
      await page.goto(host.openUrl);
      await expect(page.getByRole('heading', { name: 'Masuk' })).toBeVisible();
      await scan(page, findings, 'sign-in');

      await signIn(page, PETUGAS.username, PETUGAS.password);
      await expect(page.getByTestId('dashboard')).toBeVisible();
      await expect(page.locator('svg').first()).toBeVisible();
      await scan(page, findings, 'Beranda');
      if (wide) await readmeShot(page, 'shell');

      await go(page, '#/warga', 'Warga');
      await expect(page.getByRole('row').nth(1)).toBeVisible();
      await scan(page, findings, 'Warga');

      await go(page, `#/warga/${personId}`, /.+/);
      await expect(page.getByTestId('person-detail')).toBeVisible();
      await scan(page, findings, 'resident');
      if (wide) await readmeShot(page, 'warga');
      await dialog(page, findings, 'resident: edit', 'Ubah data');
      await dialog(page, findings, 'resident: No KK', 'Ganti No KK');
      await dialog(page, findings, 'resident: PPKS', 'Tambah PPKS');
      await dialog(page, findings, 'resident: program', 'Tambah program');

      await go(page, '#/layanan', 'Layanan');
      await expect(page.getByRole('row').nth(1)).toBeVisible();
      await scan(page, findings, 'Layanan');

      await go(page, `#/layanan/${caseId}`, /.+/);
      await expect(page.getByTestId('case-detail')).toBeVisible();
      await scan(page, findings, 'case');
      if (wide) await readmeShot(page, 'case');
      // A referred case offers recording the referral's outcome; one not yet referred, a new referral.
      if ((await page.getByRole('button', { name: 'Buat rujukan' }).count()) > 0) {
        await dialog(page, findings, 'case: referral', 'Buat rujukan');
      }
      if ((await page.getByRole('button', { name: 'Catat hasil' }).count()) > 0) {
        await dialog(page, findings, 'case: referral outcome', 'Catat hasil');
      }
      await dialog(page, findings, 'case: follow-up', 'Tambah tindak lanjut');
      // Cancelling asks for a reason in the transition dialog (and Tutup leaves the case as it was).
      const move = page.locator('[data-testid="transition-bar"] button[data-to="DIBATALKAN"]');
      if ((await move.count()) > 0) {
        await move.first().click();
        await expect(page.getByRole('dialog')).toBeVisible();
        await scan(page, findings, 'case: transition (dialog)', '[role="dialog"]');
        await page.getByRole('dialog').getByRole('button', { name: 'Tutup', exact: true }).click();
        await expect(page.getByRole('dialog')).toBeHidden();
      }

      // The intake's three steps: find, new person, case (via an existing resident).
      await go(page, '#/layanan/baru', 'Layanan baru');
      await expect(page.getByTestId('find-person')).toBeFocused();
      await scan(page, findings, 'intake: find');
      await page.keyboard.type('Warga Baru Sekali');
      await page.getByTestId('register-new').click();
      await expect(page.getByTestId('nik-input')).toBeVisible();
      await scan(page, findings, 'intake: person');
      await go(page, `#/layanan/baru?person=${personId}`, 'Layanan baru');
      await expect(page.getByTestId('picked-person')).toBeVisible();
      await scan(page, findings, 'intake: case');

      await go(page, '#/rujukan', 'Rujukan');
      await scan(page, findings, 'Rujukan');

      await go(page, '#/laporan', 'Laporan');
      await expect(page.getByTestId('monthly-report')).toBeVisible({ timeout: 30_000 });
      await scan(page, findings, 'Laporan');
      await dialog(page, findings, 'Laporan: activity', 'Tambah kegiatan');

      await go(page, '#/sinkronisasi', 'Sinkronisasi');
      for (const tab of await page.getByRole('tab').all()) {
        const name = (await tab.innerText()).trim();
        await tab.click();
        await scan(page, findings, `Sinkronisasi: ${name}`);
      }

      // Pengaturan as the admin sees it (every tab), with the user dialogs.
      await page.getByRole('button', { name: 'Keluar' }).click();
      await signIn(page, REPORT_ADMIN.username, REPORT_ADMIN.password);
      await go(page, '#/pengaturan', 'Pengaturan');
      for (const tab of await page.getByRole('tab').all()) {
        const name = (await tab.innerText()).trim();
        await tab.click();
        await page.waitForTimeout(300);
        await scan(page, findings, `Pengaturan: ${name}`);
        if (name === 'Pengguna') {
          await dialog(page, findings, 'Pengaturan: new user', 'Tambah pengguna');
          await dialog(page, findings, 'Pengaturan: reset password', 'Atur ulang kata sandi');
        }
      }

      await page.getByRole('button', { name: 'Kunci layar' }).click();
      await expect(page.getByTestId('lock-screen')).toBeVisible();
      await scan(page, findings, 'lock screen');
    } finally {
      await page.context().close();
    }
    expect(findings, report(findings)).toEqual([]);
  });
}
