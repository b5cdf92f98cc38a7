// The duplicate scan at Dinsos: the whole register, or the persons changed since the last scan, into duplicate_candidates.
import { sql } from 'kysely';
import type { Db, DbOrTrx } from '../db/database.ts';
import { getMeta, putMeta } from '../office/office-repo.ts';
import type { DuplicateReasonCode, DuplicateScanResult } from '../../../shared/types/duplicates.ts';
import { findCandidates, type FoundPair } from './find.ts';
import { loadPersons, type LoadedPersons } from './load.ts';

/** meta key: the highest persons.local_seq the last scan saw (the incremental scan's watermark). */
export const SCAN_WATERMARK = 'duplicates_scan_seq';

const pairKey = (a: string, b: string): string => `${a}|${b}`;

/** The changed persons and, so their household ties are weighed again, the other members of their households. */
function changedSet(loaded: LoadedPersons, watermark: number): Set<number> {
  const out = new Set<number>();
  loaded.seqs.forEach((seq, i) => {
    if (seq <= watermark) return;
    out.add(i);
    const h = loaded.persons[i]?.householdId;
    for (const j of h ? (loaded.households.get(h) ?? []) : []) out.add(j);
  });
  return out;
}

async function existingPairs(db: DbOrTrx, ids: string[] | null): Promise<Map<string, string>> {
  const rows = ids
    ? await sql<{ person_a: string; person_b: string; status: string }>`
        select person_a, person_b, status from duplicate_candidates
        where person_a in (select value from json_each(${JSON.stringify(ids)}))
           or person_b in (select value from json_each(${JSON.stringify(ids)}))`.execute(db)
    : await sql<{ person_a: string; person_b: string; status: string }>`
        select person_a, person_b, status from duplicate_candidates`.execute(db);
  return new Map(rows.rows.map((r) => [pairKey(r.person_a, r.person_b), r.status]));
}

async function upsert(db: DbOrTrx, pairs: FoundPair[], at: string): Promise<void> {
  for (let i = 0; i < pairs.length; i += 500) {
    const values = pairs.slice(i, i + 500).map((p) => ({
      person_a: p.a,
      person_b: p.b,
      score: p.score,
      reasons: JSON.stringify(p.reasons),
      status: 'baru',
      found_at: at,
      seen_at: at,
    }));
    await db
      .insertInto('duplicate_candidates')
      .values(values)
      .onConflict((oc) =>
        oc.columns(['person_a', 'person_b']).doUpdateSet((eb) => ({
          score: eb.ref('excluded.score'),
          reasons: eb.ref('excluded.reasons'),
          seen_at: eb.ref('excluded.seen_at'),
        })),
      )
      .execute();
  }
}

async function removePairs(db: DbOrTrx, keys: string[]): Promise<void> {
  for (const k of keys) {
    const [a, b] = k.split('|') as [string, string];
    await db
      .deleteFrom('duplicate_candidates')
      .where('person_a', '=', a)
      .where('person_b', '=', b)
      .where('status', '=', 'baru')
      .execute();
  }
}

/**
 * Scans for duplicate candidates and stores them: upserts every pair found (a decided pair keeps its
 * decision), and removes the undecided pairs of the scanned persons that no longer match. 'penuh' looks at the
 * whole register; 'bertahap' at the persons whose local_seq passed the watermark (after an import), and
 * falls back to 'penuh' when no scan ran before. Idempotent: a second scan of an unchanged register changes
 * nothing but seen_at.
 */
export async function scanDuplicates(
  db: DbOrTrx,
  at: string,
  mode: 'penuh' | 'bertahap',
): Promise<DuplicateScanResult> {
  const mark = await getMeta(db, SCAN_WATERMARK);
  const full = mode === 'penuh' || mark === null;
  const watermark = full ? -1 : Number(mark);
  const loaded = await loadPersons(db);
  const changed = full ? undefined : changedSet(loaded, watermark);
  const changedIds = changed ? [...changed].map((i) => loaded.persons[i]?.id ?? '') : null;
  // Persons gone since the watermark (tombstoned or erased): their undecided pairs go too.
  const gone = full
    ? []
    : (
        await sql<{ id: string }>`select id from persons where local_seq > ${watermark}
          and (deleted = 1 or name = '' or id in (select person_id from erasures where deleted = 0))`.execute(
          db,
        )
      ).rows.map((r) => r.id);
  const found =
    changed?.size === 0
      ? { pairs: [], comparisons: 0, oversizedBlocks: 0 }
      : findCandidates(loaded.persons, changed);
  const before = await existingPairs(db, changedIds ? [...changedIds, ...gone] : null);
  const foundKeys = new Set(found.pairs.map((p) => pairKey(p.a, p.b)));
  const stale = [...before].filter(([k, status]) => status === 'baru' && !foundKeys.has(k)).map(([k]) => k);
  await upsert(db, found.pairs, at);
  await removePairs(db, stale);
  const top = (await sql<{ m: number | null }>`select max(local_seq) as m from persons`.execute(db)).rows[0];
  await putMeta(db, SCAN_WATERMARK, String(Math.max(top?.m ?? 0, watermark, 0)));
  const byReason: Partial<Record<DuplicateReasonCode, number>> = {};
  for (const p of found.pairs)
    for (const code of new Set(p.reasons.map((r) => r.code))) byReason[code] = (byReason[code] ?? 0) + 1;
  return {
    mode: full ? 'penuh' : 'bertahap',
    persons: changed ? changed.size : loaded.persons.length,
    comparisons: found.comparisons,
    found: found.pairs.length,
    added: found.pairs.filter((p) => !before.has(pairKey(p.a, p.b))).length,
    removed: stale.length,
    oversizedBlocks: found.oversizedBlocks,
    byReason,
  };
}

/**
 * After a bundle import at Dinsos: the incremental scan in its own transaction, once the register was scanned
 * at least once (before that, imports stay as fast as ever and the first `duplicates scan` does the whole
 * register). Returns null when it did not run.
 */
export async function scanAfterImport(db: Db, at: string): Promise<DuplicateScanResult | null> {
  if ((await getMeta(db, SCAN_WATERMARK)) === null) return null;
  return db.transaction().execute((trx) => scanDuplicates(trx, at, 'bertahap'));
}
