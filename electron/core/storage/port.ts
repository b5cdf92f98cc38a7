// The storage port: what differs between the office's SQLite register and the province's PostgreSQL one (docs/storage-port.md).
import type { RawBuilder } from 'kysely';
import type { SqlText } from './sql-text.ts';

export type Dialect = 'sqlite' | 'postgres';

/** A person search streamed from the dialect's substring index: FROM, WHERE and ORDER BY over persons `p`. */
export interface NameStream {
  /** FROM clause; the person is always `p`. */
  from: string;
  where: SqlText;
  /** The index's own order, so a `limit` stops the scan early. */
  order: string;
}

/**
 * SQL fragments that differ per dialect, for queries the domain code builds. Column and table names come from
 * code, never from input; values travel as parameters.
 */
export interface DialectSql {
  readonly dialect: Dialect;
  /** The cheapest unique key of a row for `in (select …)` joins: SQLite's `rowid`, PostgreSQL's `id`. */
  readonly rowKey: string;
  /** Condition on persons `p`: `p.name_norm` contains `term` (normalised, 3+ characters). */
  personNameContains(term: string): SqlText;
  /** Condition on persons `p`: `p.name_norm` contains every word (each normalised, 3+ characters), in any order. */
  personNameContainsAll(words: readonly string[]): SqlText;
  /** The persons whose `name_norm` contains `term`, streamed in the substring index's order. */
  personNameStream(term: string): NameStream;
  /**
   * A join keyword that keeps the tables in the written order (`a <join> b on …`): SQLite's `cross join`, which
   * its planner never reorders; PostgreSQL's plain `join` (its `cross join` takes no `on`; it plans by statistics).
   */
  readonly joinInOrder: string;
  /**
   * `column` kept from being used as an index key, where the planner would otherwise pick a worse index:
   * SQLite's unary `+`; PostgreSQL plans by statistics and takes the column as it is.
   */
  noIndex(column: string): string;
  /** Condition: the text expression `haystack` (SQL from code) contains the one parameter `?`. */
  contains(haystack: string): string;
  /**
   * The calendar month (`YYYY-MM`) of an ISO-8601 UTC instant column, in a zone `offsetMinutes` east of UTC
   * (Indonesian zones keep one offset all year).
   */
  localMonth(column: string, offsetMinutes: number): RawBuilder<string>;
  /**
   * The whole number a text column starts with (up to nine digits: `007/RUJ/…` → 7), null when it starts with no
   * digit: SQLite's `glob` and `cast`, PostgreSQL's regular-expression `substring`.
   */
  leadingInteger(column: string): RawBuilder<number | null>;
  /**
   * The order rows arrived in this store, as an `order by` tie-break (`qualifier`: a table alias from code, or
   * none): SQLite's `rowid`; on PostgreSQL the identity column INSERT_ORDER_COLUMN of migration 028. It is this
   * holder's arrival order, not a synced value (docs/storage-port.md, "Insertion order").
   */
  insertionOrder(qualifier?: string): RawBuilder<number>;
  /**
   * Element `index` of the JSON array of strings in text column `column` (SQL from code), as text (null when
   * absent): SQLite's `json_extract`, PostgreSQL's `->>` on the text cast to jsonb (collation "C", like the ids).
   */
  jsonArrayItem(column: string, index: number): RawBuilder<string | null>;
  /**
   * `(select value …)`: the strings of the JSON array `json` (a parameter), one row each, for `x in <this>`:
   * SQLite's `json_each`, PostgreSQL's `jsonb_array_elements_text` (collation "C").
   */
  jsonArrayValues(json: string): RawBuilder<string>;
}

/** PostgreSQL's stand-in for SQLite's rowid (migration 028): an identity column, never written by the application. */
export const INSERT_ORDER_COLUMN = 'insert_order';

/** The tables whose reads break ties by insertion order, and so carry INSERT_ORDER_COLUMN on PostgreSQL. */
export const INSERT_ORDER_TABLES = [
  'case_events',
  'follow_ups',
  'referrals',
  'usulan_steps',
  'import_batches',
] as const;
