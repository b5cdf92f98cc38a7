// The merge: last-writer-wins per field by (HLC, office) stamp, tombstones as a field, concurrent losers logged.
import { isDerivedColumn } from './derived-columns.ts';
import type BetterSqlite3 from 'better-sqlite3-multiple-ciphers';
import { v7 } from 'uuid';
import { SYNC_META_COLUMNS, SYNCED_TABLES, type SyncedTable } from '../digest/synced-tables.ts';
import type { ChangeRecord, ChangeValue } from './bundle/change-record.ts';
import { maxStamp, parseRowClock, stampOf, type RowClock } from './row-clock.ts';
import { refusalReason, type Authorizer } from './authorize.ts';
import { stampOffice } from './scope.ts';
import { createErasureLens, erasureFactsOf, scrubLocalBatch, type ErasureFacts } from '../erasure/scrub.ts';
import { zeroFreedContent } from '../erasure/purge.ts';
import { createLateTextScrub } from '../erasure/late-text.ts';
import { noteMentions } from '../erasure/mentions.ts';
import { dropErasedHeld } from './batch/held-erasure.ts';

/**
 * What this office knows about who has seen which writes, taken before the bundle is applied.
 * - `seen`: per office, the newest stamp that office wrote which reached us in one of its own bundles; bundles
 *   carry every unacknowledged change, so every write of that office stamped at or below it is already here.
 * - `ackedHlc`: per peer, our HLC when we wrote the newest bundle the peer has acknowledged: every write of ours
 *   stamped at or below it has reached that peer.
 */
export interface Knowledge {
  ownOfficeId: string;
  seen: ReadonlyMap<string, string>;
  ackedHlc: ReadonlyMap<string, string>;
}

/**
 * The conflict rule. Two values of a field meet; the higher stamp wins (LWW). The loser is logged as a
 * conflict only when its writer and the winner's writer are different offices, the values differ, and the
 * winner's office had not seen the losing write as far as this office can tell:
 * - the loser is ours and the winner arrives: a conflict unless the winner's office had acknowledged a bundle
 *   of ours that carried the losing write (loser stamp ≤ ackedHlc[winner office]);
 * - the loser arrives and the winner is here: a conflict only the first time we learn of the losing write
 *   (loser stamp above seen[loser office]) and when the loser is not our own earlier write coming back.
 * An ordinary edit of another office's value (it reached us, we changed it, or the other way round) is
 * therefore never a conflict; a re-delivered bundle never logs a conflict twice. A winner written before its
 * office applied our bundle but exported after it is taken as knowing (a missed report, never a false one).
 */
export function isConflict(
  k: Knowledge,
  winner: string,
  loser: string,
  loserIsLocal: boolean,
  sameValue: boolean,
): boolean {
  if (sameValue) return false;
  const w = stampOffice(winner);
  const l = stampOffice(loser);
  if (w === l) return false;
  if (loserIsLocal) {
    if (l !== k.ownOfficeId) return false;
    return loser > (k.ackedHlc.get(w) ?? '');
  }
  if (l === k.ownOfficeId) return false;
  return loser > (k.seen.get(l) ?? '');
}

export interface MergeStats {
  records: number;
  applied: number;
  conflicts: number;
  quarantined: number;
  /** The newest stamp written by `sender` among the accepted records (for `seen`). */
  senderMax: string;
  /** The newest stamp among the accepted records: the local clock moves past it, and no further. */
  acceptedMax: string;
  /** Records refused by an authorization rule, by rule name. */
  refusedByRule: Record<string, number>;
  /** Erasures applied: the caller checkpoints the WAL once the bundle has committed (erasure/purge.ts). */
  erasures: number;
}

/** Nothing merged yet (a merger's start; a batch refused or skipped whole). */
export const emptyMergeStats = (): MergeStats => ({
  records: 0,
  applied: 0,
  conflicts: 0,
  quarantined: 0,
  senderMax: '',
  acceptedMax: '',
  refusedByRule: {},
  erasures: 0,
});

interface TablePlan {
  t: SyncedTable;
  /** Data columns other than id and origin, then the tombstone. */
  fields: string[];
  known: ReadonlySet<string>;
  /** Data columns the insert takes from the record's values (the sync bookkeeping columns follow them). */
  inserted: string[];
  select: BetterSqlite3.Statement;
  insert: BetterSqlite3.Statement;
  updates: Map<string, BetterSqlite3.Statement>;
}

type Row = Record<string, ChangeValue>;

const q = (c: string): string => `"${c}"`;

const SYNCED_BY_NAME = new Map<string, SyncedTable>(SYNCED_TABLES.map((t) => [t.name, t]));

/** Clock in its compact form: the most common stamp as the base, the others per field (deterministic). */
export function compactClock(stamps: Record<string, string>): RowClock {
  const freq = new Map<string, number>();
  for (const s of Object.values(stamps)) freq.set(s, (freq.get(s) ?? 0) + 1);
  let b = '';
  let n = -1;
  for (const [s, c] of freq) if (c > n || (c === n && s > b)) [b, n] = [s, c];
  const f: Record<string, string> = {};
  for (const [col, s] of Object.entries(stamps)) if (s !== b) f[col] = s;
  return { b, f };
}

/** Written by the merge itself, after the record's own data columns (positional: no per-row name lookups). */
const BOOKKEEPING: readonly string[] = ['id', 'origin_office_id', ...SYNC_META_COLUMNS];

function planFor(sqlite: BetterSqlite3.Database, t: SyncedTable): TablePlan {
  const fields = [...t.columns.slice(2), 'deleted'];
  const inserted = t.columns.slice(2).filter((c) => !BOOKKEEPING.includes(c));
  const cols = [...inserted, ...BOOKKEEPING];
  return {
    t,
    fields,
    known: new Set(fields),
    inserted,
    select: sqlite.prepare(
      `select ${[...t.columns, 'deleted', 'clocks'].map(q).join(', ')} from ${q(t.name)} where id = ?`,
    ),
    insert: sqlite.prepare(
      `insert into ${q(t.name)} (${cols.map(q).join(', ')}) values (${cols.map(() => '?').join(', ')})`,
    ),
    updates: new Map(),
  };
}

/** The clock a new row gets: the sender's own when it already names only base and known fields (the usual case). */
function insertedClock(r: ChangeRecord, fields: readonly string[]): RowClock {
  if (Object.keys(r.clocks.f).length === 0) return { b: r.clocks.b, f: {} };
  const stamps: Record<string, string> = {};
  for (const c of fields) stamps[c] = stampOf(r.clocks, c);
  return compactClock(stamps);
}

export interface Merger {
  apply(record: ChangeRecord): void;
  /** Applies what is still pending (the scrub of the erasures that ended the bundle); call once, after the last record. */
  finish(): void;
  readonly stats: MergeStats;
}

export interface MergeOptions {
  sqlite: BetterSqlite3.Database;
  knowledge: Knowledge;
  sender: string;
  bundleInId: string;
  nowIso: string;
  /** The local_seq for every row this merge changes; called at most once, on the first change. */
  localSeq: () => number;
  /** Instead of a new sync_quarantine row (the retry of a record already there keeps its own row). */
  onQuarantine?: (record: ChangeRecord, reason: string) => void;
  /** Who may write what (authorize.ts); every record passes it before it touches the register. */
  authorize: Authorizer;
}

/** A merger for one bundle, inside the caller's transaction (synchronous better-sqlite3 statements). */
export function createMerger(o: MergeOptions): Merger {
  // Statements are prepared for a table when its first record arrives: a small bundle touches few tables.
  const plans = new Map<string, TablePlan>();
  const planOf = (name: string): TablePlan | undefined => {
    let p = plans.get(name);
    const t = p ? undefined : SYNCED_BY_NAME.get(name);
    if (t) plans.set(name, (p = planFor(o.sqlite, t)));
    return p;
  };
  const quarantine = o.sqlite.prepare(
    `insert into sync_quarantine (id, bundle_in_id, table_name, row_id, record, reason, created_at)
     values (?, ?, ?, ?, ?, ?, ?)`,
  );
  const conflict = o.sqlite.prepare(
    `insert into sync_conflicts (id, table_name, row_id, column_name, winner_value, winner_stamp, loser_value,
       loser_stamp, detected_at, status) values (?, ?, ?, ?, ?, ?, ?, ?, ?, 'open')`,
  );
  const stats = emptyMergeStats();
  // An erased resident's fields stay empty whatever arrives later, whatever its stamp (erasure wins).
  const lens = createErasureLens(o.sqlite);
  // Free text written elsewhere before an erasure reached there gets the same scrub here (erasure/late-text.ts).
  const late = createLateTextScrub(o.sqlite);
  const scrubbedOf = (r: ChangeRecord, row: Row | undefined) => late.scrub(lens.filter(r, row), row);
  const erasureRow = o.sqlite.prepare('select * from erasures where id = ?');
  let seq: number | null = null;
  const localSeq = (): number => (seq ??= o.localSeq());

  const toQuarantine = (incoming: ChangeRecord, reason: string, row?: Row): void => {
    // Kept without an erased resident's values, like an applied record.
    const r = scrubbedOf(incoming, row).record;
    if (o.onQuarantine) o.onQuarantine(r, reason);
    else quarantine.run(v7(), o.bundleInId, r.table, r.id, JSON.stringify(r), reason, o.nowIso);
    stats.quarantined++;
  };

  const problemOf = (r: ChangeRecord, p: TablePlan): string | null => {
    const known = p.known;
    const extra = Object.keys(r.values).find((c) => !known.has(c) || c === 'deleted');
    if (extra) return `Kolom ${r.table}.${extra} tidak dikenal oleh versi aplikasi ini (perbarui aplikasi).`;
    const extraClock = Object.keys(r.clocks.f).find((c) => !known.has(c));
    if (extraClock) return `Jam kolom ${r.table}.${extraClock} tidak dikenal oleh versi aplikasi ini.`;
    return null;
  };

  const incomingValue = (r: ChangeRecord, col: string): ChangeValue | undefined =>
    col === 'deleted' ? (r.deleted ? 1 : 0) : r.values[col];

  const insertNew = (r: ChangeRecord, p: TablePlan): void => {
    const params: ChangeValue[] = p.inserted.map((c) => r.values[c] ?? null);
    const clock = insertedClock(r, p.fields);
    const created = r.values.created_at ?? o.nowIso;
    // In BOOKKEEPING's order: id, origin, then SYNC_META_COLUMNS.
    params.push(
      r.id,
      r.origin,
      created,
      o.nowIso,
      r.deleted ? 1 : 0,
      JSON.stringify(clock),
      maxStamp(clock),
      localSeq(),
    );
    try {
      p.insert.run(params);
      stats.applied++;
    } catch (err) {
      toQuarantine(r, `Data tidak dapat disimpan: ${(err as Error).message}`);
    }
  };

  const mergeInto = (r: ChangeRecord, p: TablePlan, row: Row): void => {
    if (row.origin_office_id !== r.origin) {
      toQuarantine(r, `Kantor asal ${r.table} ${r.id} berbeda dengan yang tercatat di sini.`);
      return;
    }
    const local = parseRowClock(String(row.clocks));
    const stamps: Record<string, string> = {};
    const changed: string[] = [];
    let clockMoved = false;
    for (const c of p.fields) {
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
        if (isConflict(o.knowledge, is, ls, true, iv === lv)) logConflict(r, c, iv, is, lv, ls);
      } else if (is < ls && isConflict(o.knowledge, ls, is, false, iv === lv)) {
        logConflict(r, c, lv, ls, iv, is);
      }
    }
    if (!clockMoved) return;
    const clock = compactClock(stamps);
    const key = changed.join(',');
    let stmt = p.updates.get(key);
    if (!stmt) {
      const sets = [...changed, 'clocks', 'hlc', 'local_seq', 'updated_at'].map((c) => `${q(c)} = ?`);
      stmt = o.sqlite.prepare(`update ${q(p.t.name)} set ${sets.join(', ')} where id = ?`);
      p.updates.set(key, stmt);
    }
    const values = changed.map((c) => incomingValue(r, c) ?? null);
    stmt.run(...values, JSON.stringify(clock), maxStamp(clock), localSeq(), o.nowIso, r.id);
    stats.applied++;
  };

  const logConflict = (
    r: ChangeRecord,
    col: string,
    winner: ChangeValue,
    winnerStamp: string,
    loser: ChangeValue,
    loserStamp: string,
  ): void => {
    // A derived column (persons.name_norm) follows its source; the source's conflict is the one to resolve.
    if (isDerivedColumn(r.table, col)) return;
    conflict.run(
      v7(),
      r.table,
      r.id,
      col,
      JSON.stringify(winner),
      winnerStamp,
      JSON.stringify(loser),
      loserStamp,
      o.nowIso,
    );
    stats.conflicts++;
  };

  // Erasures travel last in a bundle: consecutive ones are scrubbed together, each column read once for them all
  // (erasure/scrub.ts), before any other record and at the end.
  let pendingErasures: ErasureFacts[] = [];
  const flushErasures = (): void => {
    if (pendingErasures.length === 0) return;
    scrubLocalBatch(o.sqlite, pendingErasures, o.nowIso);
    // Relay storage too: a held batch with the residents' values is never forwarded (held-erasure.ts).
    dropErasedHeld(o.sqlite);
    pendingErasures = [];
    late.reload();
  };
  const applyErasure = (id: string): void => {
    const stored = erasureRow.get(id) as Row | undefined;
    if (!stored) return;
    // Freed pages and cells are zeroed from here to the end of the bundle's transaction (purge.ts resets it).
    if (stats.erasures === 0) zeroFreedContent(o.sqlite);
    pendingErasures.push(erasureFactsOf(stored));
    lens.noteErasure();
    stats.erasures++;
  };

  const noteStamp = (s: string): void => {
    if (s > stats.senderMax && stampOffice(s) === o.sender) stats.senderMax = s;
    if (s > stats.acceptedMax) stats.acceptedMax = s;
  };

  return {
    stats,
    finish: flushErasures,
    apply(r) {
      stats.records++;
      if (r.table !== 'erasures') flushErasures();
      const p = planOf(r.table);
      if (!p) {
        toQuarantine(r, `Tabel ${r.table} tidak dikenal oleh versi aplikasi ini (perbarui aplikasi).`);
        return;
      }
      const problem = problemOf(r, p);
      if (problem) {
        toQuarantine(r, problem);
        return;
      }
      const row = p.select.get(r.id) as Row | undefined;
      const refusal = o.authorize(r, p.t, row);
      if (refusal) {
        stats.refusedByRule[refusal.rule] = (stats.refusedByRule[refusal.rule] ?? 0) + 1;
        toQuarantine(r, refusalReason(refusal), row);
        return;
      }
      const quarantinedBefore = stats.quarantined;
      const appliedBefore = stats.applied;
      const { record: scrubbed, mentions } = scrubbedOf(r, row);
      if (row) mergeInto(scrubbed, p, row);
      else insertNew(scrubbed, p);
      if (stats.quarantined !== quarantinedBefore) return;
      if (stats.applied !== appliedBefore) noteMentions(o.sqlite, mentions, o.nowIso);
      if (r.table === 'erasures' && stats.applied !== appliedBefore) applyErasure(r.id);
      noteStamp(r.clocks.b);
      for (const stamp of Object.values(r.clocks.f)) noteStamp(stamp);
    },
  };
}
