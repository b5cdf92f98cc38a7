// Dinsos recap layout: one row per kecamatan with status, version and totals, kabupaten totals, missing list, header.
import { describe, expect, it } from 'vitest';
import { recapReportLayout } from '../../../shared/report-layout/recap.ts';
import type { RecapData } from '../../../shared/types/reports.ts';
import { recapFixture } from '../../support/report-fixtures.ts';
import { cellAt, tableOf } from './table-access.ts';

const data = recapFixture();
const doc = recapReportLayout(data);
const KEYS = [
  ['persons', 'persons'],
  ['contacts', 'contacts'],
  ['casesReceived', 'casesReceived'],
  ['casesClosed', 'casesClosed'],
  ['referrals', 'referrals'],
  ['open14', 'openReferralsOver14'],
] as const;

describe('recapReportLayout', () => {
  it('has one row per kecamatan with status, version, dates and every total', () => {
    const t = tableOf(doc, 'rekap-kecamatan');
    expect(t.rows).toHaveLength(data.rows.length);
    data.rows.forEach((r, i) => {
      const n = i + 1;
      expect(cellAt(t, n, 'kode')).toBe(r.regionCode);
      expect(cellAt(t, n, 'kantor')).toBe(r.officeName);
      expect(cellAt(t, n, 'version')).toBe(r.version);
      expect(cellAt(t, n, 'finalizedAt')).toBe(r.finalizedAt);
      expect(cellAt(t, n, 'receivedAt')).toBe(r.receivedAt);
      for (const [col, key] of KEYS) expect(cellAt(t, n, col)).toBe(r.totals ? r.totals[key] : null);
    });
    expect(t.rows.map((r) => r[3])).toEqual(['Tepat waktu', 'Tepat waktu', 'Terlambat', 'Belum masuk']);
    for (const [col, key] of KEYS) expect(cellAt(t, 'total', col)).toBe(data.totals[key]);
    expect(cellAt(t, 'total', 'status')).toBe('3 dari 4 melapor');
    expect(t.wide).toBe(true);
  });

  it('lists the missing kecamatan', () => {
    const t = tableOf(doc, 'rekap-belum');
    expect(t.rows).toEqual([[1, '33.01.04', 'Puskesos Kecamatan Uji 4']]);
    const none = recapReportLayout({ ...data, missing: [] });
    expect(tableOf(none, 'rekap-belum').note).toMatch(/Semua kecamatan/);
    const noOffices = recapReportLayout({ ...data, rows: [], missing: [] });
    expect(tableOf(noOffices, 'rekap-belum').note).toMatch(/Belum ada kantor kecamatan yang terdaftar/);
  });

  it('charts only the kecamatan that reported, with their totals', () => {
    const chart = tableOf(doc, 'rekap-kecamatan').charts[0];
    expect(chart?.categories).toEqual([
      'Puskesos Kecamatan Uji 1',
      'Puskesos Kecamatan Uji 2',
      'Puskesos Kecamatan Uji 3',
    ]);
    expect(chart?.series.find((s) => s.key === 'casesReceived')?.values).toEqual([31, 15, 8]);
  });

  it('has the Dinsos header, deadline, counts and signature', () => {
    const field = (label: string) => doc.header.find((f) => f.label === label)?.value;
    expect(doc.periodLabel).toBe('Maret 2026');
    expect(field('Kantor')).toBe('Dinas Sosial Kabupaten Cilacap');
    expect(field('Batas penyampaian')).toBe('10 April 2026');
    expect(field('Kecamatan melapor')).toBe('3 dari 4 (tepat waktu 2, terlambat 1, belum 1)');
    expect(doc.summary.find((s) => s.key === 'missing')?.value).toBe(1);
    expect(doc.signature.left.title).toEqual(['Mengetahui,', 'Kepala Dinas Sosial Kabupaten Cilacap']);
    expect(doc.signature.placeDate).toBe('Cilacap, 15 April 2026');
    expect(doc.fileBase).toBe('rekap-laporan-33.01-2026-03');
  });

  it('marks a kecamatan with its desa Puskesos and a desa inside it, which the chart does not draw again', () => {
    const withDesa: RecapData = structuredClone(data);
    const [kec, , , missing] = withDesa.rows;
    if (!kec || !missing) throw new Error('fixture rows');
    kec.desaOffices = 1;
    const desa = {
      ...kec,
      officeId: '01900000-0000-7000-8000-000000000111',
      officeName: 'Puskesos Desa Uji',
      regionCode: `${kec.regionCode}.2001`,
      upstreamId: kec.officeId,
      desaOffices: 0,
      counted: false,
    };
    // A desa under the kecamatan that has not reported: counted on its own, and said so.
    const alone = {
      ...desa,
      officeId: '01900000-0000-7000-8000-000000000112',
      upstreamId: missing.officeId,
      counted: true,
    };
    withDesa.rows.splice(1, 0, desa);
    withDesa.rows.push(alone);
    const t = tableOf(recapReportLayout(withDesa), 'rekap-kecamatan');
    const remarkOf = (i: number) => cellAt(t, i, 'keterangan');
    expect(remarkOf(1)).toBe('Termasuk 1 Puskesos desa/kelurahan');
    expect(remarkOf(2)).toBe(`Sudah termasuk dalam laporan ${kec.officeName}`);
    expect(remarkOf(3)).toBeNull();
    expect(remarkOf(6)).toBe(`Di bawah ${missing.officeName}, yang belum melapor: dijumlahkan sendiri`);
    expect(t.note).toMatch(/1 Puskesos desa\/kelurahan tidak dijumlahkan lagi/);
    expect(t.charts[0]?.categoryKeys).not.toContain(desa.officeId);
    expect(t.charts[0]?.categoryKeys).toContain(alone.officeId);
    expect(cellAt(t, 'total', 'keterangan')).toBeNull();
    // A flat network has no remark column.
    expect(tableOf(doc, 'rekap-kecamatan').columns.map((c) => c.key)).not.toContain('keterangan');
  });
});
