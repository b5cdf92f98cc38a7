// An erased resident's mentions in free text: removed from their own records and wherever their NIK is, listed elsewhere.
import type BetterSqlite3 from 'better-sqlite3-multiple-ciphers';
import type { ErasureMention } from '../../../shared/types/erasure.ts';
import { anchorFilter, clearIndex, nikProbe, scanTerms, type TermHit, type TermIndex } from './term-scan.ts';
import type { ClearTerm } from './term-digests.ts';

type Sqlite = BetterSqlite3.Database;

/** Synced free-text columns where a resident's NIK, name or address can be typed. */
export const FREE_TEXT_COLUMNS: Readonly<Record<string, readonly string[]>> = {
  households: ['notes'],
  household_kk_history: ['reason'],
  persons: ['notes', 'nik_override_reason'],
  cases: ['description', 'fast_track_reason', 'reporter_name'],
  case_events: ['reason', 'note'],
  referrals: ['reason', 'outcome_note'],
  follow_ups: ['note'],
  tksk_activities: ['target_group', 'result', 'note'],
  tksk_month_notes: ['obstacles', 'recommendations'],
};

/** Local free text (never synced): the NIK goes from there too. */
const LOCAL_FREE_TEXT: Readonly<Record<string, readonly string[]>> = {
  breach_incidents: ['how', 'steps'],
  export_log: ['detail'],
};

/** Who the erasure is about, as scrub.ts knows it. */
export interface MentionSubject {
  erasureId: string;
  personId: string;
  householdId: string | null;
}

/** What identifies the resident in free text, read from the holder's own rows just before the scrub. */
export interface MentionTerms {
  nik: string | null;
  /** The name as written on the resident's record. */
  name: string;
  /** The household's address as written (null when none). */
  address: string | null;
}

/** The resident's NIK, name and household address as this holder has them (read before anything is emptied). */
export function readMentionTerms(sqlite: Sqlite, s: MentionSubject): MentionTerms | null {
  const p = sqlite.prepare('select nik, name from persons where id = ?').get(s.personId) as
    { nik: string | null; name: string } | undefined;
  if (!p) return null;
  const h = s.householdId
    ? (sqlite.prepare('select address from households where id = ?').get(s.householdId) as
        { address: string | null } | undefined)
    : undefined;
  return { nik: p.nik, name: p.name, address: h?.address ?? null };
}

/** The terms of one erasure, in clear, as the scan and the stored digests take them. */
export const clearTermsOf = (erasureId: string, t: MentionTerms): ClearTerm[] => [
  ...(t.nik ? [{ erasureId, kind: 'nik' as const, text: t.nik }] : []),
  { erasureId, kind: 'name', text: t.name },
  ...(t.address ? [{ erasureId, kind: 'address' as const, text: t.address }] : []),
];

/** Row ids by table, each with the erasures it is tied to. */
export type TiedRows = Map<string, Map<string, Set<string>>>;

const tie = (tied: TiedRows, table: string, ids: readonly string[], erasureId: string): void => {
  let rows = tied.get(table);
  if (!rows) tied.set(table, (rows = new Map()));
  for (const id of ids) {
    let set = rows.get(id);
    if (!set) rows.set(id, (set = new Set()));
    set.add(erasureId);
  }
};

/**
 * The records tied to the resident, by table: the resident's own row, their cases (as beneficiary or reporter)
 * with the cases' events, referrals and follow-ups; their household, its No KK history and its other members.
 */
function tiedRows(sqlite: Sqlite, subjects: readonly MentionSubject[]): TiedRows {
  const tied: TiedRows = new Map();
  for (const s of subjects) {
    const params = { pid: s.personId, hid: s.householdId };
    const ids = (text: string): string[] => sqlite.prepare(text).pluck().all(params) as string[];
    const cases = 'select id from cases where beneficiary_id = @pid or reporter_id = @pid';
    tie(tied, 'cases', ids(cases), s.erasureId);
    for (const child of ['case_events', 'referrals', 'follow_ups'])
      tie(tied, child, ids(`select id from ${child} where case_id in (${cases})`), s.erasureId);
    tie(tied, 'persons', [s.personId], s.erasureId);
    if (s.householdId) {
      tie(tied, 'households', [s.householdId], s.erasureId);
      tie(
        tied,
        'household_kk_history',
        ids('select id from household_kk_history where household_id = @hid'),
        s.erasureId,
      );
      tie(tied, 'persons', ids('select id from persons where household_id = @hid'), s.erasureId);
    }
  }
  return tied;
}

/** Every term goes from a record tied to its erasure; elsewhere only NIKs go (names are listed for review). */
export const acceptFor =
  (tiedTo: ReadonlySet<string> | undefined) =>
  (h: TermHit): boolean =>
    h.kind === 'nik' || (tiedTo?.has(h.erasureId) ?? false);

/** A phrase's longest word, for a LIKE prefilter before the exact scan is tried. */
const longestWord = (phrase: string): string =>
  phrase
    .split(/\s+/u)
    .reduce((a, b) => (b.length > a.length ? b : a), '')
    .replace(/[\\%_]/g, (c) => `\\${c}`);

/** Up to this many erasures at once, each column is read through SQL prefilters; more, and it is read whole. */
const PREFILTER_MAX = 8;

/** The rows of one column that may hold a term: one query, one pass over the column for the whole batch. */
function candidateRows(
  sqlite: Sqlite,
  table: string,
  column: string,
  batch: readonly { terms: MentionTerms }[],
  own: readonly string[],
  names: boolean,
): { id: string; v: string }[] {
  const base = `select id, "${column}" as v from "${table}" where "${column}" is not null`;
  if (batch.length > PREFILTER_MAX) return sqlite.prepare(base).all() as { id: string; v: string }[];
  const where: string[] = [];
  const params: string[] = [];
  for (const { terms } of batch) {
    const probe = nikProbe(terms.nik);
    if (probe) {
      where.push(`instr("${column}", ?) > 0`);
      params.push(probe);
    }
    const word = longestWord(terms.name);
    if (names && word.length > 0) {
      where.push(`"${column}" like ? escape '\\'`);
      params.push(`%${word}%`);
    }
  }
  if (own.length > 0) {
    where.push(`id in (${own.map(() => '?').join(', ')})`);
    params.push(...own);
  }
  if (where.length === 0) return [];
  return sqlite.prepare(`${base} and (${where.join(' or ')})`).all(...params) as { id: string; v: string }[];
}

/**
 * Scrubs the residents' mentions (inside the caller's transaction, before their own fields are emptied) and
 * returns the records elsewhere that name them, for the admin to review. A batch reads each column once.
 * Deterministic: the same rows and terms give the same text everywhere, whether scrubbed one by one or together.
 */
export function scrubMentionsOf(
  sqlite: Sqlite,
  batch: readonly { subject: MentionSubject; terms: MentionTerms }[],
): ErasureMention[] {
  if (batch.length === 0) return [];
  const clear = batch.flatMap((b) => clearTermsOf(b.subject.erasureId, b.terms));
  const index = clearIndex(clear);
  const mayHold = anchorFilter(clear);
  const tied = tiedRows(
    sqlite,
    batch.map((b) => b.subject),
  );
  const found: ErasureMention[] = [];
  for (const [table, columns] of Object.entries(FREE_TEXT_COLUMNS)) {
    const own = [...(tied.get(table)?.keys() ?? [])];
    for (const column of columns) {
      const rows = candidateRows(sqlite, table, column, batch, own, true);
      const scanned = rows.filter((r) => mayHold(r.v));
      rewrite(
        sqlite,
        table,
        column,
        scanned,
        index,
        (id) => tied.get(table)?.get(id),
        (hit, rowId) => found.push({ erasureId: hit.erasureId, table, rowId, column }),
      );
    }
  }
  const exists = sqlite.prepare("select 1 from sqlite_master where type = 'table' and name = ?").pluck();
  for (const [table, columns] of Object.entries(LOCAL_FREE_TEXT)) {
    // A restored copy carrying erasures may predate the breach log (backup/erasure-carry.ts).
    if (exists.get(table) === undefined) continue;
    for (const column of columns) {
      const rows = candidateRows(sqlite, table, column, batch, [], false).filter((r) => mayHold(r.v));
      rewrite(
        sqlite,
        table,
        column,
        rows,
        index,
        () => undefined,
        () => undefined,
      );
    }
  }
  scrubSyncLogs(sqlite, tied, index, mayHold);
  const twin = sqlite.prepare('select id from persons where nik = ? and id <> ?').pluck();
  for (const { subject, terms } of batch) {
    if (!terms.nik) continue;
    for (const id of twin.all(terms.nik, subject.personId) as string[])
      found.push({ erasureId: subject.erasureId, table: 'persons', rowId: id, column: 'nik' });
  }
  // One order whatever the batch: by erasure, then column, then record.
  const order = new Map(batch.map((b, i) => [b.subject.erasureId, i]));
  const columnRank = new Map(
    [
      ...Object.entries(FREE_TEXT_COLUMNS).flatMap(([t, cs]) => cs.map((c) => `${t}.${c}`)),
      'persons.nik',
    ].map((k, i) => [k, i]),
  );
  const rank = (m: ErasureMention): number => columnRank.get(`${m.table}.${m.column}`) ?? 0;
  return found.sort(
    (a, b) =>
      (order.get(a.erasureId) ?? 0) - (order.get(b.erasureId) ?? 0) ||
      rank(a) - rank(b) ||
      a.rowId.localeCompare(b.rowId),
  );
}

/** Rewrites one column where the scan changes it (plain update: no new change stamp, like scrub.ts). */
function rewrite(
  sqlite: Sqlite,
  table: string,
  column: string,
  rows: readonly { id: string; v: string }[],
  index: TermIndex,
  tiedTo: (id: string) => ReadonlySet<string> | undefined,
  onName: (hit: TermHit, rowId: string) => void,
): void {
  if (rows.length === 0) return;
  const update = sqlite.prepare(`update "${table}" set "${column}" = ? where id = ?`);
  for (const r of rows) {
    if (typeof r.v !== 'string') continue;
    const out = scanTerms(r.v, index, acceptFor(tiedTo(r.id)));
    if (out.text !== r.v) update.run(out.text, r.id);
    for (const h of out.names) onName(h, r.id);
  }
}

/** The conflict log's values and the quarantined records: tied rows lose every mention, the rest the NIK. */
function scrubSyncLogs(
  sqlite: Sqlite,
  tied: TiedRows,
  index: TermIndex,
  mayHold: (text: string) => boolean,
): void {
  const scrub = (text: string, table: string, rowId: string): string =>
    scanTerms(text, index, acceptFor(tied.get(table)?.get(rowId))).text;
  const conflicts = sqlite
    .prepare('select id, table_name, row_id, winner_value, loser_value from sync_conflicts')
    .all() as { id: string; table_name: string; row_id: string; winner_value: string; loser_value: string }[];
  const setConflict = sqlite.prepare(
    'update sync_conflicts set winner_value = ?, loser_value = ? where id = ?',
  );
  for (const c of conflicts) {
    if (!mayHold(c.winner_value) && !mayHold(c.loser_value)) continue;
    const w = scrub(c.winner_value, c.table_name, c.row_id);
    const l = scrub(c.loser_value, c.table_name, c.row_id);
    if (w !== c.winner_value || l !== c.loser_value) setConflict.run(w, l, c.id);
  }
  const quarantined = sqlite.prepare('select id, table_name, row_id, record from sync_quarantine').all() as {
    id: string;
    table_name: string;
    row_id: string;
    record: string;
  }[];
  const setRecord = sqlite.prepare('update sync_quarantine set record = ? where id = ?');
  for (const q of quarantined) {
    if (!mayHold(q.record)) continue;
    const next = scrub(q.record, q.table_name, q.row_id);
    if (next !== q.record) setRecord.run(next, q.id);
  }
}

export const REVIEW_KEY = 'erasure-mentions';

/** One entry per erasure, record and column (a late record naming the resident again adds nothing). */
export const mentionKey = (m: ErasureMention): string => `${m.erasureId}/${m.table}/${m.rowId}/${m.column}`;
/** The review list is bounded: a very common name would otherwise grow it without end. */
const REVIEW_MAX = 5000;

/** Adds mentions to the local review list (settings, never synced): ids only, never the name. */
export function noteMentions(sqlite: Sqlite, found: readonly ErasureMention[], nowIso: string): void {
  if (found.length === 0) return;
  const listed = readMentions(sqlite);
  const known = new Set(listed.map(mentionKey));
  const fresh: ErasureMention[] = [];
  for (const m of found) {
    if (known.has(mentionKey(m))) continue;
    known.add(mentionKey(m));
    fresh.push(m);
  }
  if (fresh.length === 0) return;
  const list = [...listed, ...fresh].slice(-REVIEW_MAX);
  sqlite
    .prepare(
      `insert into settings (key, value, updated_at) values (?, ?, ?)
       on conflict (key) do update set value = excluded.value, updated_at = excluded.updated_at`,
    )
    .run(REVIEW_KEY, JSON.stringify(list), nowIso);
}

export function readMentions(sqlite: Sqlite): ErasureMention[] {
  const v = sqlite.prepare('select value from settings where key = ?').pluck().get(REVIEW_KEY) as
    string | undefined;
  return v ? (JSON.parse(v) as ErasureMention[]) : [];
}
