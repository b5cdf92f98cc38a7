// What waits for a person at this office: open conflicts and received records in quarantine (counts).
import type { DbOrTrx } from '../db/database.ts';
import type { BundleReport } from './bundle/payload-lines.ts';

export async function openWork(db: DbOrTrx): Promise<BundleReport> {
  const conflicts = await db
    .selectFrom('sync_conflicts')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('status', '=', 'open')
    .executeTakeFirst();
  const quarantine = await db
    .selectFrom('sync_quarantine')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('resolved', '=', 0)
    .executeTakeFirst();
  return { openConflicts: Number(conflicts?.n ?? 0), quarantined: Number(quarantine?.n ?? 0) };
}
