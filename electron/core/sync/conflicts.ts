// The conflict log: concurrent edits whose losing value a supervisor can review, keep, or bring back as a new change.
import { derivedChanges } from './derived-columns.ts';
import type { DbOrTrx, SyncedTableName } from '../db/database.ts';
import type { SyncConflictsTable } from '../db/tables/sync-ledger.ts';
import { syncedTable } from '../digest/synced-tables.ts';
import type { ChangeValue } from './bundle/change-record.ts';
import { createWriter } from './writer.ts';

export interface Conflict {
  id: string;
  table: string;
  rowId: string;
  column: string;
  winnerValue: ChangeValue;
  winnerStamp: string;
  loserValue: ChangeValue;
  loserStamp: string;
  detectedAt: string;
  status: SyncConflictsTable['status'];
  resolvedBy: string | null;
  resolvedAt: string | null;
}

const parseValue = (json: string | null): ChangeValue =>
  json === null ? null : (JSON.parse(json) as ChangeValue);

const toConflict = (r: SyncConflictsTable): Conflict => ({
  id: r.id,
  table: r.table_name,
  rowId: r.row_id,
  column: r.column_name,
  winnerValue: parseValue(r.winner_value),
  winnerStamp: r.winner_stamp,
  loserValue: parseValue(r.loser_value),
  loserStamp: r.loser_stamp,
  detectedAt: r.detected_at,
  status: r.status,
  resolvedBy: r.resolved_by,
  resolvedAt: r.resolved_at,
});

export async function listConflicts(
  db: DbOrTrx,
  status: Conflict['status'] | 'all' = 'open',
): Promise<Conflict[]> {
  let q = db.selectFrom('sync_conflicts').selectAll();
  if (status !== 'all') q = q.where('status', '=', status);
  return (await q.orderBy('detected_at').orderBy('id').execute()).map(toConflict);
}

export class ConflictError extends Error {}

/**
 * Resolves an open conflict. `keep` leaves the winning value; `other` writes the losing value through the
 * writer, stamped now: a new change that travels to the other offices like any edit. Run inside a transaction.
 */
export async function resolveConflict(
  db: DbOrTrx,
  ctx: { officeId: string; now: () => number },
  id: string,
  choose: 'keep' | 'other',
  by: string,
): Promise<Conflict> {
  const row = await db.selectFrom('sync_conflicts').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw new ConflictError('Konflik tidak ditemukan.');
  if (row.status !== 'open') throw new ConflictError('Konflik ini sudah diselesaikan.');
  if (choose === 'other') {
    const table = syncedTable(row.table_name).name as SyncedTableName;
    const value = parseValue(row.loser_value);
    await createWriter(db, ctx.officeId, ctx.now).update(table, row.row_id, {
      [row.column_name]: value,
      ...derivedChanges(row.table_name, row.column_name, value),
    });
  }
  await db
    .updateTable('sync_conflicts')
    .set({
      status: choose === 'keep' ? 'kept' : 'overridden',
      resolved_by: by,
      resolved_at: new Date(ctx.now()).toISOString(),
    })
    .where('id', '=', id)
    .execute();
  return toConflict({ ...row, status: choose === 'keep' ? 'kept' : 'overridden' });
}
