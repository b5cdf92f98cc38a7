// Foundation end to end: first-run setup, sign-in and lockout, idle lock, roles enforced by the core, audit log.
import { expect, test, type Page } from '@playwright/test';
import type { Result } from '../../shared/api/result.ts';
import { startWebHost, type RunningHost } from './support/web-host.ts';
import { field, openSettingsTab, pickByTyping, signIn, signOut, typeOnLockScreen } from './support/ui.ts';

test.describe.configure({ mode: 'serial' });

const SHOTS = 'tests/artifacts/screenshots';
const ADMIN = { username: 'admin', fullName: 'Siti Rahayu', password: 'rahasia-admin-1' };
const VIEWER = { username: 'pengamat1', fullName: 'Budi Santoso', password: 'rahasia-pengamat-1' };
/** The sign-in refusal, the same for a wrong password and an unknown name (default security settings). */
const SIGN_IN_REFUSAL =
  'Nama pengguna atau kata sandi salah. Setelah 5 kali gagal, akun dikunci selama 5 menit.';

let host: RunningHost;
let page: Page;

test.beforeAll(async ({ browser }) => {
  host = await startWebHost();
  page = await browser.newPage({
    viewport: { width: 1280, height: 800 },
    locale: 'id-ID',
    timezoneId: 'Asia/Jakarta',
  });
});

test.afterAll(async () => {
  await page?.close();
  await host?.stop();
});

test('the setup wizard sets up Kecamatan Jeruklegi by typing into the region selects', async () => {
  await page.goto(host.openUrl);
  await expect(page.getByRole('heading', { name: 'Penyiapan awal' })).toBeVisible();
  // The token moved from the visible URL into sessionStorage.
  expect(page.url()).not.toContain('token=');

  await page.getByRole('button', { name: 'Lanjut' }).click();
  await expect(page.getByText('Pilih jenis kantor.')).toBeVisible();
  await page.getByLabel('Kecamatan (SLRT/Puskesos kecamatan)').check();
  await page.getByRole('button', { name: 'Lanjut' }).click();
  // Each step starts on its first field, so the keyboard goes on from there.
  await expect(field(page, 'Provinsi')).toBeFocused();

  await pickByTyping(page, 'Provinsi', 'Jawa Tengah', 'Jawa Tengah (33)');
  await pickByTyping(page, 'Kabupaten/kota', 'Cilacap', 'Kabupaten Cilacap (33.01)');
  await pickByTyping(page, 'Kecamatan', 'Jeruk', 'Jeruklegi (33.01.08)');
  await page.screenshot({ path: `${SHOTS}/01-wizard-region.png` });
  await page.getByRole('button', { name: 'Lanjut' }).click();

  await expect(field(page, 'Nama kantor (kop surat)')).toHaveValue('Kecamatan Jeruklegi');
  await expect(field(page, 'Nama kantor (kop surat)')).toBeFocused();
  await page.getByRole('button', { name: 'Lanjut' }).click();
  await expect(page.getByText('Alamat minimal 5 karakter.')).toBeVisible();
  await field(page, 'Alamat kantor').fill('Jl. Raya Jeruklegi No. 1, Jeruklegi, Cilacap');
  // Enter goes forward, never back to an earlier step.
  await field(page, 'Nama kantor (kop surat)').press('Enter');
  await expect(field(page, 'Nama pengguna')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(field(page, 'Nama pengguna')).toBeVisible();

  await field(page, 'Nama pengguna').fill(ADMIN.username);
  await field(page, 'Nama lengkap').fill(ADMIN.fullName);
  await field(page, 'Kata sandi').fill(ADMIN.password);
  await field(page, 'Ulangi kata sandi').fill('sesuatu-yang-lain');
  await page.getByRole('button', { name: 'Selesaikan penyiapan' }).click();
  await expect(page.getByText('Kedua kata sandi tidak sama.')).toBeVisible();
  await field(page, 'Ulangi kata sandi').fill(ADMIN.password);
  await page.screenshot({ path: `${SHOTS}/02-wizard-admin.png` });
  await page.getByRole('button', { name: 'Selesaikan penyiapan' }).click();

  const fingerprint = page.getByTestId('fingerprint');
  await expect(fingerprint).toBeVisible();
  expect((await fingerprint.innerText()).replace(/\s+/g, ' ').trim()).toMatch(/^\d{5}( \d{5}){5}$/);
  await expect(page.getByText(/Bacakan sidik jari ini melalui telepon/)).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/03-wizard-fingerprint.png` });
  await page.getByRole('button', { name: 'Lanjut ke halaman masuk' }).click();
  await expect(page.getByRole('heading', { name: 'Masuk' })).toBeVisible();
});

test('a wrong password is refused in Indonesian, then the admin signs in to the shell', async () => {
  // English is one click away and remembered; Bahasa Indonesia is the default.
  await page.getByText('English', { exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
  expect(await page.evaluate(() => localStorage.getItem('puskesos.language'))).toBe('en');
  await page.getByText('Bahasa Indonesia', { exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Masuk' })).toBeVisible();

  await signIn(page, ADMIN.username, 'salah-sekali');
  await expect(page.getByTestId('sign-in-error')).toHaveText(SIGN_IN_REFUSAL);
  // An unknown name reads word for word the same (no attempts left only for existing names).
  await signIn(page, 'tidak-ada-orangnya', 'salah-sekali');
  await expect(page.getByTestId('sign-in-error')).toHaveText(SIGN_IN_REFUSAL);

  await signIn(page, ADMIN.username, ADMIN.password);
  const status = page.getByTestId('status-bar');
  await expect(status).toContainText('Kecamatan Jeruklegi');
  await expect(status).toContainText('33.01.08');
  await expect(status).toContainText(`${ADMIN.fullName} (${ADMIN.username})`);
  await expect(status).toContainText('Admin');
  await expect(page.getByTestId('office-summary')).toContainText('Jeruklegi (33.01.08)');
  await page.screenshot({ path: `${SHOTS}/04-shell.png` });

  // Keyboard navigation: Alt+number jumps between sections; nav links are reachable with Tab.
  await page.keyboard.press('Alt+2');
  await expect(page.getByRole('heading', { name: 'Warga' })).toBeVisible();
  await page.keyboard.press('Alt+1');
  await expect(page.getByRole('heading', { name: /Selamat datang/ })).toBeVisible();
  await page
    .getByRole('navigation')
    .getByRole('link', { name: /Rujukan/ })
    .focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Rujukan' })).toBeVisible();
});

test('an idle session locks after the time set in Pengaturan → Keamanan, and unlocks with the password', async () => {
  await openSettingsTab(page, 'Keamanan');
  const idle = field(page, 'Kunci layar setelah tidak aktif (menit)');
  await expect(idle).toHaveValue('10');
  await idle.fill('0,25');
  await expect(page.getByText('= 15 detik', { exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Simpan' }).click();
  await expect(page.getByText('Pengaturan keamanan disimpan.')).toBeVisible();

  // Hands off the keyboard and mouse: the lock screen appears after about 15 seconds.
  const lock = page.getByTestId('lock-screen');
  await expect(lock).toBeVisible({ timeout: 40_000 });
  await expect(lock).toContainText('Layar terkunci');
  await page.screenshot({ path: `${SHOTS}/05-lock-screen.png` });

  await typeOnLockScreen(page, 'bukan-sandinya');
  await page.getByRole('button', { name: 'Buka kunci' }).click();
  await expect(lock.getByRole('alert')).toContainText('Kata sandi salah.');
  await typeOnLockScreen(page, ADMIN.password);
  await page.getByRole('button', { name: 'Buka kunci' }).click();
  await expect(page.getByTestId('status-bar')).toBeVisible();

  // Back to a comfortable idle time for the rest of the run.
  await openSettingsTab(page, 'Keamanan');
  await field(page, 'Kunci layar setelah tidak aktif (menit)').fill('30');
  await page.getByRole('button', { name: 'Simpan' }).click();
  await expect(page.getByText('Pengaturan keamanan disimpan.').first()).toBeVisible();
});

test('the admin creates a pengamat, whom the core refuses when they try to create users', async () => {
  await openSettingsTab(page, 'Pengguna');
  await page.getByRole('button', { name: 'Tambah pengguna' }).click();
  const dialog = page.getByRole('dialog');
  await field(page, 'Nama pengguna').fill(VIEWER.username);
  await field(page, 'Nama lengkap').fill(VIEWER.fullName);
  await field(page, 'Peran').click();
  await page.getByRole('option', { name: 'Pengamat' }).click();
  await field(page, 'Kata sandi').fill(VIEWER.password);
  await field(page, 'Ulangi kata sandi').fill(VIEWER.password);
  await dialog.getByRole('button', { name: 'Simpan' }).click();
  await expect(dialog).toBeHidden();
  const row = page.locator(`tr[data-username="${VIEWER.username}"]`);
  await expect(row).toContainText('Pengamat');
  await expect(row).toContainText('Aktif');
  await signOut(page);

  await signIn(page, VIEWER.username, VIEWER.password);
  await expect(page.getByTestId('status-bar')).toContainText('Pengamat');
  await page.keyboard.press('Alt+7');
  await expect(page.getByRole('tab', { name: 'Kantor' })).toBeVisible();
  await expect(page.getByRole('tab', { name: 'Pengguna' })).toHaveCount(0);

  // The UI hides the button; the core must refuse the call anyway.
  const refused = await page.evaluate(async (token) => {
    const res = await fetch('/api/call', {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        'x-puskesos-token': token,
        'x-puskesos-session': sessionStorage.getItem('puskesos.sessionId') ?? '',
      },
      body: JSON.stringify({
        method: 'users.create',
        input: { username: 'penyusup', fullName: 'Penyusup', role: 'admin', password: 'rahasia-penyusup' },
      }),
    });
    return (await res.json()) as Result<unknown>;
  }, host.token);
  expect(refused.ok).toBe(false);
  if (!refused.ok) {
    expect(refused.error.code).toBe('FORBIDDEN');
    expect(refused.error.message).toBe('Anda tidak memiliki hak untuk tindakan ini.');
  }
  await signOut(page);
});

test('the admin sees the refused attempt in the audit log, filtered by user, action and day', async () => {
  await signIn(page, ADMIN.username, ADMIN.password);
  await openSettingsTab(page, 'Log Audit');
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Jakarta' }).format(new Date());
  await field(page, 'Nama pengguna').fill(VIEWER.username);
  await pickByTyping(page, 'Tindakan', 'Menambah peng', 'Menambah pengguna');
  // Dates typed as the office writes them (HH-BB-TTTT), whatever the PC's locale.
  const todayText = today.split('-').reverse().join('-');
  await field(page, 'Dari tanggal (WIB)').fill(todayText);
  await field(page, 'Sampai tanggal (WIB)').fill(todayText);
  await page.getByRole('button', { name: 'Terapkan' }).click();

  const table = page.getByTestId('audit-table');
  const refusedRow = table.locator('tr[data-action="users.create"][data-outcome="ditolak"]');
  await expect(refusedRow).toHaveCount(1);
  await expect(refusedRow).toContainText(`${VIEWER.fullName} (${VIEWER.username})`);
  await expect(refusedRow.getByTestId('audit-action')).toHaveText(/^Menambah pengguna/);
  await expect(refusedRow).toContainText('Pengamat');
  await expect(refusedRow).toContainText('ditolak');
  await expect(refusedRow).toContainText('peran pengamat tidak diizinkan');
  await expect(table.locator('tbody tr')).toHaveCount(1);
  await page.screenshot({ path: `${SHOTS}/06-audit-log.png`, fullPage: true });
  await signOut(page);
});

test('the fifth wrong password locks the account', async () => {
  for (let left = 4; left >= 1; left--) {
    await signIn(page, ADMIN.username, `salah-${left}`);
    await expect(page.getByTestId('sign-in-error')).toHaveText(SIGN_IN_REFUSAL);
  }
  await signIn(page, ADMIN.username, 'salah-terakhir');
  await expect(page.getByTestId('sign-in-error')).toContainText('dikunci');
  // Even the right password is refused while the lockout lasts.
  await signIn(page, ADMIN.username, ADMIN.password);
  await expect(page.getByTestId('sign-in-error')).toContainText('Akun terkunci');
  await page.screenshot({ path: `${SHOTS}/07-account-locked.png` });
});
