// The front desk at full speed: four keyboard-only walk-ins with their non-data keystrokes counted and capped,
// and one check per intake trap fixed (NIK fills sex and date, fixed Tab order, one-key choices, Esc asks …).
import { expect, test, type Page, type TestInfo } from '@playwright/test';
import { setUpOffice } from './support/api.ts';
import { ADMIN, nik, PETUGAS, seedResidents } from './support/register-data.ts';
import { startWebHost, type RunningHost } from './support/web-host.ts';
import { field, focused, signIn } from './support/ui.ts';

test.describe.configure({ mode: 'serial' });

let host: RunningHost;
let page: Page;

/** Keys pressed in a walk-in: data (what the clerk types from the documents) apart from the rest. */
class Keys {
  nonData = 0;
  data = 0;
  private readonly p: Page;
  constructor(p: Page) {
    this.p = p;
  }
  /** Tab, Enter, arrows, shortcuts: counted against the ceiling. */
  async press(key: string): Promise<void> {
    this.nonData += 1;
    await this.p.keyboard.press(key);
  }
  /** The data itself (a name, a NIK, a one-key choice such as P for Perempuan). */
  async type(text: string): Promise<void> {
    this.data += text.length;
    await this.p.keyboard.type(text);
  }
  /** In a searchable list: type, wait for the option to be the highlighted one, Enter (↓ counted if needed). */
  async choose(text: string, option: string): Promise<void> {
    await this.type(text);
    const o = this.p.getByRole('option', { name: option, exact: true });
    await expect(o).toBeVisible();
    try {
      await expect(o).toHaveAttribute('data-combobox-selected', 'true', { timeout: 1_000 });
    } catch {
      await this.press('ArrowDown');
      await expect(o).toHaveAttribute('data-combobox-selected', 'true');
    }
    await this.press('Enter');
  }
  record(info: TestInfo, walkIn: string, ceiling: number): void {
    info.annotations.push({
      type: 'keystrokes',
      description: `${walkIn}: ${this.nonData} non-data (ceiling ${ceiling}), ${this.data} data`,
    });
    expect(this.nonData, walkIn).toBeLessThanOrEqual(ceiling);
  }
}

const caseSaved = async (): Promise<string> => {
  await expect(page.getByTestId('case-detail')).toBeVisible();
  return (await page.getByTestId('case-number').innerText()).trim();
};

test.beforeAll(async ({ browser }) => {
  host = await startWebHost();
  await setUpOffice(host, ADMIN, [PETUGAS]);
  await seedResidents(host, PETUGAS.username, PETUGAS.password);
  page = await browser.newPage({ viewport: { width: 1366, height: 768 }, locale: 'id-ID' });
  await page.goto(host.openUrl);
  await signIn(page, PETUGAS.username, PETUGAS.password);
  await expect(page.getByTestId('status-bar')).toBeVisible();
});

test.afterAll(async () => {
  await page?.close();
  await host?.stop();
});

test('new resident with NIK, a new household and a complaint: ≤ 12 non-data keys', async () => {
  const info = test.info();
  const k = new Keys(page);
  const NIK = nik('P', '1985-08-12', 31);
  await k.press('Alt+N');
  await expect(page.getByTestId('find-person')).toBeFocused();
  await k.type(NIK);
  await expect(page.getByTestId('register-new')).toHaveAttribute('aria-selected', 'true');
  await k.press('Enter');
  // The decoded NIK fills sex and birth date; the name has the focus.
  await expect(field(page, 'Nama lengkap')).toBeFocused();
  await expect(page.getByRole('radio', { name: 'Perempuan' })).toBeChecked();
  await expect(field(page, 'Tanggal lahir')).toHaveValue('12-08-1985');
  await k.type('Sulastri Wulandari');
  await k.press('Tab');
  await expect(page.getByRole('radio', { name: 'Keluarga baru' })).toBeFocused();
  await k.press('Tab');
  await expect(field(page, 'No KK')).toBeFocused();
  await k.type('3301081508210031');
  await k.press('Tab');
  await k.choose('Brebeg', 'Brebeg (33.01.08.2004)');
  await k.press('Tab');
  await expect(field(page, 'Alamat')).toBeFocused();
  await k.type('Dusun Kalisari RT 2');
  await k.press('Enter');
  // The case: A on Jenis is a complaint (pengaduan) and moves on to Kategori.
  await expect(page.getByTestId('picked-person')).toContainText('Sulastri Wulandari');
  await k.type('a');
  await expect(page.getByRole('radio', { name: 'Pengaduan' })).toBeChecked();
  await expect(field(page, 'Kategori')).toBeFocused();
  await k.choose('PBI', 'PBI-JK nonaktif');
  await k.press('Tab');
  await expect(field(page, 'Uraian')).toBeFocused();
  await k.type('Kartu KIS tidak aktif saat berobat; minta diaktifkan kembali.');
  await k.press('Enter');
  expect(await caseSaved()).toMatch(/^33\.01\.08\/\d{4}\/\d{5}$/);
  await expect(page.getByTestId('case-header')).toContainText('Keluhan · Pengaduan');
  k.record(info, 'new with NIK, household and complaint', 12);
});

test('new resident without NIK (no KK yet) and a complaint: ≤ 12 non-data keys', async () => {
  const info = test.info();
  const k = new Keys(page);
  await k.press('Alt+N');
  await expect(page.getByTestId('find-person')).toBeFocused();
  await k.type('Painem Sukarti');
  await k.press('Alt+B');
  await expect(page.getByTestId('nik-input')).toBeFocused();
  await k.press('Tab');
  await expect(focused(page)).toHaveAccessibleName('Tidak punya NIK');
  await k.type(' ');
  await k.press('Tab');
  await k.type('p'); // Perempuan, and on to the birth date
  await expect(page.getByRole('radio', { name: 'Perempuan' })).toBeChecked();
  await expect(field(page, 'Tanggal lahir')).toBeFocused();
  await k.type('01071950');
  await k.press('Tab');
  await expect(field(page, 'Nama lengkap')).toHaveValue('Painem Sukarti');
  await k.press('Tab');
  await k.type('3'); // Belum ada KK, and on to the desa
  await expect(field(page, 'Desa/kelurahan')).toBeFocused();
  await k.choose('Brebeg', 'Brebeg (33.01.08.2004)');
  await k.press('Enter');
  await expect(page.getByTestId('picked-person')).toContainText('Painem Sukarti');
  await k.type('s'); // a suggestion
  await expect(page.getByRole('radio', { name: 'Saran' })).toBeChecked();
  await k.choose('Lain', 'Lainnya');
  await k.press('Tab');
  await k.type('Usul jadwal layanan keliling di balai desa.');
  await k.press('Enter');
  await caseSaved();
  k.record(info, 'new without NIK, no KK, complaint', 12);
});

test('returning resident by a name fragment: Enter opens the first match, ≤ 6 non-data keys', async () => {
  const info = test.info();
  const k = new Keys(page);
  await k.press('Alt+N');
  await expect(page.getByTestId('find-person')).toBeFocused();
  await k.type('lastri wul');
  const first = page.getByRole('option').first();
  await expect(first).toContainText('Sulastri Wulandari');
  await expect(first).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByTestId('register-new-button')).toBeVisible();
  await k.press('Enter');
  await expect(page.getByTestId('picked-person')).toContainText('Sulastri Wulandari');
  await k.type('l'); // Layanan, on to Kategori
  await expect(field(page, 'Kategori')).toBeFocused();
  await k.choose('Admin', 'Administrasi kependudukan');
  await k.press('Tab');
  await expect(field(page, 'Uraian')).toBeFocused();
  await k.type('Minta surat pengantar perbaikan KK.');
  await k.press('Enter');
  await caseSaved();
  k.record(info, 'returning by name fragment', 6);
});

test('returning resident by a NIK prefix: ≤ 6 non-data keys', async () => {
  const info = test.info();
  const k = new Keys(page);
  await k.press('Alt+N');
  await expect(page.getByTestId('find-person')).toBeFocused();
  await k.type(nik('P', '1985-08-12', 31).slice(0, 12));
  await expect(page.getByRole('option').first()).toContainText('Sulastri Wulandari');
  await k.press('Enter');
  await expect(page.getByTestId('picked-person')).toContainText('Sulastri Wulandari');
  await k.type('l');
  await k.choose('Data', 'Data (DTSEN)');
  await k.press('Tab');
  await k.type('Minta dicek status DTSEN.');
  await k.press('Enter');
  await caseSaved();
  k.record(info, 'returning by NIK prefix', 6);
});

test('traps: one Tab order for every category, a space never ticks a box, unknown text refused, Esc asks', async () => {
  await page.keyboard.press('Alt+N');
  await expect(page.getByTestId('find-person')).toBeFocused();
  await page.keyboard.type('Sulastri');
  await expect(page.getByRole('option', { name: /Sulastri Wulandari/ })).toHaveAttribute(
    'aria-selected',
    'true',
  );
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('picked-person')).toBeVisible();
  await page.keyboard.type('l');
  const kategori = field(page, 'Kategori');
  // With sub-categories (Data) and without (Administrasi kependudukan): Tab from Kategori is Uraian.
  for (const [text, option] of [
    ['Data', 'Data (DTSEN)'],
    ['Admin', 'Administrasi kependudukan'],
  ] as const) {
    await kategori.focus();
    await kategori.fill('');
    await page.keyboard.type(text);
    await expect(page.getByRole('option', { name: option, exact: true })).toHaveAttribute(
      'data-combobox-selected',
      'true',
    );
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    await expect(field(page, 'Uraian')).toBeFocused();
  }
  await page.keyboard.type('Butuh bantuan segera ');
  await expect(page.getByRole('checkbox', { name: /Jalur cepat/ })).not.toBeChecked();

  // A sub-category that matches nothing is refused visibly, and Enter does not save without it.
  await kategori.focus();
  await kategori.fill('');
  await page.keyboard.type('Data');
  await page.keyboard.press('Enter');
  const sub = field(page, 'Sub-kategori');
  await sub.focus();
  await page.keyboard.type('zzz');
  await page.keyboard.press('Enter');
  await expect(page.getByText('"zzz" tidak ada dalam daftar')).toBeVisible();
  await expect(page.getByTestId('case-detail')).toHaveCount(0);

  // Esc on a filled form asks; keeping goes on filling, discarding goes back to find the person again.
  await field(page, 'Uraian').focus();
  await page.keyboard.press('Escape');
  const dialog = page.getByRole('dialog', { name: 'Buang isian formulir?' });
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Enter'); // "Lanjut mengisi" has the focus
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('picked-person')).toBeVisible();
  await field(page, 'Uraian').focus();
  await page.keyboard.press('Escape');
  await page.getByTestId('discard-confirm').click();
  await expect(page.getByTestId('find-person')).toHaveValue(/\d{16}|Sulastri/);
  await expect(page.getByRole('option').first()).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('option').first()).toContainText('Sulastri Wulandari');
});

test('case search finds a case by its last digits, year/number and the resident NIK', async () => {
  await page.keyboard.press('Alt+3');
  const search = page.getByLabel('Cari kasus');
  await expect(search).toBeVisible();
  await search.fill('00001');
  await expect(page.getByTestId('case-count')).toHaveText(/^1 /);
  await search.fill(`${new Date().getFullYear()}/0000`);
  await expect(page.getByTestId('case-count')).toHaveText(/^4 /); // the four walk-ins
  await search.fill(nik('P', '1985-08-12', 31));
  await expect(page.getByTestId('case-count')).toHaveText(/^3 /);
});

test('the idle lock waits for a clerk typing in a field, and keys in flight when it falls are no password', async ({
  browser,
}) => {
  // The page's own clock, fast-forwarded: ten minutes of idle time pass without waiting for them.
  const clerk = await browser.newPage({ viewport: { width: 1366, height: 768 }, locale: 'id-ID' });
  try {
    await clerk.clock.install();
    await clerk.goto(host.openUrl);
    await signIn(clerk, PETUGAS.username, PETUGAS.password);
    await expect(clerk.getByTestId('status-bar')).toBeVisible();
    await clerk.keyboard.press('Alt+3');
    const search = clerk.getByLabel('Cari kasus');
    await search.click();
    await clerk.keyboard.type('0000');
    // Past the idle time (10 minutes) but typing in a field within the grace minute: no lock.
    const lock = clerk.getByTestId('lock-screen');
    await clerk.clock.runFor('10:50');
    await expect(lock).toHaveCount(0);
    // A pause in the field longer than idle time plus grace (11 minutes): the lock falls. Small steps, so
    // the page's clock stops right when it appears (the keys below must arrive within its first second).
    for (let step = 0; step < 80 && (await lock.count()) === 0; step++) await clerk.clock.runFor(250);
    await expect(lock).toBeVisible();
    // The rest of the clerk's typing and the Enter arrive on the lock screen: dropped, never tried.
    await clerk.keyboard.type('1');
    await clerk.keyboard.press('Enter');
    await expect(lock).toContainText('ketikan tadi tidak dipakai');
    await expect(lock.getByRole('alert')).toHaveCount(0);
    await expect(field(clerk, 'Kata sandi')).toHaveValue('');
  } finally {
    await clerk.close();
  }
});
