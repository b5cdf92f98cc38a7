// Monthly report layout: every figure of MonthlyReportData lands in the right table cell, header and signature texts.
import { describe, expect, it } from 'vitest';
import { monthlyReportLayout } from '../../../shared/report-layout/monthly.ts';
import { AGE_GROUPS, type DesaFigures } from '../../../shared/types/reports.ts';
import { INJECTED, monthlyFixture } from '../../support/report-fixtures.ts';
import { cellAt, colIndex, tableOf } from './table-access.ts';

const data = monthlyFixture();
const doc = monthlyReportLayout(data);
const rowsOf = (): [string, DesaFigures][] => [
  ...data.desa.map((d) => [d.code, d] as [string, DesaFigures]),
  ['total', data.total],
];

describe('monthlyReportLayout', () => {
  it('lists the tables in reading order, rows aligned with columns, valid and unique sheet names', () => {
    expect(doc.tables.map((t) => t.id)).toEqual([
      'layanan-desa',
      'ppks-desa',
      'kasus-desa',
      'kasus-jenis-kategori',
      'rujukan-desa',
      'rujukan-tujuan',
      'rujukan-terbuka',
      'lama-penyelesaian',
      'rincian-kantor',
      'usulan-desa',
      'usulan-jenis-status',
      'dtsen-desil',
      'kegiatan',
      'kendala',
    ]);
    for (const t of doc.tables) {
      for (const r of [...t.rows, ...(t.totals ? [t.totals] : [])]) expect(r).toHaveLength(t.columns.length);
      expect(t.sheetName.length).toBeLessThanOrEqual(31);
      expect(t.sheetName).not.toMatch(/[[\]:*?/\\]/);
    }
    expect(new Set(doc.tables.map((t) => t.sheetName)).size).toBe(doc.tables.length);
  });

  it('puts every served figure per desa and the office total in its cell', () => {
    const t = tableOf(doc, 'layanan-desa');
    expect(t.rows).toHaveLength(data.desa.length);
    for (const [key, d] of rowsOf()) {
      expect(cellAt(t, key, 'persons')).toBe(d.served.persons);
      expect(cellAt(t, key, 'contacts')).toBe(d.served.contacts);
      expect(cellAt(t, key, 'new')).toBe(d.served.newPersons);
      expect(cellAt(t, key, 'returning')).toBe(d.served.returningPersons);
      expect(cellAt(t, key, 'L')).toBe(d.served.bySex.L);
      expect(cellAt(t, key, 'P')).toBe(d.served.bySex.P);
      for (const g of AGE_GROUPS) expect(cellAt(t, key, `age-${g}`)).toBe(d.served.byAgeGroup[g]);
      expect(cellAt(t, key, 'disability')).toBe(d.served.withDisability);
    }
    expect(cellAt(t, 'total', 'desa')).toBe('Jumlah');
    expect(cellAt(t, '33.01.08.2002', 'desa')).toBe('Mekarsari Contoh');
    expect(t.wide).toBe(true);
  });

  it('shows the PPKS categories that have persons, with each desa count', () => {
    const t = tableOf(doc, 'ppks-desa');
    expect(t.columns.slice(2).map((c) => c.key)).toEqual(['ppks-PPKS-08', 'ppks-PPKS-09']);
    expect(t.columns[colIndex(t, 'ppks-PPKS-09')]?.header).toBe('PPKS-09 Penyandang Disabilitas');
    for (const [key, d] of rowsOf()) {
      expect(cellAt(t, key, 'ppks-PPKS-08')).toBe(d.served.byPpks['PPKS-08'] ?? 0);
      expect(cellAt(t, key, 'ppks-PPKS-09')).toBe(d.served.byPpks['PPKS-09'] ?? 0);
    }
  });

  it('says so when no person has a PPKS category', () => {
    const empty = monthlyFixture();
    for (const d of [...empty.desa, empty.total]) d.served.byPpks = {};
    const t = tableOf(monthlyReportLayout(empty), 'ppks-desa');
    expect(t.columns).toHaveLength(2);
    expect(t.note).toMatch(/Tidak ada warga/);
    expect(t.charts).toEqual([]);
  });

  it('puts case figures, kinds and every category (zeros and unknown codes included) in their cells', () => {
    const withRetired = monthlyFixture();
    withRetired.desa[1]!.cases.receivedByCategory.KODE_LAMA = 1;
    withRetired.total.cases.receivedByCategory.KODE_LAMA = 1;
    const cases = tableOf(monthlyReportLayout(withRetired), 'kasus-desa');
    const kinds = tableOf(monthlyReportLayout(withRetired), 'kasus-jenis-kategori');
    for (const [key, d] of rowsOf()) {
      expect(cellAt(cases, key, 'received')).toBe(d.cases.received);
      expect(cellAt(cases, key, 'closedAtDesk')).toBe(d.cases.closedAtDesk);
      expect(cellAt(cases, key, 'closed')).toBe(d.cases.closed);
      expect(cellAt(cases, key, 'open')).toBe(d.cases.openAtMonthEnd);
      expect(cellAt(kinds, key, 'kind-LAYANAN')).toBe(d.cases.receivedByKind.LAYANAN);
      expect(cellAt(kinds, key, 'kind-KELUHAN')).toBe(d.cases.receivedByKind.KELUHAN);
      for (const code of [
        'DATA',
        'PENYALURAN',
        'PBI_JK_NONAKTIF',
        'ADMINDUK',
        'PPKS_DARURAT',
        'PENDIDIKAN',
        'PERUMAHAN',
        'LAINNYA',
      ]) {
        expect(cellAt(kinds, key, `category-${code}`)).toBe(d.cases.receivedByCategory[code] ?? 0);
      }
    }
    expect(cellAt(kinds, '33.01.08.2002', 'category-KODE_LAMA')).toBe(1);
    expect(cellAt(kinds, 'total', 'category-KODE_LAMA')).toBe(1);
    expect(cellAt(kinds, '33.01.08.2001', 'category-KODE_LAMA')).toBe(0);
  });

  it('puts referrals per desa by outcome, by destination, and the open referrals in their cells', () => {
    const t = tableOf(doc, 'rujukan-desa');
    for (const [key, d] of rowsOf()) {
      expect(cellAt(t, key, 'made')).toBe(d.referrals.made);
      for (const o of ['belum', 'DALAM_PROSES', 'DITERIMA', 'DITOLAK', 'TIDAK_ADA_RESPONS']) {
        expect(cellAt(t, key, `outcome-${o}`)).toBe(d.referrals.byOutcome[o] ?? 0);
      }
      expect(cellAt(t, key, 'open14')).toBe(d.referrals.openOlderThan14Days);
    }
    const dest = tableOf(doc, 'rujukan-tujuan');
    // Reference-list order (programs, then agencies), only destinations with referrals.
    expect(dest.rows.map((r) => r[0])).toEqual(['PKH', 'DISDUKCAPIL', 'BPJS_KESEHATAN']);
    for (const [code, n] of Object.entries(data.total.referrals.byDestination))
      expect(cellAt(dest, code, 'jumlah')).toBe(n);
    expect(cellAt(dest, 'PKH', 'jenis')).toBe('Program');
    expect(cellAt(dest, 'DISDUKCAPIL', 'jenis')).toBe('Instansi');
    expect(cellAt(dest, 'total', 'jumlah')).toBe(data.total.referrals.made);

    const open = tableOf(doc, 'rujukan-terbuka');
    data.openReferrals.forEach((r, i) => {
      expect(cellAt(open, i + 1, 'caseNumber')).toBe(r.caseNumber);
      expect(cellAt(open, i + 1, 'letterNumber')).toBe(r.letterNumber);
      expect(cellAt(open, i + 1, 'letterDate')).toBe(r.letterDate);
      expect(cellAt(open, i + 1, 'desa')).toBe(r.desaName);
      expect(cellAt(open, i + 1, 'daysOpen')).toBe(r.daysOpen);
    });
    expect(cellAt(open, 2, 'destination')).toBe('BPJS Kesehatan (aktivasi PBI)');
  });

  it('puts the durations, the activity log and the obstacles texts (unchanged) in their cells', () => {
    const dur = tableOf(doc, 'lama-penyelesaian');
    expect(dur.rows).toEqual([
      [data.durationDays.closedCases, data.durationDays.median, data.durationDays.p90],
    ]);
    const act = tableOf(doc, 'kegiatan');
    expect(cellAt(act, 1, 'date')).toBe('2026-03-03');
    expect(cellAt(act, 1, 'type')).toBe('Kunjungan rumah');
    expect(cellAt(act, 1, 'result')).toBe(INJECTED);
    expect(cellAt(act, 2, 'desa')).toBeNull();
    expect(cellAt(act, 2, 'note')).toBe('+ tindak lanjut April');
    const k = tableOf(doc, 'kendala');
    expect(cellAt(k, 'Kendala', 'text')).toBe(data.obstacles);
    expect(cellAt(k, 'Rekomendasi', 'text')).toBe(data.recommendations);
  });

  it('charts carry the same numbers as their tables', () => {
    const chart = tableOf(doc, 'kasus-desa').charts.find((c) => c.id === 'kasus-per-desa');
    expect(chart?.categories).toEqual(data.desa.map((d) => d.name));
    expect(chart?.series[0]?.values).toEqual(data.desa.map((d) => d.cases.received));
    expect(chart?.series[1]?.values).toEqual(data.desa.map((d) => d.cases.closed));
    const age = tableOf(doc, 'layanan-desa').charts.find((c) => c.id === 'warga-kelompok-umur');
    expect(age?.series[0]?.values).toEqual(AGE_GROUPS.map((g) => data.total.served.byAgeGroup[g]));
  });

  it('has the header, summary and the signature block of the TKSK and the Camat', () => {
    const field = (label: string) => doc.header.find((f) => f.label === label)?.value;
    expect(doc.periodLabel).toBe('Maret 2026');
    expect(field('Kantor')).toBe('Puskesos Kecamatan Contoh');
    expect(field('Kode wilayah')).toBe('33.01.08');
    expect(field('Disusun oleh')).toBe('Petugas Tksk Uji (TKSK)');
    expect(field('Tanggal penyusunan')).toMatch(/^2 April 2026 .*10[.:]15 WIB$/);
    expect(doc.summary.find((s) => s.key === 'persons')?.value).toBe(data.total.served.persons);
    expect(doc.summary.find((s) => s.key === 'medianDays')?.value).toBe(data.durationDays.median);
    expect(doc.signature.placeDate).toBe('Contoh Raya, 2 April 2026');
    expect(doc.signature.left.title).toEqual(['Mengetahui,', 'Camat Contoh Raya']);
    expect(doc.signature.right.title.join(' ')).toMatch(/TKSK/);
    expect(doc.signature.right.name).toBe('Petugas Tksk Uji');
    expect(doc.fileBase).toBe('laporan-bulanan-33.01.08-2026-03');
  });

  it("a desa office's report is known by the Camat of its kecamatan", () => {
    const desa = monthlyFixture();
    desa.office = { ...desa.office, type: 'desa', regionCode: '33.01.08.2001', regionName: 'Desa Contoh' };
    desa.regionPath = [...desa.regionPath, { code: '33.01.08', name: 'Kecamatan Uji' }];
    const sig = monthlyReportLayout(desa).signature;
    expect(sig.left.title).toEqual(['Mengetahui,', 'Camat Kecamatan Uji']);
    expect(sig.placeDate).toBe('Kecamatan Uji, 2 April 2026');
  });

  it('leaves the TKSK name line blank when someone else compiled the report', () => {
    const other = monthlyFixture();
    other.compiledBy = { name: 'Koordinator Uji', role: 'koordinator' };
    expect(monthlyReportLayout(other).signature.right.name).toBeNull();
  });
});
