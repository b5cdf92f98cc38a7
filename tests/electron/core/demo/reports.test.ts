// Demo monthly reports: the recent full months are finalized and validly signed by the office's TKSK, once.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { officeClock } from '../../../../electron/core/demo/dates.ts';
import { generateDemoData } from '../../../../electron/core/demo/generate.ts';
import { recentFullMonths } from '../../../../electron/core/demo/reports.ts';
import { staffRoster } from '../../../../electron/core/demo/staff.ts';
import { monthlyReportView } from '../../../../electron/core/reports/finalize.ts';
import type { Register } from '../../../../electron/core/register.ts';
import {
  NO_SESSION,
  SETUP_INPUT,
  T0,
  openTestRegister,
  removeTempDirs,
  unwrap,
} from '../../../support/register.ts';

const DAY = 86_400_000;
const WIB = officeClock('33.01.08');
const open: Register[] = [];
afterAll(async () => {
  for (const r of open) await r.close();
  removeTempDirs();
});

async function kecamatanAt(ms: number): Promise<Register> {
  const t = await openTestRegister();
  unwrap(await t.register.call(NO_SESSION, 'setup.complete', SETUP_INPUT));
  await t.register.close();
  rmSync(join(t.dataDir, 'puskesos.lock'), { force: true });
  const { register } = await openTestRegister({ dataDir: t.dataDir, mode: 'existing', clock: { ms } });
  open.push(register);
  return register;
}

interface ReportRow {
  month: string;
  version: number;
  finalized_at: string;
  finalized_by_name: string;
  finalized_by_role: string;
}
const reportRows = (r: Register): ReportRow[] =>
  r.deps.sqlite
    .prepare(
      'select month, version, finalized_at, finalized_by_name, finalized_by_role from monthly_reports order by month, version',
    )
    .all() as ReportRow[];

describe('recentFullMonths', () => {
  it('gives the full months before the office-local day, oldest first, across a year end', () => {
    expect(recentFullMonths(WIB, Date.parse('2026-11-01T02:00:00Z'), 3)).toEqual([
      '2026-08',
      '2026-09',
      '2026-10',
    ]);
    expect(recentFullMonths(WIB, Date.parse('2026-01-15T02:00:00Z'), 2)).toEqual(['2025-11', '2025-12']);
    // 31 Jan 23:30 UTC is already 1 Feb in WIB: January is then a full month.
    expect(recentFullMonths(WIB, Date.parse('2026-01-31T23:30:00Z'), 1)).toEqual(['2026-01']);
  });
});

describe('demo-data on a kecamatan register', () => {
  it('finalizes the last three full months, signed by the TKSK early the next month', async () => {
    const reg = await kecamatanAt(T0);
    const s = await generateDemoData(reg.deps, { persons: 300, seed: 'laporan' });
    expect(s.reportsFinalized).toEqual(['2025-12', '2026-01', '2026-02']);
    const rows = reportRows(reg);
    const tksk = staffRoster(reg.deps.sqlite.prepare('select id from offices').pluck().get() as string)
      .tksk[0];
    expect(rows.map((r) => [r.month, r.version])).toEqual([
      ['2025-12', 1],
      ['2026-01', 1],
      ['2026-02', 1],
    ]);
    expect(rows.every((r) => r.finalized_by_name === tksk?.name && r.finalized_by_role === 'tksk')).toBe(
      true,
    );
    // 10:00 WIB on the 3rd of the next month; February's 3 March lies after "now", so just before now.
    expect(rows[0]?.finalized_at).toBe('2026-01-03T03:00:00.000Z');
    expect(rows[2]?.finalized_at).toBe(new Date(T0 - 60_000).toISOString());
    let received = 0;
    for (const month of s.reportsFinalized) {
      const view = await monthlyReportView(reg.deps.db, { month, now: T0, compiledBy: null });
      expect(view.state.kind).toBe('final');
      expect(view.versions.map((v) => v.signatureValid)).toEqual([true]);
      received += view.data.total.cases.received;
    }
    // The signed numbers are the register's: the three months had cases (about three a month here; the
    // office id, and so the generated data, differs per run, so one month alone may have none).
    expect(received).toBeGreaterThan(0);
  });

  it('a later run finalizes only the new draft month, and at most --months months', async () => {
    const reg = await kecamatanAt(T0);
    await generateDemoData(reg.deps, { persons: 200, seed: 'a' });
    const later = T0 + 35 * DAY; // 6 April 2026: March is now a full month.
    const again = await generateDemoData(reg.deps, { persons: 50, seed: 'b', now: later });
    expect(again.reportsFinalized).toEqual(['2026-03']);
    expect(reportRows(reg).filter((r) => r.month === '2026-01')).toHaveLength(1);

    const short = await kecamatanAt(T0);
    const one = await generateDemoData(short.deps, { persons: 100, seed: 'c', months: 1 });
    expect(one.reportsFinalized).toEqual(['2026-02']);

    // --finalized-months 0: every month stays a draft (the report e2e finalizes one itself).
    const none = await kecamatanAt(T0);
    const drafts = await generateDemoData(none.deps, { persons: 100, seed: 'd', finalizedMonths: 0 });
    expect(drafts.reportsFinalized).toEqual([]);
    expect(reportRows(none)).toEqual([]);
  });
});
