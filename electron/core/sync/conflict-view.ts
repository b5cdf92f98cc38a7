// Conflicts as the review screen shows them: the row they concern, both values, when and where each was written.
import type { DbOrTrx } from '../db/database.ts';
import type { ConflictSide, SyncConflict } from '../../../shared/types/sync.ts';
import type { Conflict } from './conflicts.ts';
import { parseStamp } from './hlc.ts';

/** A readable label per table: the column that names the row for a clerk. */
const LABEL: Record<string, string | undefined> = {
  persons: 'name',
  households: 'head_name',
  cases: 'case_number',
  offices: 'name',
};

type Value = string | number | null;
const plain = (v: unknown): Value =>
  v === null || v === undefined ? null : typeof v === 'number' ? v : String(v);

async function rowLabel(db: DbOrTrx, table: string, rowId: string): Promise<string | null> {
  const column = LABEL[table];
  if (!column) return null;
  // Table and column come from the fixed map above, never from input.
  const row = await db
    .selectFrom(table as 'persons')
    .select(column as 'name')
    .where('id', '=', rowId)
    .executeTakeFirst();
  return row ? String(Object.values(row)[0] ?? '') : null;
}

export async function toConflictViews(db: DbOrTrx, conflicts: Conflict[]): Promise<SyncConflict[]> {
  const offices = new Map(
    (await db.selectFrom('offices').select(['id', 'name']).execute()).map((o) => [o.id, o.name]),
  );
  const side = (value: unknown, stamp: string): ConflictSide => {
    let at = '';
    let officeId = '';
    try {
      const s = parseStamp(stamp);
      at = new Date(s.ms).toISOString();
      officeId = s.officeId;
    } catch {
      /* a malformed stamp shows without time and office */
    }
    return { value: plain(value), stamp, at, officeId, officeName: offices.get(officeId) ?? null };
  };
  const views: SyncConflict[] = [];
  for (const c of conflicts) {
    views.push({
      id: c.id,
      table: c.table,
      rowId: c.rowId,
      column: c.column,
      rowLabel: await rowLabel(db, c.table, c.rowId),
      current: side(c.winnerValue, c.winnerStamp),
      other: side(c.loserValue, c.loserStamp),
      detectedAt: c.detectedAt,
      status: c.status,
      resolvedBy: c.resolvedBy,
      resolvedAt: c.resolvedAt,
    });
  }
  return views;
}
