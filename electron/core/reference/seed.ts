// Seeds the office's reference_items from shared/reference: new items added, unedited labels refreshed, once per version.
import type { Kysely } from 'kysely';
import type { Database, DbOrTrx } from '../db/database.ts';
import { getMeta, putMeta } from '../office/office-repo.ts';
import { existingTables } from '../storage/tables.ts';
import { REFERENCE_LISTS, REFERENCE_VERSION, type ReferenceItem } from '../../../shared/reference/index.ts';

/** meta key holding the REFERENCE_VERSION the lists were last seeded from. */
export const REFERENCE_META_KEY = 'reference_version';

/** An item's rules beyond code and label (age, sex, kind …), stored as JSON in `data`. */
function dataOf(item: ReferenceItem): string {
  const { code: _code, label: _label, ...rest } = item as ReferenceItem & Record<string, unknown>;
  return JSON.stringify(rest);
}

const tableExists = async (db: DbOrTrx): Promise<boolean> =>
  (await existingTables(db, ['reference_items'])).has('reference_items');

async function seedAll(db: DbOrTrx, at: string): Promise<void> {
  for (const list of REFERENCE_LISTS) {
    const codes = list.items.map((i) => i.code);
    for (const [sort, item] of list.items.entries()) {
      const values = { label: item.label, data: dataOf(item), sort, active: 1, updated_at: at };
      await db
        .insertInto('reference_items')
        .values({ list: list.id, code: item.code, edited: 0, ...values })
        .onConflict((oc) =>
          oc.columns(['list', 'code']).doUpdateSet(values).where('reference_items.edited', '=', 0),
        )
        .execute();
    }
    // Items the app no longer ships stay resolvable for old records, but are no longer offered.
    await db
      .updateTable('reference_items')
      .set({ active: 0, updated_at: at })
      .where('list', '=', list.id)
      .where('code', 'not in', codes)
      .where('edited', '=', 0)
      .where('active', '=', 1)
      .execute();
  }
}

/**
 * Seeds when the stored version is older than REFERENCE_VERSION (or absent): inserts new items and,
 * for items an admin has not edited, refreshes label, rules and order. Returns whether it seeded.
 * Runs in the caller's transaction, or in its own on the root handle.
 */
export async function seedReference(db: DbOrTrx, nowMs: number): Promise<boolean> {
  if (!(await tableExists(db))) return false;
  const stored = Number((await getMeta(db, REFERENCE_META_KEY)) ?? 0);
  if (stored >= REFERENCE_VERSION) return false;
  const at = new Date(nowMs).toISOString();
  const run = async (trx: DbOrTrx): Promise<void> => {
    await seedAll(trx, at);
    await putMeta(trx, REFERENCE_META_KEY, String(REFERENCE_VERSION));
  };
  if (db.isTransaction) await run(db);
  else await (db as Kysely<Database>).transaction().execute(run);
  return true;
}

/** At open: seeds once the office exists (before setup nothing reads the lists; a fresh setup seeds on first use). */
export async function seedReferenceOnOpen(db: Kysely<Database>, nowMs: number): Promise<void> {
  if (!(await tableExists(db))) return;
  if ((await getMeta(db, 'office_id')) === null) return;
  await seedReference(db, nowMs);
}
