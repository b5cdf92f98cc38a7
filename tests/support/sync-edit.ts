// Test helpers for sync scenarios: edit a synced row through the writer, read one field back.
import type { Register } from '../../electron/core/register.ts';
import type { SyncedTableName } from '../../electron/core/db/database.ts';
import { getOwnOfficeId } from '../../electron/core/office/office-repo.ts';
import { createWriter, type RowValues } from '../../electron/core/sync/writer.ts';

/** One writing transaction at `register` (stamped with its own clock), as a handler would do it. */
export async function editRow(
  register: Register,
  table: SyncedTableName,
  id: string,
  changes: RowValues,
): Promise<void> {
  const { db, now } = register.deps;
  await db.transaction().execute(async (trx) => {
    const officeId = await getOwnOfficeId(trx);
    if (!officeId) throw new Error('the office is not set up');
    await createWriter(trx, officeId, now).update(table, id, changes);
  });
}

/** The stored value of one column of one row (undefined when the row is absent). */
export const fieldOf = (register: Register, table: string, id: string, column: string): unknown =>
  register.deps.sqlite.prepare(`select "${column}" from "${table}" where id = ?`).pluck().get(id);
