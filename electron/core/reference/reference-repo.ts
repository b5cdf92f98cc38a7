// Reads and admin edits of the office's reference lists (reference_items); an edit is kept across re-seeding.
import type { DbOrTrx } from '../db/database.ts';
import type { ReferenceItemsTable } from '../db/tables/reference-items.ts';
import { CoreError } from '../errors.ts';
import type { ReferenceEntry } from '../../../shared/types/register.ts';

const toEntry = (r: ReferenceItemsTable): ReferenceEntry => {
  const data: unknown = JSON.parse(r.data);
  return {
    list: r.list,
    code: r.code,
    label: r.label,
    active: r.active === 1,
    sort: r.sort,
    data:
      data !== null && typeof data === 'object' && !Array.isArray(data)
        ? (data as Record<string, unknown>)
        : {},
  };
};

/** Every item (active or not), by list and order; one list when named. */
export async function listReference(db: DbOrTrx, list?: string): Promise<ReferenceEntry[]> {
  let q = db.selectFrom('reference_items').selectAll();
  if (list) q = q.where('list', '=', list);
  return (await q.orderBy('list').orderBy('sort').orderBy('code').execute()).map(toEntry);
}

export interface ReferenceEdit {
  list: string;
  code: string;
  label?: string | undefined;
  active?: boolean | undefined;
}

/** Relabels or (de)activates an item and marks it edited, so later seed versions leave it as the admin set it. */
export async function updateReference(db: DbOrTrx, e: ReferenceEdit, nowMs: number): Promise<ReferenceEntry> {
  const row = await db
    .selectFrom('reference_items')
    .selectAll()
    .where('list', '=', e.list)
    .where('code', '=', e.code)
    .executeTakeFirst();
  if (!row) throw new CoreError('NOT_FOUND', 'Item referensi tidak ditemukan.');
  await db
    .updateTable('reference_items')
    .set({
      ...(e.label !== undefined ? { label: e.label } : {}),
      ...(e.active !== undefined ? { active: e.active ? 1 : 0 } : {}),
      edited: 1,
      updated_at: new Date(nowMs).toISOString(),
    })
    .where('list', '=', e.list)
    .where('code', '=', e.code)
    .execute();
  const updated = await db
    .selectFrom('reference_items')
    .selectAll()
    .where('list', '=', e.list)
    .where('code', '=', e.code)
    .executeTakeFirstOrThrow();
  return toEntry(updated);
}
