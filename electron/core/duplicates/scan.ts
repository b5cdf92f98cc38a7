// The duplicate scan at Dinsos: the whole register, or the persons changed since the last scan, into duplicate_candidates.
import { sql } from 'kysely';
import { sqlFor } from '../storage/sql-for.ts';
import type { Db, DbOrTrx } from '../db/database.ts';
import { getMeta, putMeta } from '../office/office-repo.ts';
import type { DuplicateReasonCode, DuplicateScanResult } from '../../../shared/types/duplicates.ts';
import { findCandidates, findCandidatesStepwise, type Found, type FoundPair } from './find.ts';
import { loadPersons, type LoadedPersons } from './load.ts';
import { loadNeighbourhood } from './neighbourhood.ts';

/** meta key: the highest persons.local_seq the last scan saw (the incremental scan's watermark). */
export const SCAN_WATERMARK = 'duplicates_scan_seq';

const pairKey = (a: string, b: string): string => `${a}|${b}`;

async function existingPairs(db: DbOrTrx, ids: string[] | null): Promise<Map<string, string>> {
  const rows = ids
    ? await sql<{ person_a: string; person_b: string; status: string }>`
        select person_a, person_b, status from duplicate_candidates
        where person_a in ${sqlFor(db).jsonArrayValues(JSON.stringify(ids))}
           or person_b in ${sqlFor(db).jsonArrayValues(JSON.stringify(ids))}`.execute(db)
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

/**
 * Removes undecided pairs no longer found, except those holding a record changed after the scan loaded the register
 * (`top`): an operation yields while it compares, and such a record is looked at again by the next incremental scan.
 */
async function removePairs(db: DbOrTrx, keys: string[], top: number): Promise<void> {
  for (const k of keys) {
    const [a, b] = k.split('|') as [string, string];
    await sql`delete from duplicate_candidates where person_a = ${a} and person_b = ${b} and status = 'baru'
      and not exists (select 1 from persons p where p.id in (${a}, ${b}) and p.local_seq > ${top})`.execute(
      db,
    );
  }
}

/** The register as a scan starts: the records to look at, which of them changed, and which are gone. */
interface Prepared {
  full: boolean;
  watermark: number;
  /** The highest persons.local_seq when the records were loaded. */
  top: number;
  loaded: LoadedPersons;
  changed: Set<number> | undefined;
  changedIds: string[] | null;
  gone: string[];
}

async function prepare(db: DbOrTrx, mode: 'penuh' | 'bertahap'): Promise<Prepared> {
  const mark = await getMeta(db, SCAN_WATERMARK);
  const full = mode === 'penuh' || mark === null;
  const watermark = full ? -1 : Number(mark);
  const top = (await sql<{ m: number | null }>`select max(local_seq) as m from persons`.execute(db)).rows[0];
  // A full scan loads every record; an incremental one only the changed records and their possible partners.
  const { loaded, changed } = full
    ? { loaded: await loadPersons(db), changed: undefined }
    : await loadNeighbourhood(db, watermark);
  const changedIds = changed ? [...changed].map((i) => loaded.ids[i] ?? '') : null;
  // Persons gone since the watermark (tombstoned or erased): their undecided pairs go too.
  const gone = full
    ? []
    : (
        await sql<{ id: string }>`select id from persons where local_seq > ${watermark}
          and (deleted = 1 or name = '' or id in (select person_id from erasures where deleted = 0))`.execute(
          db,
        )
      ).rows.map((r) => r.id);
  return { full, watermark, top: top?.m ?? 0, loaded, changed, changedIds, gone };
}

/** Stores what a scan found (upserts, stale pairs removed, the watermark moved on) and counts it. */
async function store(db: DbOrTrx, s: Prepared, found: Found, at: string): Promise<DuplicateScanResult> {
  const before = await existingPairs(db, s.changedIds ? [...s.changedIds, ...s.gone] : null);
  const foundKeys = new Set(found.pairs.map((p) => pairKey(p.a, p.b)));
  const stale = [...before].filter(([k, status]) => status === 'baru' && !foundKeys.has(k)).map(([k]) => k);
  await upsert(db, found.pairs, at);
  await removePairs(db, stale, s.top);
  // An incremental scan that ran while this one compared may have moved the watermark past `top` already.
  const now = Number((await getMeta(db, SCAN_WATERMARK)) ?? -1);
  await putMeta(db, SCAN_WATERMARK, String(Math.max(s.top, s.watermark, now, 0)));
  const byReason: Partial<Record<DuplicateReasonCode, number>> = {};
  for (const p of found.pairs)
    for (const code of new Set(p.reasons.map((r) => r.code))) byReason[code] = (byReason[code] ?? 0) + 1;
  return {
    mode: s.full ? 'penuh' : 'bertahap',
    persons: s.changed ? s.changed.size : s.loaded.size,
    comparisons: found.comparisons,
    found: found.pairs.length,
    added: found.pairs.filter((p) => !before.has(pairKey(p.a, p.b))).length,
    removed: stale.length,
    oversizedBlocks: found.oversizedBlocks,
    byReason,
  };
}

const NOTHING: Found = { pairs: [], comparisons: 0, oversizedBlocks: 0 };

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
  const s = await prepare(db, mode);
  const found = s.changed?.size === 0 ? NOTHING : findCandidates(s.loaded, s.changed);
  return store(db, s, found, at);
}

/** Where a stepwise scan is: loading the register, comparing family by family, storing. */
export type ScanStep = (
  phase: 'muat' | 'bandingkan' | 'simpan',
  done: number,
  total: number | null,
) => Promise<void>;

/**
 * scanDuplicates as a long operation: loads and compares outside any transaction, pausing at `step` (which may
 * throw to stop: nothing is stored), then stores in one transaction. Records changed while it compared keep
 * their pairs and are looked at again by the next incremental scan.
 */
export async function scanDuplicatesStepwise(
  db: Db,
  at: () => string,
  mode: 'penuh' | 'bertahap',
  step: ScanStep,
): Promise<DuplicateScanResult> {
  await step('muat', 0, null);
  const s = await prepare(db, mode);
  const found =
    s.changed?.size === 0
      ? NOTHING
      : await findCandidatesStepwise(s.loaded, s.changed, (done, total) => step('bandingkan', done, total));
  await step('simpan', 0, 1);
  return db.transaction().execute((trx) => store(trx, s, found, at()));
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
