// The overdue rules in SQL are uncorrelated (the set of overdue follow-ups is built once per statement), and Beranda's counts read indexes only.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { summaryStatements } from '../../../../electron/core/cases/dashboard.ts';
import { caseOverdueSql, referralOverdueSql } from '../../../../electron/core/cases/overdue.ts';
import { openSetUpOffice, removeTempDirs, type TestOffice } from '../../../support/register.ts';

let office: TestOffice;
beforeAll(async () => {
  office = await openSetUpOffice();
});
afterAll(async () => {
  await office.register.close();
  removeTempDirs();
});

const plan = (q: { sql: string; parameters: readonly unknown[] }): string[] =>
  (
    office.register.deps.sqlite.prepare(`explain query plan ${q.sql}`).all(...q.parameters) as {
      detail: string;
    }[]
  ).map((r) => r.detail);

describe('overdue rules', () => {
  it('a referral is overdue through one list of overdue follow-ups, not a probe per referral', () => {
    const { db } = office.register.deps;
    const lines = plan(
      db.selectFrom('referrals as r').select('r.id').where(referralOverdueSql('2026-03-02')).compile(),
    );
    expect(lines.filter((d) => /CORRELATED/.test(d))).toEqual([]);
    expect(lines.some((d) => /LIST SUBQUERY/.test(d))).toBe(true);
    expect(lines.some((d) => /follow_ups_due/.test(d))).toBe(true);
  });

  it('so is a case', () => {
    const { db } = office.register.deps;
    const lines = plan(
      db.selectFrom('cases as c').select('c.id').where(caseOverdueSql('2026-03-02')).compile(),
    );
    expect(lines.filter((d) => /CORRELATED/.test(d))).toEqual([]);
    expect(lines.some((d) => /follow_ups_due/.test(d))).toBe(true);
  });
});

describe("Beranda's counts", () => {
  it('read indexes only (migration 006): nothing but the day’s intake touches a table row', () => {
    const { db } = office.register.deps;
    const now = Date.parse('2026-03-02T02:00:00Z');
    const q = summaryStatements(db, {
      officeId: 'x',
      regionCode: '33.01',
      zone: 'Asia/Jakarta',
      now,
      at: new Date(now).toISOString(),
      today: '2026-03-02',
    });
    for (const [name, s] of Object.entries(q)) {
      if (name === 'intake') continue; // a range of one day's cases on cases_received
      const reads = plan(s.compile()).filter((d) => /^(SCAN|SEARCH) /.test(d));
      expect(reads.length, name).toBeGreaterThan(0);
      expect(
        reads.filter((d) => !/COVERING INDEX/.test(d)),
        name,
      ).toEqual([]);
    }
  });
});
