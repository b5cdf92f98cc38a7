// An import batch's items (what it created or updated, with the row's HLC after the batch): written in order at the end of its commit.
import { sql } from 'kysely';
import type { DbOrTrx } from '../db/database.ts';

export type RowValues = Record<string, unknown>;

export interface BatchItem {
  table: string;
  id: string;
  action: 'create' | 'update';
  /** An update's prior values of the columns it changed (undo restores them); null for a create. */
  before: RowValues | null;
}

/** Rows per multi-row statement of the service path (7 values each). */
const ITEM_CHUNK = 500;

/** The single-record path: multi-row INSERTs through Kysely, the HLCs read per chunk. */
export async function writeItems(db: DbOrTrx, batchId: string, items: readonly BatchItem[]): Promise<void> {
  for (let from = 0; from < items.length; from += ITEM_CHUNK) {
    const chunk = items.slice(from, from + ITEM_CHUNK);
    const hlcs = new Map<string, string>();
    for (const table of new Set(chunk.map((it) => it.table))) {
      const ids = chunk.filter((it) => it.table === table).map((it) => it.id);
      const r = await sql<{ id: string; hlc: string }>`select id, hlc from ${sql.table(table)}
        where id in (${sql.join(ids)})`.execute(db);
      for (const row of r.rows) hlcs.set(`${table}|${row.id}`, row.hlc);
    }
    const rows = chunk.map(
      (it, i) =>
        sql`(${batchId}, ${from + i}, ${it.table}, ${it.id}, ${it.action}, ${it.before ? JSON.stringify(it.before) : null}, ${hlcs.get(`${it.table}|${it.id}`) ?? ''})`,
    );
    await sql`insert into import_batch_items (batch_id, seq, entity_table, entity_id, action, before_values, hlc_after)
      values ${sql.join(rows)}`.execute(db);
  }
}
