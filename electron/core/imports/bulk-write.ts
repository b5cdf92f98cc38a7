// The import commit's bulk write path: residents through the sync writer's prepared statements; audit entries, batch items and look-ups through statements prepared once.
import type BetterSqlite3 from 'better-sqlite3-multiple-ciphers';
import { v7 as uuidv7 } from 'uuid';
import { sql } from 'kysely';
import { auditRow, type AuditRecord } from '../audit/audit-log.ts';
import type { DbOrTrx } from '../db/database.ts';
import { refuseErased, refuseErasedTerms } from '../erasure/guard.ts';
import { checkPerson } from '../persons/person-rules.ts';
import { personValues } from '../persons/rows.ts';
import type { Scope } from '../persons/scope.ts';
import { createBulkWriter, type BulkWriter, type RowValues, type SyncWriter } from '../sync/writer.ts';
import type { HouseholdFields, PersonFields } from '../../../shared/types/register.ts';
import { createHouseholdRows, type KkHolder } from '../persons/households.ts';
import type { BatchItem } from './batch-items.ts';

/**
 * How a commit writes: the scope whose writer stamps the batch (households, records and updates go through
 * the register's services with it), a new resident, and audit entries. The bulk path below is what imports
 * use; the single-record services give the same rows (tests/electron/core/imports/bulk-write.test.ts).
 */
export interface CommitWrites {
  scope: Scope;
  /** Registers a resident whose NIK the dry run, inside this transaction, found free; returns the id. */
  createPerson(person: PersonFields): Promise<string>;
  /** The live household holding a No KK, if any. */
  householdOf: KkHolder;
  /** households.create's rules and rows: the household's id and its No KK history row's. */
  createHousehold(fields: HouseholdFields): Promise<{ id: string; historyId: string | null }>;
  audit(r: AuditRecord): Promise<void>;
  /** The batch's items, in order, each with its row's HLC as the batch left it (written last). */
  items(batchId: string, items: readonly BatchItem[]): Promise<void>;
  /** Writes what is still queued; call before the transaction ends. */
  flush(): Promise<void>;
}

/** The bulk writer, created (taking the HLC stamp and local sequence) on first use. */
type Lazy = (() => Promise<BulkWriter>) & { started: () => boolean };

/** Whether `changes` would change the row (a missing row counts as a change: the writer then throws). */
async function differs(db: DbOrTrx, table: string, id: string, changes: RowValues): Promise<boolean> {
  const cols = Object.keys(changes);
  if (cols.length === 0) return false;
  const r = await sql<RowValues>`select ${sql.join(cols.map((c) => sql.ref(c)))} from ${sql.table(table)}
    where id = ${id}`.execute(db);
  const row = r.rows[0];
  return !row || cols.some((c) => row[c] !== changes[c]);
}

/**
 * The single-record writer's contract over the bulk writer: the same one stamp and local sequence, the same
 * erasure guards, prepared statements instead of a compiled query per row.
 */
function writerOver(db: DbOrTrx, bulk: Lazy, terms: boolean): SyncWriter {
  const writer: SyncWriter = {
    stamp: async () => (await bulk()).stamp,
    async insert(table, row, opts = {}) {
      if (opts.stamp !== undefined) throw new Error('bulk import writer: a base stamp is not supported');
      if (terms) await refuseErasedTerms(db, table, String(row.id), row);
      (await bulk()).insert(table, row);
    },
    async update(table, id, changes) {
      await refuseErased(db, table, id);
      if (terms) await refuseErasedTerms(db, table, id, changes);
      // Before the first write, an update that changes nothing must not take the stamp (no clock tick).
      if (!bulk.started() && !(await differs(db, table, id, changes))) return [];
      return (await bulk()).update(table, id, changes);
    },
    async remove(table, id) {
      await writer.update(table, id, { deleted: 1 });
    },
  };
  return writer;
}

/**
 * Whether an erasure left terms here: without any, the free-text guard (erasure/guard.ts) finds nothing to
 * refuse, so the bulk path asks once per commit instead of three queries per text written.
 */
async function hasErasureTerms(db: DbOrTrx): Promise<boolean> {
  return (await sql`select 1 from erasure_terms limit 1`.execute(db)).rows.length > 0;
}

type Value = string | number | bigint | Buffer | null;

/**
 * A commit of 100,000 rows used to leave one prepared statement per query or multi-row INSERT for the garbage
 * collector: each holds native memory (a 500-row INSERT about half a MiB) that V8 does not see, so hundreds of
 * MiB stayed resident (docs/performance.md, "The commit's statements"). Statements here are prepared once and reused.
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

/** The bulk path: the same rows, one reused INSERT and one reused HLC look-up per table. */
function writeItemsPrepared(rows: PreparedRows, batchId: string, items: readonly BatchItem[]): void {
  items.forEach((it, seq) => {
    const hlc = rows.columnOf(it.table, 'hlc', it.id);
    rows.insert('import_batch_items', {
      batch_id: batchId,
      seq,
      entity_table: it.table,
      entity_id: it.id,
      action: it.action,
      before_values: it.before ? JSON.stringify(it.before) : null,
      hlc_after: typeof hlc === 'string' ? hlc : '',
    });
  });
}

/** The bulk path, created inside the commit's transaction (`s.db`, on the connection `sqlite`). */
export async function bulkWrites(
  s: Scope,
  sqlite: BetterSqlite3.Database,
  now: () => number,
): Promise<CommitWrites> {
  // Taken on first write, like the single-record writer: a commit that writes nothing ticks no clock.
  let w: Promise<BulkWriter> | null = null;
  const bulk: Lazy = Object.assign(
    (): Promise<BulkWriter> => (w ??= createBulkWriter(s.db, sqlite, s.officeId, now)),
    { started: () => w !== null },
  );
  const terms = await hasErasureTerms(s.db);
  const scope: Scope = { ...s, writer: writerOver(s.db, bulk, terms) };
  // Audit entries, batch items and No KK look-ups through statements prepared once (PreparedRows says why).
  const rows = preparedRows(sqlite);
  const householdOf: KkHolder = (noKk) => {
    const id = rows.first('select id from households where no_kk = ? and deleted = 0', noKk);
    return Promise.resolve(typeof id === 'string' ? id : null);
  };
  return {
    scope,
    async createPerson(person) {
      // createPerson's rules; its NIK and household look-ups are the dry run's, made in this transaction.
      const fields = checkPerson(person, s.today);
      const row = { id: uuidv7({ msecs: s.now }), ...personValues(fields) };
      if (terms) await refuseErasedTerms(s.db, 'persons', row.id, row);
      (await bulk()).insert('persons', row);
      return row.id;
    },
    householdOf,
    createHousehold: (fields) => createHouseholdRows(scope, fields, '', householdOf),
    audit(r) {
      rows.insert('audit_log', auditRow(r));
      return Promise.resolve();
    },
    items(batchId, items) {
      writeItemsPrepared(rows, batchId, items);
      return Promise.resolve();
    },
    flush: () => Promise.resolve(),
  };
}
