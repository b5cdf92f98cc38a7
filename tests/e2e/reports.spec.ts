// Laporan and Beranda charts end to end: preview a month with charts, log an activity, download XLSX and PDF, finalize (Final v1);
// the pengamat reads without controls; Beranda's charts render and a bar opens the list it counts.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { localDay } from '../../shared/time/office-zone.ts';
import { carryBundles, DINSOS_ADMIN, startEnrolledDinsos } from './support/report-dinsos.ts';
import { downloadReport, OBSERVER, startReportOffice, TKSK } from './support/report-office.ts';
import { dismissToasts, field, pickByTyping, readmeShot, signIn, signOut, tallShot } from './support/ui.ts';
import type { RunningHost } from './support/web-host.ts';

test.describe.configure({ mode: 'serial' });

const SHOTS = 'tests/artifacts/screenshots';
const today = localDay(Date.now(), 'Asia/Jakarta');
const [year, monthNo] = today.split('-').map(Number) as [number, number];
/** The month the Laporan screen opens on: the one before the office's today. */
const MONTH = monthNo === 1 ? `${year - 1}-12` : `${year}-${String(monthNo - 1).padStart(2, '0')}`;
const PERIOD = new Intl.DateTimeFormat('id-ID', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
  new Date(`${MONTH}-01T00:00:00Z`),
);

let host: RunningHost;
let dinsos: RunningHost | undefined;
let page: Page;
const files = mkdtempSync(join(tmpdir(), 'laporan-'));

test.beforeAll(async ({ browser }) => {
  test.setTimeout(120_000);
  host = await startReportOffice();
  page = await browser.newPage({
    viewport: { width: 1280, height: 800 },
    locale: 'id-ID',
    timezoneId: 'Asia/Jakarta',
    acceptDownloads: true,
  });
  await page.goto(host.openUrl);
});

test.afterAll(async () => {
  await page?.close();
  await host?.stop();
  await dinsos?.stop();
});

async function openLaporan(p: Page): Promise<void> {
  await expect(p.getByTestId('status-bar')).toBeVisible();
  await p.keyboard.press('Alt+5');
  await expect(p.getByRole('heading', { name: 'Laporan', exact: true })).toBeVisible();
}

test('the TKSK previews the previous month with its tables and charts', async () => {
  await signIn(page, TKSK.username, TKSK.password);
  await openLaporan(page);
  await expect(field(page, 'Bulan laporan')).toHaveValue(PERIOD);
  const report = page.getByTestId('monthly-report');
  await expect(report).toHaveAttribute('data-month', MONTH);
  await expect(page.getByTestId('report-state')).toHaveText('Draf');
  await expect(report).toContainText(`Periode ${PERIOD}`);
  // Tables from the shared layout, with their totals rows, and charts drawn as SVG beside them.
  await expect(report.locator('[data-table-id]').first()).toBeVisible();
  expect(await report.locator('[data-table-id]').count()).toBeGreaterThanOrEqual(5);
  await expect(report.locator('tr[data-totals]').first()).toBeVisible();
  const charts = report.locator('figure[data-chart-id]');
  expect(await charts.count()).toBeGreaterThanOrEqual(2);
  // The report's charts are pictures (role img, named by the figure); only charts whose bars link are groups.
  await expect(charts.locator('svg[role="img"]').first()).toBeVisible();
  expect(await charts.locator('svg rect').count()).toBeGreaterThan(0);
});

/** Adds an activity on `day` of the report month through the form. */
async function addActivity(day: string, type: string, target: string, result: string): Promise<void> {
  await page.getByTestId('activity-add').click();
  const form = page.getByTestId('activity-form');
  await expect(form).toBeVisible();
  await field(page, 'Tanggal').fill('');
  await field(page, 'Tanggal').pressSequentially(`${day}${MONTH.slice(5, 7)}${MONTH.slice(0, 4)}`);
  await field(page, 'Jenis kegiatan').click();
  await page.getByRole('option', { name: type }).click();
  await field(page, 'Sasaran').fill(target);
  await field(page, 'Hasil').fill(result);
  await page.getByTestId('activity-save').click();
  await expect(form).toBeHidden();
}

test('the TKSK logs an activity for the month', async () => {
  test.setTimeout(150_000); // three form round trips
  await addActivity(
    '15',
    'Kunjungan rumah',
    'Lansia terlantar (uji)',
    'Dua lansia dikunjungi dan diusulkan ke program ATENSI (uji).',
  );
  const log = page.getByTestId('activity-log');
  await expect(log).toContainText('Kunjungan rumah');
  await expect(log).toContainText('Lansia terlantar (uji)');
  await expect(log).toContainText(TKSK.fullName);

  // A second entry is corrected, then deleted (after the confirmation).
  await addActivity('16', 'Pelatihan', 'Kader desa (uji)', 'Pelatihan pendataan (uji).');
  const extra = log.locator('tr', { hasText: 'Kader desa (uji)' });
  await extra.getByRole('button', { name: 'Ubah' }).click();
  await field(page, 'Sasaran').fill('Kader posyandu (uji)');
  await page.getByTestId('activity-save').click();
  await expect(page.getByTestId('activity-form')).toBeHidden();
  const edited = log.locator('tr', { hasText: 'Kader posyandu (uji)' });
  await expect(edited).toContainText('Pelatihan');
  // Deleting asks first, in the app's own dialog; Batal keeps the entry.
  await edited.getByRole('button', { name: 'Hapus' }).click();
  const ask = page.getByRole('dialog', { name: 'Hapus kegiatan' });
  await expect(ask).toContainText('Hapus kegiatan tanggal');
  await ask.getByRole('button', { name: 'Batal' }).click();
  await expect(ask).toBeHidden();
  await expect(edited).toHaveCount(1);
  await edited.getByRole('button', { name: 'Hapus' }).click();
  await page.getByTestId('activity-remove-confirm').click();
  await expect(edited).toHaveCount(0);
  await expect(log.locator('tbody tr')).toHaveCount(1);
});

test('the TKSK downloads the report as XLSX and PDF', async () => {
  const xlsx = await downloadReport(page, page.getByTestId('download-xlsx'), files);
  expect(xlsx.endsWith(`${MONTH}.xlsx`)).toBe(true);
  expect(readFileSync(xlsx).subarray(0, 2).toString('latin1')).toBe('PK');
  const pdf = await downloadReport(page, page.getByTestId('download-pdf'), files);
  expect(pdf.endsWith(`${MONTH}.pdf`)).toBe(true);
  expect(readFileSync(pdf).subarray(0, 5).toString('latin1')).toBe('%PDF-');
});

test('the TKSK finalizes the month after a confirmation naming the period: Final v1', async () => {
  await page.getByTestId('finalize').click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText(`Finalisasi laporan ${PERIOD}`);
  await expect(dialog).toContainText(`periode ${PERIOD} sebagai versi 1`);
  await page.getByTestId('finalize-confirm').click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('report-state')).toHaveText('Final v1');
  const versions = page.getByTestId('report-versions');
  await expect(versions.locator('[data-version="1"]')).toContainText(TKSK.fullName);
  await expect(versions.locator('[data-version="1"]')).toContainText('Sah');
  await expect(page.getByTestId('finalize')).toHaveCount(0);
  await dismissToasts(page);
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: `${SHOTS}/laporan-01-final.png` });
  // The README image, as an office's 1366×768 monitor shows the screen.
  await page.setViewportSize({ width: 1366, height: 768 });
  await expect(page.locator('figure[data-chart-id]').first()).toBeAttached();
  await readmeShot(page, 'laporan');
  await page.setViewportSize({ width: 1280, height: 800 });
  await tallShot(page, `${SHOTS}/laporan-02-full.png`);
});

test('a later change marks the month "Perlu revisi"; finalizing again makes v2 and both versions stay', async () => {
  await addActivity('20', 'Rapat koordinasi', 'Perangkat desa (uji)', 'Koordinasi pendataan DTSEN (uji).');
  await expect(page.getByTestId('report-state')).toHaveText('Perlu revisi (setelah v1)');
  await expect(page.getByTestId('report-changed')).toContainText('Log kegiatan TKSK');
  await page.getByTestId('finalize').click();
  await expect(page.getByRole('dialog')).toContainText(`periode ${PERIOD} sebagai versi 2`);
  await page.getByTestId('finalize-confirm').click();
  await expect(page.getByTestId('report-state')).toHaveText('Final v2');
  const versions = page.getByTestId('report-versions');
  await expect(versions.locator('[data-version]')).toHaveCount(2);
  await expect(versions.locator('[data-version="2"]')).toContainText('Sah');
});

test('the pengamat reads the report without any control that changes it', async () => {
  await signOut(page);
  await signIn(page, OBSERVER.username, OBSERVER.password);
  await openLaporan(page);
  await expect(page.getByTestId('report-state')).toHaveText('Final v2');
  await expect(page.getByTestId('activity-log')).toContainText('Lansia terlantar (uji)');
  await expect(page.getByTestId('activity-add')).toHaveCount(0);
  await expect(page.getByTestId('finalize')).toHaveCount(0);
  await expect(page.getByTestId('notes-save')).toHaveCount(0);
  await expect(page.getByTestId('download-pdf')).toBeVisible();
});

test('Beranda draws the charts and a bar opens the list it counts', async () => {
  await page.keyboard.press('Alt+1');
  const charts = page.getByTestId('dashboard-charts');
  await expect(charts).toBeVisible();
  for (const id of ['kasus-per-bulan', 'rujukan-tujuan-hasil', 'ppks-per-wilayah', 'terlambat-per-wilayah'])
    await expect(charts.getByTestId(`chart-${id}`)).toBeVisible();
  const months = charts.getByTestId('chart-kasus-per-bulan');
  await expect(months.locator('svg[role="group"]')).toBeVisible();
  await expect(months.locator('svg > title')).toHaveText('Kasus per bulan (12 bulan terakhir)');
  await page.screenshot({ path: `${SHOTS}/laporan-03-beranda-charts.png`, fullPage: true });

  // A referral segment opens Rujukan filtered by its destination and outcome, with the same count.
  const segment = charts.getByTestId('chart-rujukan-tujuan-hasil').locator('a[data-value]').first();
  const segmentValue = Number(await segment.getAttribute('data-value'));
  await segment.click();
  await expect(page.getByRole('heading', { name: 'Rujukan' })).toBeVisible();
  await expect(page).toHaveURL(/filter=all&destination=[^&]+&outcome=\w+/);
  await expect(page.getByTestId('referral-count')).toHaveText(`${segmentValue} rujukan`);
  await page.keyboard.press('Alt+1');
  await expect(charts).toBeVisible();

  // The last month with received cases: its bar is a focusable link carrying the count.
  const bars = months.locator('a[data-series="0"]');
  const values = await bars.evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-value'))));
  const index = values.findLastIndex((v) => v > 0);
  expect(index).toBeGreaterThanOrEqual(0);
  const bar = bars.nth(index);
  await bar.focus();
  await expect(bar).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Layanan' })).toBeVisible();
  await expect(page).toHaveURL(/receivedMonth=\d{4}-\d{2}/);
  await expect(page.getByTestId('filter-received-month')).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/laporan-05-layanan-by-month.png` });
  const expected = new Intl.NumberFormat('id-ID').format(values[index] ?? 0);
  await expect(page.getByTestId('case-count')).toContainText(
    new RegExp(`^${expected.replace('.', '\\.')}\\b`),
  );
});

test('Dinsos receives the finalized month by bundle: its recap lists the kecamatan with version 2', async ({
  browser,
}) => {
  test.setTimeout(180_000); // two offices, enrollment and a bundle on a busy 2-core machine
  dinsos = await startEnrolledDinsos(host);
  expect(await carryBundles(host, dinsos)).toBeGreaterThan(0);
  const din = await browser.newPage({
    viewport: { width: 1280, height: 800 },
    locale: 'id-ID',
    timezoneId: 'Asia/Jakarta',
    acceptDownloads: true,
  });
  try {
    await din.goto(dinsos.openUrl);
    await signIn(din, DINSOS_ADMIN.username, DINSOS_ADMIN.password);
    await openLaporan(din);
    const recap = din.getByTestId('recap');
    await expect(recap).toHaveAttribute('data-month', MONTH);

    // The deadline day of the next month (admin): the 28th makes today's finalization on time up to the 28th.
    await field(din, 'Tanggal batas (bulan berikutnya)').fill('28');
    await din.getByTestId('deadline-setting').getByRole('button', { name: 'Simpan' }).click();
    await expect(din.getByText('Tanggal batas diubah menjadi tanggal 28.')).toBeVisible();
    const onTime = Number(today.slice(8, 10)) <= 28;
    const status = onTime ? 'tepat_waktu' : 'terlambat';
    await expect(din.getByTestId('recap-counts').locator(`[data-status="${status}"]`)).toHaveText(
      `${onTime ? 'Tepat waktu' : 'Terlambat'}: 1`,
    );
    const row = recap.locator('[data-table-id="rekap-kecamatan"] tbody tr', {
      hasText: 'Kecamatan Jeruklegi',
    });
    await expect(row).toContainText('33.01.08');
    await expect(row).toContainText(onTime ? 'Tepat waktu' : 'Terlambat');
    await expect(row.locator('td').nth(4)).toHaveText('2');

    const xlsx = await downloadReport(din, din.getByTestId('download-xlsx'), files);
    expect(xlsx.endsWith(`${MONTH}.xlsx`)).toBe(true);
    expect(readFileSync(xlsx).subarray(0, 2).toString('latin1')).toBe('PK');
    const pdf = await downloadReport(din, din.getByTestId('download-pdf'), files);
    expect(readFileSync(pdf).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    await dismissToasts(din);
    await tallShot(din, `${SHOTS}/laporan-04-rekap-dinsos.png`);

    // Dinsos opens the kecamatan's own report from the recap, read-only, with both signed versions.
    await pickByTyping(din, 'Buka laporan kecamatan', 'Jeruk', 'Kecamatan Jeruklegi (33.01.08)');
    const report = din.getByTestId('monthly-report');
    await expect(report.getByTestId('report-state')).toHaveText('Final v2');
    await expect(report.getByTestId('report-versions').locator('[data-version]')).toHaveCount(2);
    await expect(report.getByTestId('activity-log')).toContainText('Perangkat desa (uji)');
    await expect(report.getByTestId('activity-add')).toHaveCount(0);
    await expect(report.getByTestId('finalize')).toHaveCount(0);

    // Dinsos's Beranda counts its kabupaten by kecamatan.
    await din.keyboard.press('Alt+1');
    await expect(din.getByTestId('chart-ppks-per-wilayah')).toContainText('Warga PPKS per kecamatan');
  } finally {
    await din.close();
  }
});
