// Residents served in a month at two or more of the offices a recap counts, linked by Dinsos 'sama' decisions: counted once in the total.
import { sql } from 'kysely';
import type { DbOrTrx } from '../db/database.ts';
import { linkedIdentity } from '../duplicates/identity.ts';
import { reportPeriod } from './period.ts';

export interface CountedOffice {
  officeId: string;
  regionCode: string;
}

/**
 * How many more residents the offices' signed figures count than there are: Σ over the offices of the residents
 * each served (cases received in the month in its region, on its clock, linked records as one) minus the residents
 * served across all of them. Read from Dinsos's register, which holds every office's cases and the decisions.
 */
export async function linkedOverlap(
  db: DbOrTrx,
  month: string,
  offices: readonly CountedOffice[],
): Promise<number> {
  if (offices.length < 2) return 0;
  const identity = await linkedIdentity(db);
  const all = new Set<string>();
  let sum = 0;
  for (const o of offices) {
    const p = reportPeriod(month, o.regionCode);
    const rows = await sql<{ person: string }>`
      select distinct c.beneficiary_id as person from cases c
      where c.deleted = 0 and c.received_at >= ${p.fromIso} and c.received_at < ${p.toIso}
        and substr(c.desa_code, 1, ${o.regionCode.length + 1}) = ${`${o.regionCode}.`}`.execute(db);
    const mine = new Set(rows.rows.map((r) => identity(r.person)));
    sum += mine.size;
    for (const who of mine) all.add(who);
  }
  return sum - all.size;
}
