// An erased resident's mentions in free text: removed from their own records and wherever their NIK is, listed elsewhere.
import type BetterSqlite3 from 'better-sqlite3-multiple-ciphers';
import type { ErasureMention } from '../../../shared/types/erasure.ts';
import {
  mentionPatterns,
  mentions,
  nikProbe,
  scrubMentions,
  type MentionPatterns,
  type MentionTerms,
} from './mention-text.ts';

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

/**
 * The records tied to the resident, by table: their cases (as beneficiary or reporter) with the cases'
 * events, referrals and follow-ups; their household, its No KK history and its other members.
 */
function tiedRows(sqlite: Sqlite, s: MentionSubject): Map<string, Set<string>> {
  const params = { pid: s.personId, hid: s.householdId };
  const ids = (text: string): Set<string> => new Set(sqlite.prepare(text).pluck().all(params) as string[]);
  const cases = 'select id from cases where beneficiary_id = @pid or reporter_id = @pid';
  const tied = new Map<string, Set<string>>([
    ['cases', ids(cases)],
    ['case_events', ids(`select id from case_events where case_id in (${cases})`)],
    ['referrals', ids(`select id from referrals where case_id in (${cases})`)],
    ['follow_ups', ids(`select id from follow_ups where case_id in (${cases})`)],
  ]);
  if (s.householdId) {
    tied.set('households', new Set([s.householdId]));
    tied.set('household_kk_history', ids('select id from household_kk_history where household_id = @hid'));
    tied.set('persons', ids('select id from persons where household_id = @hid and id <> @pid'));
  }
  return tied;
}

const inList = (n: number): string => Array.from({ length: n }, () => '?').join(', ');

/** Rewrites one column where the scrub changes it (plain update: no new change stamp, like scrub.ts). */
function rewrite(
  sqlite: Sqlite,
  table: string,
  column: string,
  rows: readonly { id: string; v: string }[],
  re: RegExp | null,
): void {
  if (!re || rows.length === 0) return;
  const update = sqlite.prepare(`update "${table}" set "${column}" = ? where id = ?`);
  for (const r of rows) {
    const next = scrubMentions(r.v, re);
    if (next !== r.v) update.run(next, r.id);
  }
}

/** A phrase's longest word, for a LIKE prefilter before the exact pattern is tried. */
const longestWord = (phrase: string): string =>
  phrase
    .split(/\s+/u)
    .reduce((a, b) => (b.length > a.length ? b : a), '')
    .replace(/[\\%_]/g, (c) => `\\${c}`);

/**
 * Scrubs the resident's mentions (inside the caller's transaction) and returns the records elsewhere that
 * name them, for the admin to review. Deterministic: the same rows and terms give the same text everywhere.
 */
export function scrubMentionsOf(sqlite: Sqlite, s: MentionSubject, terms: MentionTerms): ErasureMention[] {
  const re = mentionPatterns(terms);
  const tied = tiedRows(sqlite, s);
  const found: ErasureMention[] = [];
  const word = longestWord(terms.name);
  const probe = nikProbe(terms.nik);
  for (const [table, columns] of Object.entries(FREE_TEXT_COLUMNS)) {
    const own = [...(tied.get(table) ?? [])];
    for (const column of columns) {
      const select = (where: string, ...params: string[]): { id: string; v: string }[] =>
        sqlite
          .prepare(`select id, "${column}" as v from "${table}" where "${column}" is not null and ${where}`)
          .all(...params) as { id: string; v: string }[];
      if (own.length > 0)
        rewrite(sqlite, table, column, select(`id in (${inList(own.length)})`, ...own), re.tied);
      if (probe) rewrite(sqlite, table, column, select(`instr("${column}", ?) > 0`, probe), re.nik);
      if (!re.name || word.length === 0) continue;
      for (const r of select(`"${column}" like ? escape '\\'`, `%${word}%`)) {
        if (!tied.get(table)?.has(r.id) && mentions(r.v, re.name)) {
          found.push({ erasureId: s.erasureId, table, rowId: r.id, column });
        }
      }
    }
  }
  const exists = sqlite.prepare("select 1 from sqlite_master where type = 'table' and name = ?").pluck();
  for (const [table, columns] of Object.entries(LOCAL_FREE_TEXT)) {
    // A restored copy carrying erasures may predate the breach log (backup/erasure-carry.ts).
    if (exists.get(table) === undefined) continue;
    for (const column of columns) {
      if (!probe) continue;
      const rows = sqlite
        .prepare(`select id, "${column}" as v from "${table}" where instr("${column}", ?) > 0`)
        .all(probe) as { id: string; v: string }[];
      rewrite(sqlite, table, column, rows, re.nik);
    }
  }
  scrubSyncLogs(sqlite, tied, re);
  if (terms.nik) {
    const twins = sqlite
      .prepare('select id from persons where nik = ? and id <> ?')
      .pluck()
      .all(terms.nik, s.personId) as string[];
    for (const id of twins)
      found.push({ erasureId: s.erasureId, table: 'persons', rowId: id, column: 'nik' });
  }
  return found;
}

/** The conflict log's values and the quarantined records: tied rows lose every mention, the rest the NIK. */
function scrubSyncLogs(sqlite: Sqlite, tied: Map<string, Set<string>>, re: MentionPatterns): void {
  const isTied = (table: string, id: string): boolean => tied.get(table)?.has(id) ?? false;
  const conflicts = sqlite
    .prepare('select id, table_name, row_id, winner_value, loser_value from sync_conflicts')
    .all() as { id: string; table_name: string; row_id: string; winner_value: string; loser_value: string }[];
  const setConflict = sqlite.prepare(
    'update sync_conflicts set winner_value = ?, loser_value = ? where id = ?',
  );
  for (const c of conflicts) {
    const pattern = isTied(c.table_name, c.row_id) ? re.tied : re.nik;
    const w = scrubMentions(c.winner_value, pattern);
    const l = scrubMentions(c.loser_value, pattern);
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
    const next = scrubMentions(q.record, isTied(q.table_name, q.row_id) ? re.tied : re.nik);
    if (next !== q.record) setRecord.run(next, q.id);
  }
}

export const REVIEW_KEY = 'erasure-mentions';
/** The review list is bounded: a very common name would otherwise grow it without end. */
const REVIEW_MAX = 5000;

/** Adds mentions to the local review list (settings, never synced): ids only, never the name. */
export function noteMentions(sqlite: Sqlite, found: readonly ErasureMention[], nowIso: string): void {
  if (found.length === 0) return;
  const list = [...readMentions(sqlite), ...found].slice(-REVIEW_MAX);
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
