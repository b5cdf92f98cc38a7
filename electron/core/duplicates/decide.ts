// Deciding a pair at Dinsos: the synced duplicate_decisions row (one per pair), its undo, and the local candidate cache.
import { sql } from 'kysely';
import type { DbOrTrx } from '../db/database.ts';
import { CoreError } from '../errors.ts';
import { keyedId } from '../reports/ids.ts';
import { createWriter } from '../sync/writer.ts';
import type { DuplicateDecision, DuplicateDecisionRecord } from '../../../shared/types/duplicates.ts';

/** The pair's one decision row: the same id at every PC and for every re-decision, so they converge. */
export const decisionId = (a: string, b: string): string =>
  a < b ? keyedId('puskesos/duplicate_decisions', a, b) : keyedId('puskesos/duplicate_decisions', b, a);

export interface DecideInput {
  personA: string;
  personB: string;
  decision: DuplicateDecision;
  /** Required for 'sama': one of the two. */
  primaryPersonId?: string | undefined;
  reason: string;
}

export interface DecisionWriter {
  officeId: string;
  /** The reviewer's name as the decision records it. */
  actorName: string;
  now: () => number;
}

interface PersonFacts {
  id: string;
  origin_office_id: string;
}

/** Both records, live and not erased, ordered (lower id first); a clear Indonesian refusal otherwise. */
async function pairOf(db: DbOrTrx, x: string, y: string): Promise<[PersonFacts, PersonFacts]> {
  if (x === y) throw new CoreError('VALIDATION', 'Pilih dua data warga yang berbeda.');
  const [a, b] = x < y ? [x, y] : [y, x];
  const rows = await db
    .selectFrom('persons')
    .select(['id', 'origin_office_id'])
    .where('id', 'in', [a, b])
    .where('deleted', '=', 0)
    .where('id', 'not in', db.selectFrom('erasures').select('person_id').where('deleted', '=', 0))
    .execute();
  const pa = rows.find((r) => r.id === a);
  const pb = rows.find((r) => r.id === b);
  if (!pa || !pb) throw new CoreError('NOT_FOUND', 'Data warga tidak ditemukan (terhapus atau tidak ada).');
  return [pa, pb];
}

/** The cache in duplicate_candidates (the review queue reads it): the pair's status and who decided. */
async function cacheStatus(
  db: DbOrTrx,
  a: string,
  b: string,
  status: 'baru' | DuplicateDecision,
  at: string,
  by: string,
  reason: string,
): Promise<void> {
  await sql`update duplicate_candidates set status = ${status}, decided_at = ${at}, decided_by = ${by},
    decision_reason = ${reason} where person_a = ${a} and person_b = ${b}`.execute(db);
}

/**
 * Records (or re-records) the decision on a pair. Deciding a pair already decided overwrites its fields and
 * clears an undo: the row converges last-writer-wins per field like every synced record.
 */
export async function decidePair(
  db: DbOrTrx,
  w: DecisionWriter,
  input: DecideInput,
): Promise<DuplicateDecisionRecord> {
  const [pa, pb] = await pairOf(db, input.personA, input.personB);
  const primary = input.decision === 'sama' ? (input.primaryPersonId ?? null) : null;
  if (input.decision === 'sama' && primary !== pa.id && primary !== pb.id) {
    const message = 'Pilih data utama: salah satu dari kedua data warga.';
    throw new CoreError('VALIDATION', message, { fields: { primaryPersonId: message } });
  }
  const at = new Date(w.now()).toISOString();
  const id = decisionId(pa.id, pb.id);
  const fields = {
    decision: input.decision,
    primary_person_id: primary,
    reason: input.reason,
    decided_at: at,
    decided_by_name: w.actorName,
    undone: 0,
    undo_reason: null,
  };
  const writer = createWriter(db, w.officeId, w.now);
  const existing = await db
    .selectFrom('duplicate_decisions')
    .select('id')
    .where('id', '=', id)
    .executeTakeFirst();
  if (existing) await writer.update('duplicate_decisions', id, { ...fields, deleted: 0 });
  else {
    await writer.insert('duplicate_decisions', {
      id,
      person_a: pa.id,
      office_a: pa.origin_office_id,
      person_b: pb.id,
      office_b: pb.origin_office_id,
      ...fields,
    });
  }
  await cacheStatus(db, pa.id, pb.id, input.decision, at, w.actorName, input.reason);
  return {
    id,
    personA: pa.id,
    personB: pb.id,
    decision: input.decision,
    primaryPersonId: primary,
    reason: input.reason,
    decidedAt: at,
    decidedByName: w.actorName,
    undone: false,
  };
}

/** Undoes a pair's decision: the row stays (undone = 1) so the undo travels; the pair is a candidate again. */
export async function undoPair(
  db: DbOrTrx,
  w: DecisionWriter,
  input: { personA: string; personB: string; reason: string },
): Promise<void> {
  const [a, b] =
    input.personA < input.personB ? [input.personA, input.personB] : [input.personB, input.personA];
  const id = decisionId(a, b);
  const row = await db
    .selectFrom('duplicate_decisions')
    .select(['undone', 'deleted'])
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row || row.deleted === 1 || row.undone === 1) {
    throw new CoreError('NOT_FOUND', 'Pasangan ini belum diputuskan, atau keputusannya sudah dibatalkan.');
  }
  const at = new Date(w.now()).toISOString();
  await createWriter(db, w.officeId, w.now).update('duplicate_decisions', id, {
    undone: 1,
    undo_reason: input.reason,
    decided_at: at,
    decided_by_name: w.actorName,
  });
  await cacheStatus(db, a, b, 'baru', at, w.actorName, input.reason);
}
