// Monthly and recap PDFs: text (pdfjs-dist) with period, office, totals and signatures; landscape table pages;
// charts as vector drawing (no images, more path operators than the same PDF without charts); page 1 as PNG.
import { mkdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { inflateSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  renderMonthlyPdf,
  renderRecapPdf,
  renderRecapXlsx,
} from '../../../../../electron/core/reports/render/index.ts';
import type { MonthlyReportData, RecapData } from '../../../../../shared/types/reports.ts';
import { writeReportPdf } from '../../../../../electron/core/reports/render/pdf.ts';
import { layoutChart } from '../../../../../shared/charts/geometry.ts';
import { monthlyReportLayout } from '../../../../../shared/report-layout/monthly.ts';
import {
  flat,
  imageCount,
  pageSizes,
  pdfInfo,
  pdfText,
  renderFirstPage,
} from '../../../../support/pdf-tools.ts';
import { monthlyFixture, recapFixture } from '../../../../support/report-fixtures.ts';

const ARTIFACTS = resolve(import.meta.dirname, '../../../../artifacts/reports');

/** Page 1 at 60 dpi as ARTIFACTS/<name>.png. */
const pageOnePng = (pdfPath: string, name: string): Promise<string> =>
  renderFirstPage(pdfPath, name, 60, ARTIFACTS);

/** Sub-path starts (`x y m`, how svg-to-pdfkit draws each SVG shape) over every Flate content stream of a PDF. */
function pathStarts(pdf: Uint8Array): number {
  const bytes = Buffer.from(pdf);
  const text = bytes.toString('latin1');
  let count = 0;
  const re = /(?<!end)stream\r?\n/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const start = m.index + m[0].length;
    const end = text.indexOf('endstream', start);
    if (end < 0) break;
    try {
      const body = inflateSync(bytes.subarray(start, end)).toString('latin1');
      count += (body.match(/ m\r?\n/g) ?? []).length;
    } catch {
      // not a Flate stream (fonts may be stored otherwise): no drawing operators to count
    }
    re.lastIndex = end;
  }
  return count;
}

describe('monthly report PDF', () => {
  const data = monthlyFixture();
  let path: string;
  let text: string;
  let bytes: Uint8Array;
  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    bytes = await renderMonthlyPdf(data);
    path = join(ARTIFACTS, 'monthly.pdf');
    text = flat(await pdfText(Buffer.from(bytes), path));
  });

  it('holds the period, the office, the header and the totals', () => {
    for (const t of [
      'LAPORAN BULANAN PUSKESOS / TKSK',
      'Periode Maret 2026',
      'PUSKESOS KECAMATAN CONTOH',
      'PEMERINTAH KABUPATEN CILACAP',
      'Kode wilayah 33.01.08',
      'Disusun oleh : Petugas Tksk Uji (TKSK)',
      'Warga dilayani 26',
      'Kasus diterima 31',
      'Rujukan dibuat 9',
      'Median lama penyelesaian (hari) 6,5',
    ]) {
      expect(text).toContain(t);
    }
    // The totals row of the served table: persons, contacts, new, returning, L, P.
    expect(text).toMatch(/Jumlah 26 31 17 9 13 13/);
    expect(text).toContain('33.01.08/2026/00007');
    expect(text).toContain('=HYPERLINK("http://x","y")'); // a PDF shows text, it cannot run it
    // The households in DTSEN on the month's last day by desil band (format 4): the desa rows and the total.
    expect(text).toContain('Keluarga dalam DTSEN per 31 Maret 2026 menurut desil');
    expect(text).toMatch(/Sukamaju Uji 41 7 12 3 63/);
    expect(text).toMatch(/Jumlah 58 11 21 3 93/);
  });

  it('ends with the signature block of the TKSK and "Mengetahui, Camat"', () => {
    const tail = text.slice(text.lastIndexOf('Kendala dan rekomendasi'));
    for (const t of [
      'Mengetahui,',
      'Camat Contoh Raya',
      'Contoh Raya, 2 April 2026',
      'Tenaga Kesejahteraan Sosial Kecamatan (TKSK)',
      'Petugas Tksk Uji',
      'NIP.',
    ]) {
      expect(tail).toContain(t);
    }
  });

  it('numbers the pages, keeps page 1 portrait and puts the tables on landscape pages', async () => {
    const info = await pdfInfo(path);
    const pages = Number(info.Pages);
    expect(pages).toBeGreaterThan(2);
    expect(text).toContain(`Halaman 1 dari ${pages}`);
    expect(text).toContain(`Halaman ${pages} dari ${pages}`);
    const sizes = await pageSizes(path);
    expect(sizes[0]).toBe('595.28 x 841.89');
    expect(sizes[1]).toBe('841.89 x 595.28');
    expect(info.Title).toBe('LAPORAN BULANAN PUSKESOS / TKSK Maret 2026');
  });

  it('draws the charts as vectors: no images, and a vector path for every bar', async () => {
    expect(await imageCount(path)).toBe(0);
    const doc = monthlyReportLayout(data);
    const withoutCharts = await writeReportPdf(
      { ...doc, tables: doc.tables.map((t) => ({ ...t, charts: [] })) },
      data.compiledAt,
    );
    const bars = doc.tables
      .flatMap((t) => t.charts)
      .reduce(
        (n, c) =>
          n + layoutChart(c, { width: 300, height: 150 }).shapes.filter((s) => s.type === 'rect').length,
        0,
      );
    expect(bars).toBeGreaterThan(10);
    expect(pathStarts(bytes) - pathStarts(withoutCharts)).toBeGreaterThanOrEqual(bars);
  });

  it('renders page 1 to a PNG test artifact', async () => {
    const png = await pageOnePng(path, 'monthly-page1');
    expect(statSync(png).size).toBeGreaterThan(10_000);
  });

  it('gives the same bytes for the same data', async () => {
    expect(Buffer.from(await renderMonthlyPdf(data)).equals(Buffer.from(bytes))).toBe(true);
  });
});

describe('PDF with very long texts', () => {
  it('keeps every activity and the whole obstacles text (rows taller than a page break, nothing is dropped)', async () => {
    const data = monthlyFixture();
    const template = data.activities[1]!;
    data.activities = Array.from({ length: 14 }, (_, i) => ({
      ...template,
      id: `panjang-${i}`,
      result: `HASIL${i} ${'Hasil kegiatan yang panjang sekali. '.repeat(60)}`,
    }));
    data.obstacles = `${'Kendala yang panjang. '.repeat(600)}AKHIRKENDALA`;
    const text = flat(
      await pdfText(Buffer.from(await renderMonthlyPdf(data)), join(ARTIFACTS, 'monthly-long.pdf')),
    );
    for (let i = 0; i < 14; i++) expect(text).toContain(`HASIL${i} `);
    expect(text).toContain('AKHIRKENDALA');
    expect(text).toContain('Mengetahui,');
  });
});

describe('renderers refuse unknown data', () => {
  it('says in Indonesian that the format is not recognised', async () => {
    const data = {
      ...monthlyFixture(),
      format: 'puskesos-laporan-bulanan/9',
    } as unknown as MonthlyReportData;
    await expect(renderMonthlyPdf(data)).rejects.toThrow(
      /Data laporan bulanan tidak dapat dicetak: format .* tidak dikenali/,
    );
    await expect(renderRecapXlsx({ ...recapFixture(), format: 'x' } as unknown as RecapData)).rejects.toThrow(
      /Data rekap Dinsos/,
    );
  });
});

describe('recap PDF', () => {
  it('has the Dinsos letterhead, one row per kecamatan with status and version, totals, missing list, signature', async () => {
    const data = recapFixture();
    const path = join(ARTIFACTS, 'recap.pdf');
    mkdirSync(ARTIFACTS, { recursive: true });
    const text = flat(await pdfText(Buffer.from(await renderRecapPdf(data)), path));
    for (const t of [
      'DINAS SOSIAL KABUPATEN CILACAP',
      'REKAPITULASI LAPORAN BULANAN KECAMATAN',
      'Periode Maret 2026',
      'Batas penyampaian : 10 April 2026',
      'Puskesos Kecamatan Uji 1 Tepat waktu 2',
      'Puskesos Kecamatan Uji 3 Terlambat 1',
      'Puskesos Kecamatan Uji 4 Belum masuk',
      'Jumlah kabupaten/kota 3 dari 4 melapor',
      '47 54 54 32 15 4',
      'Kecamatan yang belum menyampaikan laporan',
      'Keluarga dalam DTSEN akhir bulan menurut desil per kecamatan',
      'Jumlah kabupaten/kota 58 11 21 3 93',
      'Mengetahui,',
      'Kepala Dinas Sosial Kabupaten Cilacap',
    ]) {
      expect(text).toContain(t);
    }
    expect(statSync(await pageOnePng(path, 'recap-page1')).size).toBeGreaterThan(10_000);
  });
});
