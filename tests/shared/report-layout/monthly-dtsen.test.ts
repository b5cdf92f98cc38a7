// The monthly report's DTSEN tables (format 2): every figure in its cell; a format-1 version renders without them.
import { describe, expect, it } from 'vitest';
import { monthlyReportLayout } from '../../../shared/report-layout/monthly.ts';
import { USULAN_KINDS, USULAN_STATES } from '../../../shared/reference/usulan.ts';
import { monthlyFixture, monthlyFixtureV1, monthlyFixtureV2 } from '../../support/report-fixtures.ts';
import { cellAt, tableOf } from './table-access.ts';

const data = monthlyFixture();
const dtsen = data.dtsen;
if (!dtsen) throw new Error('the fixture is format 2');
const doc = monthlyReportLayout(data);

const FLOW = [
  'made',
  'sessions',
  'approvedAtMusdes',
  'rejectedAtMusdes',
  'sent',
  'returned',
  'accepted',
  'refused',
  'withdrawn',
  'openAtMonthEnd',
] as const;

describe('monthly report DTSEN section', () => {
  it('puts each desa row and the total of the month flow in its cells', () => {
    const t = tableOf(doc, 'usulan-desa');
    expect(t.rows.map((r) => r[0])).toEqual(dtsen.desa.map((d) => d.code));
    for (const d of [...dtsen.desa, dtsen.total]) {
      for (const k of FLOW) expect(cellAt(t, d.code, k)).toBe(d[k]);
    }
    expect(cellAt(t, 'total', 'desa')).toBe('Jumlah');
    expect(t.columns.find((c) => c.key === 'sent')?.header).toBe('Dikirim ke Dinsos');
    expect(t.wide).toBe(true);
    const chart = t.charts[0];
    expect(chart?.series.map((s) => s.values)).toEqual([
      dtsen.desa.map((d) => d.made),
      dtsen.desa.map((d) => d.sent),
    ]);
  });

  it('counts the proposals by kind and state at month end, with row, column and grand totals', () => {
    const t = tableOf(doc, 'usulan-jenis-status');
    expect(t.rows.map((r) => r[0])).toEqual([
      'Usul baru',
      'Perbaikan data',
      'Usul keluar / nonaktif',
      'Sanggah',
    ]);
    let grand = 0;
    for (const [i, k] of USULAN_KINDS.entries()) {
      const label = t.rows[i]?.[0] as string;
      let rowSum = 0;
      for (const s of USULAN_STATES) {
        const n = dtsen.byKindAndState[k]?.[s] ?? 0;
        expect(cellAt(t, label, `state-${s}`)).toBe(n);
        rowSum += n;
      }
      expect(cellAt(t, label, 'all')).toBe(rowSum);
      grand += rowSum;
    }
    expect(cellAt(t, 'total', 'state-dikirim')).toBe(2);
    expect(cellAt(t, 'total', 'state-hasil_diterima')).toBe(1);
    expect(cellAt(t, 'total', 'all')).toBe(grand);
    expect(grand).toBe(10);
    expect(t.columns.find((c) => c.key === 'state-diteruskan')?.header).toBe('Diteruskan ke pusat');
  });

  it('shows the proposals made among the key figures', () => {
    expect(doc.summary.find((s) => s.key === 'usulan')?.value).toBe(dtsen.total.made);
  });

  it('renders a version finalized in format 1 as it was signed: no DTSEN tables, no DTSEN figure', () => {
    const old = monthlyReportLayout(monthlyFixtureV1());
    expect(old.tables.map((t) => t.id)).not.toContain('usulan-desa');
    expect(old.tables.map((t) => t.id)).not.toContain('usulan-jenis-status');
    expect(old.summary.map((s) => s.key)).not.toContain('usulan');
    // Against format 2 (DTSEN, no breakdown by office): the two DTSEN tables fewer.
    expect(old.tables).toHaveLength(monthlyReportLayout(monthlyFixtureV2()).tables.length - 2);
  });
});
