// The one write path for synced tables: every insert, edit and delete stamps the changed fields with the HLC.
import type BetterSqlite3 from 'better-sqlite3-multiple-ciphers';
import { sql } from 'kysely';
import type { DbOrTrx, SyncedTableName } from '../db/database.ts';
import { getMeta, putMeta } from '../office/office-repo.ts';
import { syncedTable } from '../digest/synced-tables.ts';
import { formatStamp, tick, type Hlc } from './hlc.ts';
import { maxStamp, newRowClock, parseRowClock, touch } from './row-clock.ts';
import { nextLocalSeq } from './local-seq.ts';
import { refuseErased, refuseErasedTerms } from '../erasure/guard.ts';

export type SqlValue = string | number | null;
export type RowValues = Record<string, SqlValue>;

export interface SyncWriter {
  /** The stamp of this transaction's writes (one HLC tick per transaction, taken on first use). */
  stamp(): Promise<string>;
  insert(table: SyncedTableName, row: RowValues & { id: string }, opts?: InsertOptions): Promise<void>;
  /** Writes only the columns whose value really changes; returns the names of those columns. */
  update(table: SyncedTableName, id: string, changes: RowValues): Promise<string[]>;
  /** Tombstones the row: it stays, marked deleted, so the delete travels like any other edit. */
  remove(table: SyncedTableName, id: string): Promise<void>;
}

export interface InsertOptions {
  /**
   * The row's base clock instead of this transaction's stamp, for a row this office only describes on its
   * owner's behalf (another office's `offices` row taken from the network file): `baseStamp(owner)` loses to
   * every real write, so the owner's own row wins when it arrives. Does not tick the local clock.
   */
  stamp?: string;
}

const HLC_KEY = 'hlc_last';

export async function nextHlc(db: DbOrTrx, wallMs: number): Promise<Hlc> {
  const raw = await getMeta(db, HLC_KEY);
  const last: Hlc = raw ? (JSON.parse(raw) as Hlc) : { ms: 0, counter: 0 };
  const next = tick(last, wallMs);
  await putMeta(db, HLC_KEY, JSON.stringify(next));
  return next;
}

export function createWriter(db: DbOrTrx, officeId: string, now: () => number): SyncWriter {
  let stamp: Promise<string> | null = null;
  let seq: Promise<number> | null = null;
  const getStamp = (): Promise<string> =>
    (stamp ??= nextHlc(db, now()).then((h) => formatStamp(h, officeId)));
  const getSeq = (): Promise<number> => (seq ??= nextLocalSeq(db));
  const at = (): string => new Date(now()).toISOString();

  const dataColumns = (table: SyncedTableName): string[] => syncedTable(table).columns.slice(2);

  return {
    stamp: getStamp,

    async insert(table, row, opts = {}) {
      await refuseErasedTerms(db, table, String(row.id), row);
      const s = opts.stamp ?? (await getStamp());
      const values: RowValues = {
        created_at: at(),
        ...row,
        origin_office_id: row.origin_office_id ?? officeId,
        updated_at: at(),
        deleted: 0,
        clocks: JSON.stringify(newRowClock(s)),
        hlc: s,
        local_seq: await getSeq(),
      };
      const cols = Object.keys(values);
      await sql`insert into ${sql.table(table)} (${sql.join(cols.map((c) => sql.ref(c)))})
        values (${sql.join(cols.map((c) => values[c] ?? null))})`.execute(db);
    },

    async update(table, id, changes) {
      await refuseErased(db, table, id);
      await refuseErasedTerms(db, table, id, changes);
      const cols = Object.keys(changes);
      const current = await sql<RowValues & { clocks: string }>`select ${sql.join(
        [...cols, 'clocks'].map((c) => sql.ref(c)),
      )} from ${sql.table(table)} where id = ${id}`.execute(db);
      const row = current.rows[0];
      if (!row) throw new Error(`${table} ${id} not found`);
      const changed = cols.filter((c) => row[c] !== changes[c]);
      if (changed.length === 0) return [];
      const s = await getStamp();
      const clock = touch(parseRowClock(row.clocks), changed, s, [...dataColumns(table), 'deleted']);
      const sets = changed.map((c) => sql`${sql.ref(c)} = ${changes[c] ?? null}`);
      await sql`update ${sql.table(table)} set ${sql.join([
        ...sets,
        sql`updated_at = ${at()}`,
        sql`clocks = ${JSON.stringify(clock)}`,
        sql`hlc = ${maxStamp(clock)}`,
        sql`local_seq = ${await getSeq()}`,
      ])} where id = ${id}`.execute(db);
      return changed;
    },

    async remove(table, id) {
      await this.update(table, id, { deleted: 1 });
    },
  };
}

/**
 * The bulk path of the same write discipline, for large generated or imported batches (demo data,
 * spreadsheet imports): prepared better-sqlite3 statements per table and column set instead of one
 * compiled Kysely query per row. Rows come out exactly as the single-row path writes them (same
 * created_at/updated_at rule, `clocks` = {"b": stamp, "f": {}} on insert, per-field clocks on update,
 * `hlc` = newest stamp). Create it inside the batch's transaction (`db` is that transaction's handle
 * and `sqlite` the same connection): it takes that transaction's one HLC stamp up front.
 */
export interface BulkWriter {
  readonly stamp: string;
  insert(table: SyncedTableName, row: RowValues & { id: string }): void;
  /** As SyncWriter.update: writes only the columns whose value really changes and returns their names. */
  update(table: SyncedTableName, id: string, changes: RowValues): string[];
  remove(table: SyncedTableName, id: string): void;
}

export async function createBulkWriter(
  db: DbOrTrx,
  sqlite: BetterSqlite3.Database,
  officeId: string,
  now: () => number,
): Promise<BulkWriter> {
  const stamp = formatStamp(await nextHlc(db, now()), officeId);
  const localSeq = await nextLocalSeq(db);
  const at = (): string => new Date(now()).toISOString();
  const statements = new Map<string, BetterSqlite3.Statement>();
  const prepared = (key: string, text: () => string): BetterSqlite3.Statement => {
    let stmt = statements.get(key);
    if (!stmt) statements.set(key, (stmt = sqlite.prepare(text())));
    return stmt;
  };
  const q = (c: string): string => `"${c.replaceAll('"', '""')}"`;
  const dataColumns = (table: SyncedTableName): string[] => syncedTable(table).columns.slice(2);

  const bulk: BulkWriter = {
    stamp,

    insert(table, row) {
      syncedTable(table);
      const values: RowValues = {
        created_at: at(),
        ...row,
        origin_office_id: row.origin_office_id ?? officeId,
        updated_at: at(),
        deleted: 0,
        clocks: JSON.stringify(newRowClock(stamp)),
        hlc: stamp,
        local_seq: localSeq,
      };
      const cols = Object.keys(values);
      const stmt = prepared(
        `i|${table}|${cols.join(',')}`,
        () =>
          `insert into ${q(table)} (${cols.map(q).join(', ')}) values (${cols.map(() => '?').join(', ')})`,
      );
      stmt.run(cols.map((c) => values[c] ?? null));
    },

    update(table, id, changes) {
      syncedTable(table);
      const cols = Object.keys(changes);
      const read = prepared(
        `s|${table}|${cols.join(',')}`,
        () => `select ${[...cols, 'clocks'].map(q).join(', ')} from ${q(table)} where id = ?`,
      );
      const row = read.get(id) as (RowValues & { clocks: string }) | undefined;
      if (!row) throw new Error(`${table} ${id} not found`);
      const changed = cols.filter((c) => row[c] !== changes[c]);
      if (changed.length === 0) return [];
      const clock = touch(parseRowClock(row.clocks), changed, stamp, [...dataColumns(table), 'deleted']);
      const write = prepared(
        `u|${table}|${changed.join(',')}`,
        () =>
          `update ${q(table)} set ${[...changed, 'updated_at', 'clocks', 'hlc', 'local_seq']
            .map((c) => `${q(c)} = ?`)
            .join(', ')} where id = ?`,
      );
      write.run([
        ...changed.map((c) => changes[c] ?? null),
        at(),
        JSON.stringify(clock),
        maxStamp(clock),
        localSeq,
        id,
      ]);
      return changed;
    },

    remove(table, id) {
      bulk.update(table, id, { deleted: 1 });
    },
  };
  return bulk;
}
