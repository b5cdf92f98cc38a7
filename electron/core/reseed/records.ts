// The complete record stream of one office as Dinsos holds it: every row in the Dinsos→office scope, tombstones included.
import type BetterSqlite3 from 'better-sqlite3-multiple-ciphers';
import { SYNCED_TABLES, type SyncedTable } from '../digest/synced-tables.ts';
import type { ChangeRecord, ChangeValue } from '../sync/bundle/change-record.ts';
import { parseRowClock } from '../sync/row-clock.ts';
import { scopeFor } from '../sync/scope.ts';

const PAGE = 500;

/**
 * Rows of one table in the scope Dinsos uses for the office's return bundles (`sync/scope.ts`), but without
 * the incremental parts: no watermark (whatever the lost installation had acknowledged) and no echo filter
 * (the office's own rows are exactly what it lost). Paged by id, so memory stays bounded.
 */
function* tableRecords(
  sqlite: BetterSqlite3.Database,
  t: SyncedTable,
  officeId: string,
): Generator<ChangeRecord> {
  const scope = scopeFor(t, 'dinsos', officeId);
  const data = t.columns.slice(2);
  const cols = [...t.columns, 'deleted', 'clocks'].map((c) => `"${c}"`).join(', ');
  const stmt = sqlite.prepare(
    `select ${cols} from "${t.name}" where ${scope.where} and "id" > ? order by "id" limit ${PAGE}`,
  );
  let after = '';
  for (;;) {
    const rows = stmt.all(...scope.params, after) as Record<string, ChangeValue>[];
    for (const row of rows) {
      const values: Record<string, ChangeValue> = {};
      for (const c of data) values[c] = row[c] ?? null;
      yield {
        table: t.name,
        id: String(row.id),
        origin: String(row.origin_office_id),
        deleted: row.deleted === 1,
        clocks: parseRowClock(String(row.clocks)),
        values,
      };
    }
    const last = rows.at(-1);
    if (!last || rows.length < PAGE) return;
    after = String(last.id);
  }
}

/** Every table in dependency order (parents before children), as the bundle import expects. */
export function* officeRecords(sqlite: BetterSqlite3.Database, officeId: string): Generator<ChangeRecord> {
  for (const t of SYNCED_TABLES) yield* tableRecords(sqlite, t, officeId);
}
