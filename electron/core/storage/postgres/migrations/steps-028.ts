// PostgreSQL counterpart of migration 028: the identity column that stands in for SQLite's rowid as insertion order.
import { sql, type Kysely } from 'kysely';
import { INSERT_ORDER_COLUMN, INSERT_ORDER_TABLES } from '../../port.ts';

/**
 * 028-insert-order: `insert_order`, numbered by PostgreSQL as rows arrive (the merge inserts a bundle's rows in the
 * bundle's order, as SQLite's rowid numbers them at an office). `generated always`: the application never writes
 * it, and it travels in no bundle and no digest. Rows already present are numbered in their physical order.
 */
export async function insertOrder(db: Kysely<unknown>): Promise<void> {
  for (const table of INSERT_ORDER_TABLES) {
    await sql`alter table ${sql.table(table)}
      add column ${sql.ref(INSERT_ORDER_COLUMN)} bigint generated always as identity`.execute(db);
  }
}
