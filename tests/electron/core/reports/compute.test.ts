// The monthly report's JSON against figures recomputed independently from a fixed synthetic register.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATE_MESSAGE } from '../../../../shared/validation/calendar.ts';
import { listRegions } from '../../../../electron/core/regions/regions.ts';
import { as } from '../../../support/cases.ts';
import { exportReport } from '../../../support/report-export.ts';
import { errorOf, openSetUpOffice, unwrap, type TestOffice } from '../../../support/register.ts';
import type { MonthlyReportData } from '../../../../shared/types/reports.ts';
import { IN_DESA, MONTH, OUTSIDE_DESA, UNLISTED_DESA, writeDataset, type Dataset } from './dataset.ts';
import { expectedFigures, type Expected } from './expected.ts';

let office: TestOffice;
let ds: Dataset;
let report: MonthlyReportData;
let expected: Expected;

/** Every numeric leaf of a value, by path. */
function numbers(value: unknown, path = '', out = new Map<string, number>()): Map<string, number> {
  if (typeof value === 'number') out.set(path, value);
  else if (Array.isArray(value)) value.forEach((v, i) => numbers(v, `${path}[${i}]`, out));
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) numbers(v, path ? `${path}.${k}` : k, out);
  }
  return out;
}

beforeAll(async () => {
  office = await openSetUpOffice();
  ds = await writeDataset(office);
  const tksk = await as(office, 'tksk');
  const save = (date: string, type: string, desaCode: string | null) =>
    office.register.call(tksk, 'reports.activities.save', {
      date,
      type: type as 'penjangkauan',
      desaCode,
      targetGroup: 'Lansia',
      result: `Hasil ${date}`,
    });
  for (const [date, type, desa] of [
    ['2026-02-28', 'penjangkauan', IN_DESA[0]],
    ['2026-03-01', 'kunjungan_rumah', IN_DESA[1]],
    ['2026-03-15', 'musdes', null],
    ['2026-03-31', 'rapat_koordinasi', IN_DESA[2]],
    ['2026-04-01', 'pelatihan', null],
  ] as const) {
    unwrap(await save(date, type, desa ?? null));
  }
  const removed = unwrap(await save('2026-03-20', 'tanggap_bencana', IN_DESA[3] ?? null));
  unwrap(await office.register.call(tksk, 'reports.activities.remove', { id: removed.id }));
  unwrap(
    await office.register.call(tksk, 'reports.notes.save', {
      month: MONTH,
      obstacles: 'Sinyal lemah di dua desa.',
      recommendations: 'Jadwal penjangkauan bersama pemdes.',
    }),
  );
  office.clock.ms = Date.parse('2026-04-03T03:00:00.000Z');
  const file = unwrap(
    await exportReport(office.register, await as(office, 'pengamat'), 'reports.exportRun', {
      month: MONTH,
      format: 'json',
    }),
  );
  report = JSON.parse(Buffer.from(file.base64, 'base64').toString('utf8')) as MonthlyReportData;
  const desaList = (await listRegions('desa', '33.01.08')).map((d) => ({ code: d.code, name: d.name }));
  expected = expectedFigures(ds, desaList);
}, 120_000);
afterAll(async () => office.dispose());

describe('monthly report figures (fixed synthetic register, March 2026, WIB)', () => {
  it('the dataset exercises every part of the report (not a trivial comparison)', () => {
    const t = expected.total;
    expect(t.served.persons).toBeGreaterThan(5);
    expect(t.served.newPersons).toBeGreaterThan(0);
    expect(t.served.returningPersons).toBeGreaterThan(0);
    expect(t.served.withDisability).toBeGreaterThan(0);
    expect(Object.values(t.served.byPpks).some((n) => n > 0)).toBe(true);
    expect(t.served.byAgeGroup.tidak_diketahui).toBeGreaterThan(0);
    expect(t.cases.closedAtDesk).toBeGreaterThan(0);
    expect(t.cases.closed).toBeGreaterThan(t.cases.closedAtDesk);
    expect(t.referrals.made).toBeGreaterThan(0);
    expect(t.referrals.byOutcome.belum).toBeGreaterThan(0);
    expect(t.referrals.openOlderThan14Days).toBeGreaterThan(0);
    expect(expected.durationDays.closedCases).toBeGreaterThan(1);
    expect(ds.cases.some((c) => c.desa === OUTSIDE_DESA && !c.deleted)).toBe(true);
    expect(expected.desa.some((d) => d.code === UNLISTED_DESA)).toBe(true);
  });

  it('every number of the JSON report equals the independently computed figure', () => {
    const want = numbers({
      desa: expected.desa,
      total: expected.total,
      openReferrals: expected.openReferrals,
      durationDays: expected.durationDays,
    });
    const got = numbers({
      desa: report.desa,
      total: report.total,
      openReferrals: report.openReferrals,
      durationDays: report.durationDays,
    });
    const wrong = [...want]
      .filter(([path, n]) => got.get(path) !== n)
      .map(([p, n]) => `${p}: ${got.get(p)} ≠ ${n}`);
    expect(wrong).toEqual([]);
    expect(got.size).toBe(want.size);
    // Structure and texts too (names, codes, rows of the open-referral list).
    expect(report.desa).toEqual(expected.desa);
    expect(report.total).toEqual(expected.total);
    expect(report.openReferrals).toEqual(expected.openReferrals);
    expect(report.durationDays).toEqual(expected.durationDays);
  });

  it('holds the header, period, activities of the month only, and the notes', () => {
    expect(report.format).toBe('puskesos-laporan-bulanan/4');
    // Every case here is the kecamatan's own and no desa Puskesos sits below it: no breakdown by office.
    expect(report.offices).toBeUndefined();
    expect(report.office).toMatchObject({
      type: 'kecamatan',
      regionCode: '33.01.08',
      regionName: 'Jeruklegi',
    });
    expect(report.regionPath.map((r) => r.code)).toEqual(['33', '33.01']);
    expect(report.period).toEqual({
      month: MONTH,
      firstDay: '2026-03-01',
      lastDay: '2026-03-31',
      zone: 'Asia/Jakarta',
    });
    expect(report.compiledAt).toBe('2026-04-03T03:00:00.000Z');
    expect(report.compiledBy?.role).toBe('pengamat');
    expect(report.activities.map((a) => [a.date, a.type])).toEqual([
      ['2026-03-01', 'kunjungan_rumah'],
      ['2026-03-15', 'musdes'],
      ['2026-03-31', 'rapat_koordinasi'],
    ]);
    expect(report.activities[0]?.desaName).toBe(expected.desa.find((d) => d.code === IN_DESA[1])?.name);
    expect(report.obstacles).toBe('Sinyal lemah di dua desa.');
    expect(report.recommendations).toBe('Jadwal penjangkauan bersama pemdes.');
  });

  it('the contract view carries the same data, as a draft with no versions', async () => {
    const view = unwrap(
      await office.register.call(await as(office, 'tksk'), 'reports.monthly', { month: MONTH }),
    );
    expect(view.state).toEqual({ kind: 'draft' });
    expect(view.versions).toEqual([]);
    expect({ ...view.data, compiledBy: null }).toEqual({ ...report, compiledBy: null });
  });

  it('refuses an activity in a desa outside the office, and an unknown activity id, writing nothing', async () => {
    const tksk = await as(office, 'tksk');
    const bad = await office.register.call(tksk, 'reports.activities.save', {
      date: '2026-03-05',
      type: 'penjangkauan',
      desaCode: OUTSIDE_DESA,
      targetGroup: 'Anak',
      result: 'x',
    });
    expect(errorOf(bad, 'VALIDATION').message).toContain('tidak berada di wilayah');
    const noDay = await office.register.call(tksk, 'reports.activities.save', {
      date: '2026-02-30',
      type: 'penjangkauan',
      desaCode: null,
      targetGroup: 'Anak',
      result: 'x',
    });
    // The contract's calendar rule refuses it before the handler's own check.
    expect(errorOf(noDay, 'VALIDATION').fields?.date).toBe(DATE_MESSAGE);
    const unknown = await office.register.call(tksk, 'reports.activities.remove', {
      id: '0190a6c2-7b1e-7c3a-9d2e-4f5a6b7c8d9e',
    });
    expect(errorOf(unknown, 'NOT_FOUND')).toBeTruthy();
    const list = unwrap(await office.register.call(tksk, 'reports.activities.list', { month: MONTH }));
    expect(list).toHaveLength(3);
  });
});
