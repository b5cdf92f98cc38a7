// The overdue rules in SQL are uncorrelated: SQLite builds the set of overdue follow-ups once per statement.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
