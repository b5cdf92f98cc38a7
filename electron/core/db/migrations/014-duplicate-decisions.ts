// Migration 14: duplicate decisions — Dinsos's synced verdict on a pair of person records (same resident or not).
import type { Kysely } from 'kysely';

/*
 * One row per pair, its id derived from the two person ids (duplicates/decision-id.ts), so deciding a pair
 * again, undoing and redoing, or two PCs deciding it, all converge field by field on one row. Written by
 * Dinsos only; each office owning one of the two persons receives it (sync/scope.ts). It holds ids, the
 * decision and its reason — never the other record's contents; office_a / office_b let an office name
 * the other office without holding the other person's row.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('duplicate_decisions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('origin_office_id', 'text', (c) => c.notNull())
    .addColumn('person_a', 'text', (c) => c.notNull())
    .addColumn('office_a', 'text', (c) => c.notNull())
    .addColumn('person_b', 'text', (c) => c.notNull())
    .addColumn('office_b', 'text', (c) => c.notNull())
    /** 'sama' (one resident: linked) or 'bukan' (two residents: never proposed again). */
    .addColumn('decision', 'text', (c) => c.notNull())
    /** For 'sama': the record chosen as the primary identity (person_a or person_b). */
    .addColumn('primary_person_id', 'text')
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('decided_at', 'text', (c) => c.notNull())
    .addColumn('decided_by_name', 'text', (c) => c.notNull())
    /** 1 once undone: the pair is a candidate again; deciding again sets it back to 0. */
    .addColumn('undone', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('undo_reason', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('deleted', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('clocks', 'text', (c) => c.notNull())
    .addColumn('hlc', 'text', (c) => c.notNull())
    .addColumn('local_seq', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  for (const col of ['hlc', 'origin_office_id', 'local_seq', 'person_a', 'person_b'] as const) {
    await db.schema
      .createIndex(`duplicate_decisions_${col === 'origin_office_id' ? 'origin' : col}`)
      .on('duplicate_decisions')
      .column(col)
      .execute();
  }
}
