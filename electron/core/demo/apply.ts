// Writes a generated batch through the sync writer's bulk path: one transaction, one HLC stamp, every row clocked.
import type { DemoWriteCounts } from '../../../shared/types/demo.ts';
import type { CoreDeps } from '../context.ts';
import type { SyncedTableName } from '../db/database.ts';
import { createBulkWriter, type BulkWriter, type RowValues } from '../sync/writer.ts';
import type { FlowCase, Tracked } from './case-flow.ts';
import { isoAt } from './dates.ts';
import type { EditPlan } from './edits.ts';
import type { HouseholdPlan } from './households.ts';
import type { SocialData } from './social.ts';
import type { Created } from './types.ts';

export interface Batch {
  households: HouseholdPlan[];
  social: SocialData;
  /** New cases (all records new) and existing cases moved forward (mixed). */
  cases: FlowCase[];
  edits: EditPlan;
}

/** The counts the run reports (shared with the demo.generateRun operation's result). */
export type WriteCounts = DemoWriteCounts;

const withCreated = <R extends { id: string }>(row: R, createdMs: number): RowValues & { id: string } =>
  ({ ...row, created_at: isoAt(createdMs) }) as unknown as RowValues & { id: string };

function insertAll<R extends { id: string }>(
  w: BulkWriter,
  table: SyncedTableName,
  items: readonly Created<R>[],
): number {
  for (const item of items) w.insert(table, withCreated(item.row, item.createdMs));
  return items.length;
}

/** Fields the case flow may change on records that already exist. */
const FLOW_FIELDS: Partial<Record<SyncedTableName, readonly string[]>> = {
  cases: ['status', 'closed_at'],
  referrals: ['status', 'outcome', 'outcome_date', 'outcome_note'],
  follow_ups: ['done_date'],
};

function writeTracked<R extends { id: string }>(
  w: BulkWriter,
  table: SyncedTableName,
  t: Tracked<R>,
  edited: Set<string>,
  counts: WriteCounts,
  key: 'cases' | 'referrals' | 'followUps',
): void {
  if (t.isNew) {
    w.insert(table, withCreated(t.row, t.createdMs));
    counts[key]++;
    return;
  }
  if (!t.touched) return;
  const values = t.row as unknown as RowValues;
  const changes: RowValues = {};
  for (const f of FLOW_FIELDS[table] ?? []) changes[f] = values[f] ?? null;
  if (w.update(table, t.row.id, changes).length > 0) edited.add(t.row.id);
}

/** Inserts, updates and tombstones the batch; call inside the batch's transaction. */
export async function writeBatch(
  deps: CoreDeps,
  trx: Parameters<typeof createBulkWriter>[0],
  officeId: string,
  now: () => number,
  b: Batch,
): Promise<WriteCounts> {
  const w = await createBulkWriter(trx, deps.sqlite, officeId, now);
  const counts: WriteCounts = {
    households: 0,
    persons: 0,
    ppks: 0,
    programs: 0,
    cases: 0,
    caseEvents: 0,
    referrals: 0,
    followUps: 0,
    edited: 0,
    deleted: 0,
  };
  const edited = new Set<string>();
  for (const hh of b.households) {
    w.insert('households', withCreated(hh.created.row, hh.created.createdMs));
    if (hh.kk) w.insert('household_kk_history', withCreated(hh.kk, hh.created.createdMs));
    hh.members.forEach((m, i) => w.insert('persons', withCreated(m.row, hh.created.createdMs + i * 1000)));
    counts.households++;
    counts.persons += hh.members.length;
  }
  counts.ppks = insertAll(w, 'ppks_assignments', b.social.ppks);
  counts.programs = insertAll(w, 'program_memberships', b.social.programs);
  for (const fc of [...b.cases, ...b.edits.cases]) {
    writeTracked(w, 'cases', fc.kase, edited, counts, 'cases');
    counts.caseEvents += insertAll(w, 'case_events', fc.events);
    for (const r of fc.referrals) writeTracked(w, 'referrals', r, edited, counts, 'referrals');
    for (const f of fc.followUps) writeTracked(w, 'follow_ups', f, edited, counts, 'followUps');
  }
  insertAll(w, 'household_kk_history', b.edits.kkHistory);
  for (const u of b.edits.updates) if (w.update(u.table, u.id, u.changes).length > 0) edited.add(u.id);
  for (const r of b.edits.removes) {
    w.remove(r.table, r.id);
    counts.deleted++;
  }
  counts.edited = edited.size;
  return counts;
}
