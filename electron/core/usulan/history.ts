// A household's DTSEN history: what its desil and membership were from which day, and where that came from.
import type { DtsenHistory } from '../../../shared/types/usulan.ts';
import type { DbOrTrx } from '../db/database.ts';
import { CoreError } from '../errors.ts';
import { acceptedResults } from './dtsen-results.ts';
import { dayCache, dtsenEntries, entryInForce } from './dtsen-timeline.ts';

/**
 * usulan.history: every accepted national result of the household's proposals from its effective date (an accepted
 * `usul keluar` takes the household out of DTSEN) and the register's own value from the day it was registered or
 * typed (rule: dtsen-timeline.ts, shared with the monthly report), newest first; `current` is the entry in force
 * on `today` in the office's `zone`.
 */
export async function dtsenHistory(
  db: DbOrTrx,
  householdId: string,
  today: string,
  zone: string,
): Promise<DtsenHistory> {
  const h = await db
    .selectFrom('households')
    .select(['dtsen_desil', 'dtsen_id', 'clocks'])
    .where('id', '=', householdId)
    .where('deleted', '=', 0)
    .executeTakeFirst();
  if (!h) throw new CoreError('NOT_FOUND', 'Keluarga tidak ditemukan.');
  const results = (await acceptedResults(db, { householdId })).get(householdId) ?? [];
  const entries = dtsenEntries(h, results, dayCache(zone));
  return { entries, current: entryInForce(entries, today) };
}
