// A household's DTSEN history: what its desil and membership were from which day, and where that came from.
import type { DtsenHistory, DtsenHistoryEntry } from '../../../shared/types/usulan.ts';
import type { DbOrTrx } from '../db/database.ts';
import { CoreError } from '../errors.ts';
import { summariesOf } from './usulan-read.ts';

/**
 * usulan.history: every accepted national result of the household's proposals, from its effective date (an
 * accepted `usul keluar` takes the household out of DTSEN), newest first; before any result, the desil recorded
 * in the register from the household's registration. `current` is the newest entry in force on `today`.
 */
export async function dtsenHistory(db: DbOrTrx, householdId: string, today: string): Promise<DtsenHistory> {
  const h = await db
    .selectFrom('households')
    .select(['id', 'dtsen_desil', 'created_at'])
    .where('id', '=', householdId)
    .where('deleted', '=', 0)
    .executeTakeFirst();
  if (!h) throw new CoreError('NOT_FOUND', 'Keluarga tidak ditemukan.');
  const ids = (
    await db
      .selectFrom('usulan')
      .select('id')
      .where('household_id', '=', householdId)
      .where('deleted', '=', 0)
      .execute()
  ).map((r) => r.id);
  const results: DtsenHistoryEntry[] = [];
  for (const { summary: s } of (await summariesOf(db, ids)).values()) {
    if (s.state !== 'hasil_diterima' || !s.effectiveDate) continue;
    const leaves = s.kind === 'usul_keluar';
    results.push({
      from: s.effectiveDate,
      inDtsen: !leaves,
      desil: leaves ? null : s.desil,
      source: 'hasil_pusat',
      usulanId: s.id,
      kind: s.kind,
    });
  }
  results.sort((a, b) => (a.from < b.from ? 1 : a.from > b.from ? -1 : 0));
  const entries: DtsenHistoryEntry[] =
    results.length > 0
      ? results
      : [
          {
            from: h.created_at.slice(0, 10),
            inDtsen: h.dtsen_desil !== null,
            desil: h.dtsen_desil,
            source: 'register',
            usulanId: null,
            kind: null,
          },
        ];
  return { entries, current: entries.find((e) => e.from <= today) ?? null };
}
