// Monthly and recap XLSX read back with exceljs: sheets, headers, frozen rows, print setup, typed cells, injection guard.
import ExcelJS from 'exceljs';
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderMonthlyXlsx, renderRecapXlsx } from '../../../../../electron/core/reports/render/index.ts';
import {
  COVER_SHEET,
  HEADER_ROW,
  writeReportXlsx,
} from '../../../../../electron/core/reports/render/xlsx.ts';
import { monthlyReportLayout } from '../../../../../shared/report-layout/monthly.ts';
import type { ReportDocument } from '../../../../../shared/report-layout/types.ts';
import {
  INJECTED,
  monthlyFixture,
  monthlyFixtureV1,
  monthlyFixtureV2,
  monthlyFixtureV3,
  recapFixture,
} from '../../../../support/report-fixtures.ts';

const ARTIFACTS = resolve(import.meta.dirname, '../../../../artifacts/reports');

async function readBack(bytes: Uint8Array, name: string): Promise<ExcelJS.Workbook> {
  mkdirSync(ARTIFACTS, { recursive: true });
  writeFileSync(resolve(ARTIFACTS, name), bytes);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes.slice().buffer);
  return wb;
}

const sheet = (wb: ExcelJS.Workbook, name: string): ExcelJS.Worksheet => {
  const ws = wb.getWorksheet(name);
  if (!ws) throw new Error(`no sheet ${name}`);
  return ws;
};
const headers = (ws: ExcelJS.Worksheet, count: number): unknown[] =>
  Array.from({ length: count }, (_, i) => ws.getRow(HEADER_ROW).getCell(i + 1).value);
/** The row of a sheet whose column `col` holds `value`. */
function rowWith(ws: ExcelJS.Worksheet, col: number, value: unknown): ExcelJS.Row {
  for (let r = HEADER_ROW + 1; r <= ws.rowCount; r++)
    if (ws.getRow(r).getCell(col).value === value) return ws.getRow(r);
  throw new Error(`no row with ${String(value)} in ${ws.name}`);
}
const coverTexts = (ws: ExcelJS.Worksheet): string[] => {
  const out: string[] = [];
  ws.eachRow((row) => row.eachCell((c) => out.push(String(c.value))));
  return out;
};

describe('monthly report XLSX', () => {
  const data = monthlyFixture();
  const doc = monthlyReportLayout(data);
  let wb: ExcelJS.Workbook;
  beforeAll(async () => {
    wb = await readBack(await renderMonthlyXlsx(data), 'monthly.xlsx');
  });

  it('has a cover sheet then one sheet per table, with the Indonesian headers in the frozen header row', () => {
    expect(wb.worksheets.map((w) => w.name)).toEqual([COVER_SHEET, ...doc.tables.map((t) => t.sheetName)]);
    const served = sheet(wb, 'Warga dilayani');
    expect(headers(served, 5)).toEqual([
      'Kode wilayah',
      'Desa/Kelurahan',
      'Warga dilayani',
      'Kontak',
      'Baru',
    ]);
    expect(served.getCell(1, 1).value).toBe('Warga dilayani dan kontak per desa/kelurahan');
    for (const t of doc.tables) {
      const ws = sheet(wb, t.sheetName);
      expect(headers(ws, t.columns.length)).toEqual(t.columns.map((c) => c.header));
      expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: HEADER_ROW });
      expect(ws.getColumn(1).width).toBe((t.columns[0]?.width ?? 0) + 2);
    }
  });

  it('sets up printing: A4, landscape for wide tables, fit to width, header row repeated', () => {
    const wide = sheet(wb, 'Warga dilayani').pageSetup;
    expect(wide).toMatchObject({
      paperSize: 9,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
    });
    expect(wide.printTitlesRow).toBe(`${HEADER_ROW}:${HEADER_ROW}`);
    expect(sheet(wb, 'Lama penyelesaian').pageSetup.orientation).toBe('portrait');
    expect(sheet(wb, 'Warga dilayani').headerFooter.oddFooter).toContain('Halaman &P dari &N');
  });

  it('writes counts as numbers with a number format and totals in the Jumlah row', () => {
    const ws = sheet(wb, 'Kasus');
    const row = rowWith(ws, 1, '33.01.08.2001');
    expect(row.getCell(3).value).toBe(data.desa[0]?.cases.received);
    expect(row.getCell(3).type).toBe(ExcelJS.ValueType.Number);
    expect(row.getCell(3).numFmt).toBe('#,##0');
    const total = rowWith(ws, 2, 'Jumlah');
    expect(total.getCell(3).value).toBe(data.total.cases.received);
    expect(total.getCell(3).font?.bold).toBe(true);
    const dur = sheet(wb, 'Lama penyelesaian').getRow(HEADER_ROW + 1);
    expect(dur.getCell(2).value).toBe(6.5);
    expect(dur.getCell(2).numFmt).toBe('#,##0.0');
  });

  it('writes days as dates and keeps case and letter numbers as text', () => {
    const row = rowWith(sheet(wb, 'Rujukan terbuka'), 1, 1);
    expect(row.getCell(2).value).toBe('33.01.08/2026/00007');
    expect(row.getCell(4).value).toEqual(new Date('2026-03-04T00:00:00.000Z'));
    expect(row.getCell(4).numFmt).toBe('dd/mm/yyyy');
  });

  it('neutralises every text that could be read as a formula', () => {
    const act = sheet(wb, 'Kegiatan TKSK');
    const injected = rowWith(act, 1, 1).getCell(6);
    expect(injected.type).toBe(ExcelJS.ValueType.String);
    expect(injected.formula).toBeUndefined();
    expect(injected.value).toBe(`'${INJECTED}`);
    expect(rowWith(act, 1, 2).getCell(7).value).toBe("'+ tindak lanjut April");
    const k = sheet(wb, 'Kendala dan rekomendasi');
    expect(rowWith(k, 1, 'Kendala').getCell(2).value).toBe(`'${data.obstacles}`);
    expect(rowWith(k, 1, 'Rekomendasi').getCell(2).value).toBe(`'${data.recommendations}`);
    // Ordinary texts are written as they are.
    expect(rowWith(act, 1, 2).getCell(6).value).toBe('Sepakat jadwal verifikasi DTSEN');
  });

  it('has a cover with office, region code, period, compiler, date, summary and the signature block', () => {
    const texts = coverTexts(sheet(wb, COVER_SHEET));
    for (const t of [
      'PEMERINTAH KABUPATEN CILACAP',
      'PUSKESOS KECAMATAN CONTOH',
      'LAPORAN BULANAN PUSKESOS / TKSK',
      'Periode Maret 2026',
      '33.01.08',
      'Petugas Tksk Uji (TKSK)',
      'Mengetahui,',
      'Camat Contoh Raya',
      'Tenaga Kesejahteraan Sosial Kecamatan (TKSK)',
      '( Petugas Tksk Uji )',
      'Contoh Raya, 2 April 2026',
      'Warga dilayani',
      String(data.total.served.persons),
    ]) {
      expect(texts).toContain(t);
    }
    expect(wb.creator).toBe('Puskesos Desktop');
    expect(wb.created?.toISOString()).toBe(data.compiledAt);
  });

  it('has the DTSEN sheets in format 2, and still renders a version finalized in format 1 without them', async () => {
    const dtsen = sheet(wb, 'Usulan DTSEN');
    const total = rowWith(dtsen, 2, 'Jumlah');
    expect(total.getCell(3).value).toBe(data.dtsen?.total.made);
    expect(total.getCell(7).value).toBe(data.dtsen?.total.sent);
    expect(sheet(wb, 'Usulan per jenis dan status').getCell(HEADER_ROW, 1).value).toBe('Jenis usulan');
    const old = await readBack(await renderMonthlyXlsx(monthlyFixtureV1()), 'monthly-format1.xlsx');
    const names = old.worksheets.map((w) => w.name);
    expect(names).toContain('Kasus');
    expect(names).not.toContain('Usulan DTSEN');
    expect(names).not.toContain('Rincian per kantor');
    expect(names).not.toContain('Keluarga DTSEN');
    expect(names).toHaveLength(wb.worksheets.length - 4);
  });

  it('has the breakdown by office in format 3 (each office a row, the total below), and none in format 2', async () => {
    const ws = sheet(wb, 'Rincian per kantor');
    const offices = data.offices ?? [];
    offices.forEach((o, i) => {
      const row = rowWith(ws, 1, i + 1);
      expect(row.getCell(2).value).toBe(o.name);
      expect(row.getCell(4).value).toBe(o.casesReceived);
      expect(row.getCell(7).value).toBe(o.referralsMade);
    });
    const total = rowWith(ws, 2, 'Jumlah');
    expect(total.getCell(4).value).toBe(data.total.cases.received);
    expect(total.getCell(8).value).toBe(data.total.referrals.openOlderThan14Days);
    const v2 = await readBack(await renderMonthlyXlsx(monthlyFixtureV2()), 'monthly-format2.xlsx');
    const names = v2.worksheets.map((w) => w.name);
    expect(names).toContain('Usulan DTSEN');
    expect(names).not.toContain('Rincian per kantor');
  });

  it('has the households in DTSEN by desil band in format 4 (per desa, the total below), and none in format 3', async () => {
    const ws = sheet(wb, 'Keluarga DTSEN');
    expect(ws.getRow(1).getCell(1).value).toBe('Keluarga dalam DTSEN per 31 Maret 2026 menurut desil');
    expect(headers(ws, 7)).toEqual([
      'Kode wilayah',
      'Desa/Kelurahan',
      'Desil 1–4 (PKH)',
      'Desil 5 (Sembako, PBI-JK)',
      'Desil 6–10',
      'Desil tidak diketahui',
      'Jumlah keluarga DTSEN',
    ]);
    const sukamaju = rowWith(ws, 1, '33.01.08.2001');
    expect([3, 4, 5, 6, 7].map((c) => sukamaju.getCell(c).value)).toEqual([41, 7, 12, 3, 63]);
    const total = rowWith(ws, 2, 'Jumlah');
    expect([3, 4, 5, 6, 7].map((c) => total.getCell(c).value)).toEqual([58, 11, 21, 3, 93]);
    const v3 = await readBack(await renderMonthlyXlsx(monthlyFixtureV3()), 'monthly-format3.xlsx');
    const names = v3.worksheets.map((w) => w.name);
    expect(names).toContain('Rincian per kantor');
    expect(names).not.toContain('Keluarga DTSEN');
  });
});

/*
 * NIK and No KK: the monthly report and the recap are aggregates and carry no NIK or No KK column
 * (persons are counted, never listed: UU 27/2022 data minimisation). The writer still types every
 * column of kind 'nik' as 16-digit text, and a later person-level table would go through it, so this
 * is tested on a layout table of that kind built here: NIK and No KK values of synthetic persons.
 */
describe('XLSX NIK and No KK cells', () => {
  it('are strings with text format and all 16 digits', async () => {
    const base = monthlyReportLayout(monthlyFixture());
    const doc: ReportDocument = {
      ...base,
      tables: [
        {
          id: 'uji-nik',
          title: 'Daftar uji',
          sheetName: 'Uji NIK',
          columns: [
            { key: 'nik', header: 'NIK', kind: 'nik', width: 19 },
            { key: 'kk', header: 'No KK', kind: 'nik', width: 19 },
            { key: 'name', header: 'Nama', kind: 'text', width: 20 },
          ],
          rows: [
            ['3301080101900001', '3301080000000101', 'Warga Uji Satu'],
            ['3301084507850002', '0301080000000102', 'Warga Uji Dua'],
          ],
          totals: null,
          charts: [],
          wide: false,
        },
      ],
    };
    const wb = await readBack(await writeReportXlsx(doc, '2026-04-02T03:15:00.000Z'), 'nik-cells.xlsx');
    const ws = sheet(wb, 'Uji NIK');
    const first = ws.getRow(HEADER_ROW + 1);
    expect(first.getCell(1).value).toBe('3301080101900001');
    expect(first.getCell(1).type).toBe(ExcelJS.ValueType.String);
    expect(first.getCell(1).numFmt).toBe('@');
    expect(first.getCell(2).value).toBe('3301080000000101');
    // A leading zero survives, which a number cell would drop.
    expect(ws.getRow(HEADER_ROW + 2).getCell(2).value).toBe('0301080000000102');
    expect(String(ws.getRow(HEADER_ROW + 2).getCell(1).value)).toHaveLength(16);
  });
});

describe('recap XLSX', () => {
  it('has the recap and missing sheets with statuses, versions, totals, and empty cells for a missing office', async () => {
    const data = recapFixture();
    const wb = await readBack(await renderRecapXlsx(data), 'recap.xlsx');
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      COVER_SHEET,
      'Rekap kecamatan',
      'Belum melapor',
      'Rekap usulan DTSEN',
      'Rekap usulan per status',
      'Rekap keluarga DTSEN',
    ]);
    const ws = sheet(wb, 'Rekap kecamatan');
    const first = rowWith(ws, 1, 1);
    expect(first.getCell(4).value).toBe('Tepat waktu');
    expect(first.getCell(5).value).toBe(2);
    expect(first.getCell(8).value).toBe(26);
    const missing = rowWith(ws, 1, 4);
    expect(missing.getCell(4).value).toBe('Belum masuk');
    expect(missing.getCell(8).value).toBeNull();
    const total = rowWith(ws, 3, 'Jumlah kabupaten/kota');
    expect(total.getCell(8).value).toBe(data.totals.persons);
    expect(total.getCell(13).value).toBe(data.totals.openReferralsOver14);
    // A flat network (no desa Puskesos under a kecamatan): no remark column.
    expect(ws.getRow(HEADER_ROW).cellCount).toBe(13);
    expect(rowWith(sheet(wb, 'Belum melapor'), 1, 1).getCell(3).value).toBe('Puskesos Kecamatan Uji 4');
    expect(coverTexts(sheet(wb, COVER_SHEET))).toEqual(
      expect.arrayContaining(['Dinas Sosial Kabupaten Cilacap', 'Periode Maret 2026', 'Mengetahui,']),
    );
  });

  it('totals the DTSEN proposals of the offices that signed the section, and by kind and state', async () => {
    const wb = await readBack(await renderRecapXlsx(recapFixture()), 'recap.xlsx');
    const flow = sheet(wb, 'Rekap usulan DTSEN');
    expect(headers(flow, 4)).toEqual(['Kode wilayah', 'Kantor', 'Dibuat', 'Musdes / muskel / SPTJM']);
    // Kecamatan 1 and 2 made 6 each; kecamatan 3 signed before the section existed (noted, not added).
    expect(rowWith(flow, 2, 'Puskesos Kecamatan Uji 2').getCell(3).value).toBe(6);
    expect(() => rowWith(flow, 2, 'Puskesos Kecamatan Uji 3')).toThrow();
    const total = rowWith(flow, 2, 'Jumlah kabupaten/kota');
    expect([total.getCell(3).value, total.getCell(7).value, total.getCell(12).value]).toEqual([12, 6, 12]);
    const byState = sheet(wb, 'Rekap usulan per status');
    const usulBaru = rowWith(byState, 1, 'Usul baru');
    expect(usulBaru.getCell(usulBaru.cellCount).value).toBe(12);
  });

  it('totals the households in DTSEN of the versions signed in format 4 and names the others in the note', async () => {
    const wb = await readBack(await renderRecapXlsx(recapFixture()), 'recap.xlsx');
    const ws = sheet(wb, 'Rekap keluarga DTSEN');
    // Only kecamatan 1 signed in format 4; kecamatan 2 (format 2) and 3 (format 1) add nothing.
    expect(rowWith(ws, 2, 'Puskesos Kecamatan Uji 1').getCell(7).value).toBe(93);
    expect(() => rowWith(ws, 2, 'Puskesos Kecamatan Uji 2')).toThrow();
    const total = rowWith(ws, 2, 'Jumlah kabupaten/kota');
    expect([3, 4, 5, 6, 7].map((c) => total.getCell(c).value)).toEqual([58, 11, 21, 3, 93]);
    expect(coverTexts(ws).join(' ')).toContain('2 laporan difinalkan sebelum bagian keluarga DTSEN ada');
  });
});
