// Row-at-a-time INSERTs and look-ups through statements prepared once per table and column list, for a bulk commit.
import type BetterSqlite3 from 'better-sqlite3-multiple-ciphers';

type Value = string | number | bigint | Buffer | null;

/**
 * A commit of 100,000 rows used to leave one prepared statement per query or multi-row INSERT for the garbage
 * collector: each holds native memory (a 500-row INSERT about half a MiB) that V8 does not see, so hundreds of
 * MiB stayed resident (docs/performance.md, "Spreadsheet import"). Statements here are prepared once and reused.
 */
export interface PreparedRows {
  insert(table: string, row: Readonly<Record<string, Value>>): void;
  /** The named column of the row `id` of `table`, or undefined when there is no such row. */
  columnOf(table: string, column: string, id: string): Value | undefined;
  /** The first column of the first row of a fixed query, or undefined when it returns none. */
  first(query: string, ...params: Value[]): Value | undefined;
}

const q = (name: string): string => `"${name.replaceAll('"', '""')}"`;

export function preparedRows(sqlite: BetterSqlite3.Database): PreparedRows {
  const statements = new Map<string, BetterSqlite3.Statement>();
  const prepared = (key: string, text: () => string): BetterSqlite3.Statement => {
    let stmt = statements.get(key);
    if (!stmt) statements.set(key, (stmt = sqlite.prepare(text())));
    return stmt;
  };
  return {
    insert(table, row) {
      const cols = Object.keys(row);
      prepared(
        `i|${table}|${cols.join(',')}`,
        () =>
          `insert into ${q(table)} (${cols.map(q).join(', ')}) values (${cols.map(() => '?').join(', ')})`,
      ).run(cols.map((c) => row[c] ?? null));
    },
    columnOf(table, column, id) {
      const stmt = prepared(
        `s|${table}|${column}`,
        () => `select ${q(column)} from ${q(table)} where id = ?`,
      );
      const r = stmt.raw().get(id) as Value[] | undefined;
      return r ? (r[0] ?? null) : undefined;
    },
    first(query, ...params) {
      const r = prepared(`q|${query}`, () => query)
        .raw()
        .get(...params) as Value[] | undefined;
      return r ? (r[0] ?? null) : undefined;
    },
  };
}
