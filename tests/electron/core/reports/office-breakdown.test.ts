// The TKSK's report of a kecamatan with a desa Puskesos below it, by office; and the Dinsos recap counting the desa once.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { computeMonthlyReport } from '../../../../electron/core/reports/compute.ts';
import { computeRecap } from '../../../../electron/core/reports/recap.ts';
import { monthlyReportLayout } from '../../../../shared/report-layout/monthly.ts';
import { recapReportLayout } from '../../../../shared/report-layout/recap.ts';
import type { MonthlyReportData, OfficeFigures, RecapData } from '../../../../shared/types/reports.ts';
import { as, caseIn, insertPerson } from '../../../support/cases.ts';
import { unwrap, type TestOffice } from '../../../support/register.ts';
import { openKecamatanWithDesa, type KecamatanWithDesa } from '../../../support/sync-kecamatan.ts';
import { cellAt, tableOf } from '../../../shared/report-layout/table-access.ts';

const MONTH = '2026-03';
const APRIL = Date.parse('2026-04-02T02:00:00.000Z');
const FIGURES = [
  'casesReceived',
  'casesClosed',
  'openAtMonthEnd',
  'referralsMade',
  'openReferralsOver14',
] as const;
let net: KecamatanWithDesa;

const report = (o: TestOffice): Promise<MonthlyReportData> =>
  computeMonthlyReport(o.register.deps.db, { month: MONTH, now: o.clock.ms, compiledBy: null });

/** The report's own figures for the breakdown's columns, from its desa rows' total. */
const totalsOf = (d: MonthlyReportData): Record<(typeof FIGURES)[number], number> => ({
  casesReceived: d.total.cases.received,
  casesClosed: d.total.cases.closed,
  openAtMonthEnd: d.total.cases.openAtMonthEnd,
  referralsMade: d.total.referrals.made,
  openReferralsOver14: d.total.referrals.openOlderThan14Days,
});

const recap = (): Promise<RecapData> => computeRecap(net.dinsos.register.deps.db, MONTH, net.dinsos.clock.ms);

const finalize = async (o: TestOffice): Promise<void> => {
  o.clock.ms = APRIL;
  unwrap(await o.register.call(await as(o, 'tksk'), 'reports.finalize', { month: MONTH }));
};

beforeAll(async () => {
  net = await openKecamatanWithDesa();
  // March at the desa: a referred case and one closed at the desk; at the kecamatan: one case of its own.
  const resident = await insertPerson(net.desa.register, { name: 'Warga Desa Wetan' });
  await caseIn(net.desa, 'DIRUJUK', resident);
  await caseIn(net.desa, 'SELESAI_DI_FO', resident);
  await caseIn(net.kec, 'DITERIMA', await insertPerson(net.kec.register, { name: 'Warga Kecamatan' }));
  expect(await net.send(net.desa, net.kec)).toEqual(['applied']);
}, 120_000);
afterAll(() => net.close());

describe("the kecamatan's monthly report by office", () => {
  it("has the desa Puskesos' cases in the desa's row, as its own register counts them; the rows add up to the total", async () => {
    const kec = await report(net.kec);
    const desa = await report(net.desa);
    const rows = kec.offices ?? [];
    expect(rows.map((r) => [r.officeId, r.relation])).toEqual([
      [net.ids.kec, 'self'],
      [net.ids.desa, 'below'],
    ]);
    const desaRow = rows[1] as OfficeFigures;
    expect(desaRow.name).toBe('Puskesos Desa Jeruklegi Wetan');
    for (const f of FIGURES) expect(desaRow[f], f).toBe(totalsOf(desa)[f]);
    expect([desaRow.casesReceived, desaRow.casesClosed, desaRow.referralsMade]).toEqual([2, 1, 1]);
    expect(rows[0]?.casesReceived).toBe(1);
    for (const f of FIGURES)
      expect(
        rows.reduce((sum, r) => sum + r[f], 0),
        f,
      ).toBe(totalsOf(kec)[f]);
    // The same in the rendered table (screen, XLSX and PDF share it): the desa's row and the report's total.
    const t = tableOf(monthlyReportLayout(kec), 'rincian-kantor');
    expect(cellAt(t, 2, 'kantor')).toBe('Puskesos Desa Jeruklegi Wetan');
    expect(cellAt(t, 2, 'received')).toBe(desaRow.casesReceived);
    expect(cellAt(t, 'total', 'received')).toBe(kec.total.cases.received);
  });

  it("a desa Puskesos' own report has no breakdown: one office", async () => {
    const desa = await report(net.desa);
    expect(desa.offices).toBeUndefined();
    expect(monthlyReportLayout(desa).tables.map((t) => t.id)).not.toContain('rincian-kantor');
  });
});

describe('the Dinsos recap', () => {
  it("counts the desa's own figures while its kecamatan has not reported, then only inside the kecamatan's row", async () => {
    await finalize(net.desa);
    expect(await net.send(net.desa, net.kec)).toEqual(['applied']);
    expect(await net.send(net.kec, net.dinsos)).toEqual(['applied']);
    const before = await recap();
    const kecRow = () => before.rows.find((r) => r.officeId === net.ids.kec);
    const desaRow = before.rows.find((r) => r.officeId === net.ids.desa);
    expect([kecRow()?.status, kecRow()?.desaOffices]).toEqual(['belum', 1]);
    expect([desaRow?.upstreamId, desaRow?.counted]).toEqual([net.ids.kec, true]);
    expect(before.totals.casesReceived).toBe(desaRow?.totals?.casesReceived);

    await finalize(net.kec);
    expect(await net.send(net.kec, net.dinsos)).toEqual(['applied']);
    const after = await recap();
    const kec = after.rows.find((r) => r.officeId === net.ids.kec);
    const desa = after.rows.find((r) => r.officeId === net.ids.desa);
    expect([kec?.counted, desa?.counted]).toEqual([true, false]);
    // The kecamatan's signed report holds the desa's cases: the kabupaten counts them once, in its row.
    expect(kec?.totals?.casesReceived).toBe((await report(net.kec)).total.cases.received);
    expect(after.totals.casesReceived).toBe(kec?.totals?.casesReceived);
    expect(after.totals.referrals).toBe(kec?.totals?.referrals);
    const t = tableOf(recapReportLayout(after), 'rekap-kecamatan');
    const remark = (name: string) => t.rows.find((r) => r[2] === name)?.at(-1);
    expect(remark('Puskesos Kecamatan Jeruklegi')).toBe('Termasuk 1 Puskesos desa/kelurahan');
    expect(remark('Puskesos Desa Jeruklegi Wetan')).toBe(
      'Sudah termasuk dalam laporan Puskesos Kecamatan Jeruklegi',
    );
  });
});
