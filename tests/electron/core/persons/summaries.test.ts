// Person summaries: the overdue flag is looked up through the person's own cases, never by walking every overdue follow-up.
import { afterAll, describe, expect, it } from 'vitest';
import { personOverdueSql } from '../../../../electron/core/persons/summaries.ts';
import { sqliteSql } from '../../../../electron/core/storage/sqlite/sqlite-sql.ts';
import { openSetUpOffice, removeTempDirs } from '../../../support/register.ts';

afterAll(removeTempDirs);

describe('person summary overdue flag', () => {
  it('is planned from cases_beneficiary and follow_ups_case (a 100-row page at Dinsos took 1.7 s otherwise)', async () => {
    const office = await openSetUpOffice();
    try {
      const plan = (
        office.register.deps.sqlite
          .prepare(
            `explain query plan select p.id, ${personOverdueSql(sqliteSql)} as o from persons p where p.id = ?`,
          )
          .all('2026-03-02', 'x') as { detail: string }[]
      ).map((r) => r.detail);
      expect(plan.some((d) => d.includes('USING INDEX cases_beneficiary'))).toBe(true);
      expect(plan.some((d) => d.includes('USING INDEX follow_ups_case'))).toBe(true);
      expect(plan.some((d) => d.includes('follow_ups_due'))).toBe(false);
    } finally {
      await office.dispose();
    }
  });
});
