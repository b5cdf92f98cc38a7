// The province's apply loop on PostgreSQL: sync/merge.ts's rule (per-field LWW by (HLC, office), tombstones, conflicts, quarantine), async.
import { sql, type Kysely, type Transaction } from 'kysely';
import { v7 } from 'uuid';
import type { Database } from '../../db/database.ts';
import { SYNCED_TABLES, type SyncedTable } from '../../digest/synced-tables.ts';
import type { ChangeRecord, ChangeValue } from '../../sync/bundle/change-record.ts';
import { refusalReason, type Authorizer } from '../../sync/authorize.ts';
import { isDerivedColumn } from '../../sync/derived-columns.ts';
import { compactClock, isConflict, type Knowledge, type MergeStats } from '../../sync/merge.ts';
import { maxStamp, parseRowClock, stampOf } from '../../sync/row-clock.ts';
import { stampOffice } from '../../sync/scope.ts';

type Row = Record<string, ChangeValue>;

export interface PostgresMergeOptions {
  knowledge: Knowledge;
  sender: string;
  bundleInId: string;
  nowIso: string;
  /** The local_seq for every row this merge changes; called at most once, on the first change. */
  localSeq: () => number;
  /** Who may write what: the same Authorizer shape as the office's merge. */
  authorize: Authorizer;
}

export interface PostgresMerger {
  apply(record: ChangeRecord): Promise<void>;
  readonly stats: MergeStats;
}

const BY_NAME = new Map<string, SyncedTable>(SYNCED_TABLES.map((t) => [t.name, t]));
/** Data columns other than id and origin, then the tombstone. */
const fieldsOf = (t: SyncedTable): string[] => [...t.columns.slice(2), 'deleted'];
const incomingValue = (r: ChangeRecord, col: string): ChangeValue | undefined =>
  col === 'deleted' ? (r.deleted ? 1 : 0) : r.values[col];

/** Why a record cannot be applied by this version (unknown columns or clocks), or null. */
function problemOf(r: ChangeRecord, fields: readonly string[]): string | null {
  const known = new Set(fields);
  const extra = Object.keys(r.values).find((c) => !known.has(c) || c === 'deleted');
  if (extra) return `Kolom ${r.table}.${extra} tidak dikenal oleh versi aplikasi ini (perbarui aplikasi).`;
  const extraClock = Object.keys(r.clocks.f).find((c) => !known.has(c));
  if (extraClock) return `Jam kolom ${r.table}.${extraClock} tidak dikenal oleh versi aplikasi ini.`;
  return null;
}

/**
 * A merger for one bundle inside the caller's transaction. Each insert runs under a savepoint: a row PostgreSQL
 * refuses is quarantined and the bundle goes on, as on SQLite. Erasures are quarantined for now: their scrub
 * (erasure/scrub.ts) runs on SQLite only, and a province must never keep an erased resident's data.
 */
export function createPostgresMerger(
  db: Kysely<Database> | Transaction<Database>,
  o: PostgresMergeOptions,
): PostgresMerger {
  const stats: MergeStats = {
    records: 0,
    applied: 0,
    conflicts: 0,
    quarantined: 0,
    senderMax: '',
    acceptedMax: '',
    refusedByRule: {},
    erasures: 0,
  };
  let seq: number | null = null;
  const localSeq = (): number => (seq ??= o.localSeq());

  const toQuarantine = async (r: ChangeRecord, reason: string): Promise<void> => {
    await sql`insert into sync_quarantine (id, bundle_in_id, table_name, row_id, record, reason, created_at)
      values (${v7()}, ${o.bundleInId}, ${r.table}, ${r.id}, ${JSON.stringify(r)}, ${reason}, ${o.nowIso})`.execute(
      db,
    );
    stats.quarantined++;
  };

  const logConflict = async (
    r: ChangeRecord,
    col: string,
    winner: [ChangeValue, string],
    loser: [ChangeValue, string],
  ): Promise<void> => {
    if (isDerivedColumn(r.table, col)) return;
    await sql`insert into sync_conflicts (id, table_name, row_id, column_name, winner_value, winner_stamp,
        loser_value, loser_stamp, detected_at, status)
      values (${v7()}, ${r.table}, ${r.id}, ${col}, ${JSON.stringify(winner[0])}, ${winner[1]},
        ${JSON.stringify(loser[0])}, ${loser[1]}, ${o.nowIso}, 'open')`.execute(db);
    stats.conflicts++;
  };

  const insertNew = async (r: ChangeRecord, t: SyncedTable, fields: string[]): Promise<void> => {
    const stamps: Record<string, string> = {};
    for (const c of fields) stamps[c] = stampOf(r.clocks, c);
    const clock = compactClock(stamps);
    const values: Row = { id: r.id, origin_office_id: r.origin };
    for (const c of t.columns.slice(2)) values[c] = r.values[c] ?? null;
    Object.assign(values, {
      deleted: r.deleted ? 1 : 0,
      clocks: JSON.stringify(clock),
      hlc: maxStamp(clock),
      local_seq: localSeq(),
      created_at: r.values.created_at ?? o.nowIso,
      updated_at: o.nowIso,
    });
    const cols = Object.keys(values);
    await sql`savepoint merge_row`.execute(db);
    try {
      await sql`insert into ${sql.table(t.name)} (${sql.join(cols.map((c) => sql.ref(c)))})
        values (${sql.join(cols.map((c) => values[c] ?? null))})`.execute(db);
      await sql`release savepoint merge_row`.execute(db);
      stats.applied++;
    } catch (err) {
      await sql`rollback to savepoint merge_row`.execute(db);
      await toQuarantine(r, `Data tidak dapat disimpan: ${(err as Error).message}`);
    }
  };

  const mergeInto = async (r: ChangeRecord, t: SyncedTable, fields: string[], row: Row): Promise<void> => {
    if (row.origin_office_id !== r.origin) {
      await toQuarantine(r, `Kantor asal ${r.table} ${r.id} berbeda dengan yang tercatat di sini.`);
      return;
    }
    const local = parseRowClock(String(row.clocks));
    const stamps: Record<string, string> = {};
    const changed: string[] = [];
    let clockMoved = false;
    for (const c of fields) {
      const ls = stampOf(local, c);
      const iv = incomingValue(r, c);
      stamps[c] = ls;
      if (iv === undefined) continue; // an older sender without this column: keep ours
      const is = stampOf(r.clocks, c);
      const lv = row[c] ?? null;
      if (is > ls) {
        stamps[c] = is;
        clockMoved = true;
        if (iv !== lv) changed.push(c);
        if (isConflict(o.knowledge, is, ls, true, iv === lv)) await logConflict(r, c, [iv, is], [lv, ls]);
      } else if (is < ls && isConflict(o.knowledge, ls, is, false, iv === lv)) {
        await logConflict(r, c, [lv, ls], [iv, is]);
      }
    }
    if (!clockMoved) return;
    const clock = compactClock(stamps);
    const sets = [
      ...changed.map((c) => sql`${sql.ref(c)} = ${incomingValue(r, c) ?? null}`),
      sql`"clocks" = ${JSON.stringify(clock)}`,
      sql`"hlc" = ${maxStamp(clock)}`,
      sql`"local_seq" = ${localSeq()}`,
      sql`"updated_at" = ${o.nowIso}`,
    ];
    await sql`update ${sql.table(t.name)} set ${sql.join(sets)} where "id" = ${r.id}`.execute(db);
    stats.applied++;
  };

  return {
    stats,
    async apply(r) {
      stats.records++;
      const t = BY_NAME.get(r.table);
      if (!t)
        return toQuarantine(r, `Tabel ${r.table} tidak dikenal oleh versi aplikasi ini (perbarui aplikasi).`);
      if (t.name === 'erasures') {
        return toQuarantine(r, 'Penghapusan data belum dapat diterapkan di register provinsi (PostgreSQL).');
      }
      const fields = fieldsOf(t);
      const problem = problemOf(r, fields);
      if (problem) return toQuarantine(r, problem);
      const cols = [...t.columns, 'deleted', 'clocks'];
      const { rows } =
        await sql<Row>`select ${sql.join(cols.map((c) => sql.ref(c)))} from ${sql.table(t.name)}
        where "id" = ${r.id}`.execute(db);
      const row = rows[0];
      const refusal = o.authorize(r, t, row);
      if (refusal) {
        stats.refusedByRule[refusal.rule] = (stats.refusedByRule[refusal.rule] ?? 0) + 1;
        return toQuarantine(r, refusalReason(refusal));
      }
      const quarantinedBefore = stats.quarantined;
      if (row) await mergeInto(r, t, fields, row);
      else await insertNew(r, t, fields);
      if (stats.quarantined !== quarantinedBefore) return;
      for (const s of [r.clocks.b, ...Object.values(r.clocks.f)]) {
        if (stampOffice(s) === o.sender && s > stats.senderMax) stats.senderMax = s;
        if (s > stats.acceptedMax) stats.acceptedMax = s;
      }
    },
  };
}
