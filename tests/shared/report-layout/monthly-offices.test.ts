// The monthly report's "Rincian per kantor" (format 3): each office's figures in its cells, the report's total below;
// a version finalized in format 2 renders without it.
import { describe, expect, it } from 'vitest';
import { monthlyReportLayout } from '../../../shared/report-layout/monthly.ts';
import { monthlyFixture, monthlyFixtureV2 } from '../../support/report-fixtures.ts';
import { cellAt, tableOf } from './table-access.ts';

const data = monthlyFixture();
const offices = data.offices;
if (!offices) throw new Error('the fixture is format 3');
const doc = monthlyReportLayout(data);

const COLUMNS = [
  ['received', 'casesReceived'],
  ['closed', 'casesClosed'],
  ['open', 'openAtMonthEnd'],
  ['referrals', 'referralsMade'],
  ['open14', 'openReferralsOver14'],
] as const;

describe('monthly report breakdown by office', () => {
  it("puts each office's name, relation and figures in its row, in the data's order", () => {
    const t = tableOf(doc, 'rincian-kantor');
    expect(t.title).toBe('Rincian per kantor');
    expect(t.rows.map((r) => r[1])).toEqual(offices.map((o) => o.name));
    expect(t.rows.map((r) => r[2])).toEqual([
      'Kantor kecamatan',
      'Puskesos desa/kelurahan',
      'Puskesos desa/kelurahan',
    ]);
    offices.forEach((o, i) => {
      for (const [col, key] of COLUMNS) expect(cellAt(t, i + 1, col)).toBe(o[key]);
    });
    expect(t.note).toMatch(/termasuk 2 Puskesos desa/);
  });

  it("ends with the report's total, which the office rows add up to", () => {
    const t = tableOf(doc, 'rincian-kantor');
    const total = {
      received: data.total.cases.received,
      closed: data.total.cases.closed,
      open: data.total.cases.openAtMonthEnd,
      referrals: data.total.referrals.made,
      open14: data.total.referrals.openOlderThan14Days,
    };
    for (const [col, key] of COLUMNS) {
      expect(cellAt(t, 'total', col)).toBe(total[col]);
      expect(offices.reduce((sum, o) => sum + o[key], 0)).toBe(total[col]);
    }
    expect(cellAt(t, 'total', 'kantor')).toBe('Jumlah');
  });

  it('is absent from a version finalized in format 2, which is rendered as it was signed', () => {
    const ids = monthlyReportLayout(monthlyFixtureV2()).tables.map((t) => t.id);
    expect(ids).not.toContain('rincian-kantor');
    expect(ids).toContain('usulan-desa');
  });
});
