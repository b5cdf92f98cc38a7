// Person search: as-you-type names (substring index, or a prefix for 1–2 letters), NIK / No KK prefixes, filters.
import type { DbOrTrx } from '../db/database.ts';
import type { SqlValue } from '../sync/writer.ts';
import type { DialectSql } from '../storage/port.ts';
import { sqlFor } from '../storage/sql-for.ts';
import type { Page, PersonSummary } from '../../../shared/types/register.ts';
import { normalizeName } from '../../../shared/text/normalize-name.ts';
import { normaliseDigits } from '../../../shared/validation/nik.ts';
import { rawRows } from './scope.ts';
import { OPEN_STATUSES_SQL, summariesByIds } from './summaries.ts';

export interface PersonSearch {
  query: string;
  desaCode?: string | undefined;
  dtsenStatus?: string | undefined;
  ppksCategory?: string | undefined;
  ppksAny?: boolean | undefined;
  caseStatus?: string | undefined;
  overdue?: boolean | undefined;
  originOfficeId?: string | undefined;
  limit: number;
  offset: number;
}

/** How the query is matched: every person, name substring (substring index), name prefix, or NIK / No KK prefix. */
export type SearchMode = 'all' | 'name' | 'prefix' | 'number';

export interface Statement {
  sql: string;
  params: SqlValue[];
}

export interface SearchStatements {
  mode: SearchMode;
  /** Ids of the page's persons, in result order. */
  page: Statement;
  /** How many persons match in all. */
  count: Statement;
}

/** Sorts after every other character: `x >= prefix and x < prefix || MAX` is a prefix range on an index. */
const MAX_CHAR = '\u{10FFFF}';

function classify(query: string): { mode: SearchMode; term: string } {
  const digits = normaliseDigits(query);
  if (/^\d+$/.test(digits)) return { mode: 'number', term: digits };
  const norm = normalizeName(query);
  if (norm === '') return { mode: 'all', term: '' };
  return { mode: [...norm].length >= 3 ? 'name' : 'prefix', term: norm };
}

/** Filter terms on `p` (persons), shared by every statement of a search. */
function filterTerms(f: PersonSearch, today: string): { where: string[]; params: SqlValue[] } {
  const where: string[] = [];
  const params: SqlValue[] = [];
  if (f.desaCode) {
    // A desa code matches itself; a kecamatan or kabupaten code matches every desa under it.
    where.push('(p.desa_code = ? or (p.desa_code > ? and p.desa_code < ?))');
    params.push(f.desaCode, `${f.desaCode}.`, `${f.desaCode}/`);
  }
  if (f.originOfficeId) {
    where.push('p.origin_office_id = ?');
    params.push(f.originOfficeId);
  }
  if (f.dtsenStatus) {
    where.push('p.dtsen_status = ?');
    params.push(f.dtsenStatus);
  }
  if (f.ppksCategory) {
    where.push(`p.id in (select person_id from ppks_assignments
      where category = ? and active = 1 and deleted = 0)`);
    params.push(f.ppksCategory);
  }
  if (f.ppksAny) {
    where.push(`p.id in (select person_id from ppks_assignments where active = 1 and deleted = 0)`);
  }
  if (f.caseStatus === 'TERBUKA') {
    where.push(`p.id in (select beneficiary_id from cases
      where status in (${OPEN_STATUSES_SQL}) and deleted = 0)`);
  } else if (f.caseStatus) {
    where.push('p.id in (select beneficiary_id from cases where status = ? and deleted = 0)');
    params.push(f.caseStatus);
  }
  if (f.overdue !== undefined) {
    where.push(`p.id ${f.overdue ? 'in' : 'not in'} (select c.beneficiary_id from follow_ups fu
      join cases c on c.id = fu.case_id
      where fu.done_date is null and fu.due_date < ? and fu.deleted = 0 and c.deleted = 0)`);
    params.push(today);
  }
  return { where, params };
}

/**
 * The two statements of a search. Every candidate set is drawn from an index: the store's substring index
 * (SQLite's persons_fts trigram table, PostgreSQL's pg_trgm) for names of 3+ characters, persons_name_norm
 * for shorter prefixes, persons_nik and households_no_kk for digits; filters narrow it with indexed
 * sub-selects. Exact matches come first, then prefixes, then word starts, then the rest, each by name.
 */
export function buildSearch(f: PersonSearch, today: string, d: DialectSql): SearchStatements {
  const { mode, term } = classify(f.query);
  const where: string[] = ['p.deleted = 0'];
  const params: SqlValue[] = [];
  let order = 'p.name_norm, p.id';
  const orderParams: SqlValue[] = [];

  if (mode === 'name') {
    const named = d.personNameContains(term);
    where.push(named.text);
    params.push(...named.params);
    order = `case when p.name_norm = ? then 0 when p.name_norm >= ? and p.name_norm < ? then 1
      when ${d.contains("' ' || p.name_norm")} then 2 else 3 end, p.name_norm, p.id`;
    orderParams.push(term, term, term + MAX_CHAR, ` ${term}`);
  } else if (mode === 'prefix') {
    where.push('p.name_norm >= ? and p.name_norm < ?');
    params.push(term, term + MAX_CHAR);
  } else if (mode === 'number') {
    const key = d.rowKey;
    where.push(`p.${key} in (select ${key} from persons where nik >= ? and nik < ?
      union all select m.${key} from households h join persons m on m.household_id = h.id
        where h.no_kk >= ? and h.no_kk < ? and h.deleted = 0)`);
    params.push(term, term + MAX_CHAR, term, term + MAX_CHAR);
    order = `case when p.nik = ? then 0 when p.nik >= ? and p.nik < ? then 1 else 2 end, p.name_norm, p.id`;
    orderParams.push(term, term, term + MAX_CHAR);
  }
  const filters = filterTerms(f, today);
  where.push(...filters.where);
  params.push(...filters.params);

  const whereSql = where.join(' and ');
  return {
    mode,
    page: {
      sql: `select p.id from persons p where ${whereSql} order by ${order} limit ? offset ?`,
      params: [...params, ...orderParams, f.limit, f.offset],
    },
    count: { sql: `select count(*) as n from persons p where ${whereSql}`, params },
  };
}

/**
 * A typed query's matches as two disjoint parts, each streamed from an index so a `limit` stops it early:
 * `a` the index range that holds the exact match and the prefixes (names from `name_norm`, digits from
 * `nik`), in that index's order; `b` every other match (names containing the text, from the store's
 * substring index in its order; household members by No KK). Null for a list without search text.
 */
export interface SearchParts {
  a: QueryPart;
  b: QueryPart | null;
}

export interface QueryPart {
  /** FROM clause; the person is always `p`. */
  from: string;
  where: string;
  params: SqlValue[];
  order: string;
}

export function buildParts(f: PersonSearch, today: string, d: DialectSql): SearchParts | null {
  const { mode, term } = classify(f.query);
  if (mode === 'all') return null;
  const filters = filterTerms(f, today);
  const part = (from: string, terms: string[], params: SqlValue[], order: string): QueryPart => ({
    from,
    where: ['p.deleted = 0', ...terms, ...filters.where].join(' and '),
    params: [...params, ...filters.params],
    order,
  });
  const range = [term, term + MAX_CHAR];
  if (mode === 'number') {
    return {
      a: part('persons p', ['p.nik >= ? and p.nik < ?'], range, 'p.nik, p.id'),
      b: part(
        `households h ${d.joinInOrder} persons p on p.household_id = h.id`,
        ['h.no_kk >= ? and h.no_kk < ? and h.deleted = 0', '(p.nik is null or p.nik < ? or p.nik >= ?)'],
        [...range, ...range],
        'h.no_kk, p.id',
      ),
    };
  }
  const a = part('persons p', ['p.name_norm >= ? and p.name_norm < ?'], range, 'p.name_norm, p.id');
  if (mode === 'prefix') return { a, b: null };
  const stream = d.personNameStream(term);
  return {
    a,
    b: part(
      stream.from,
      [stream.where.text, 'not (p.name_norm >= ? and p.name_norm < ?)'],
      [...stream.where.params, ...range],
      stream.order,
    ),
  };
}

/** Counts of as-you-type searches stop here: above it the list says "lebih dari 1.000" and is not ranked. */
export const SEARCH_COUNT_CAP = 1_000;

async function countUpTo(db: DbOrTrx, p: QueryPart, max: number): Promise<number> {
  if (max <= 0) return 0;
  const sql = `select count(*) as n from (select 1 from ${p.from} where ${p.where} limit ?) as m`;
  const [row] = await rawRows<{ n: number | string }>(db, sql, [...p.params, max]);
  return Number(row?.n ?? 0);
}

async function idsOf(db: DbOrTrx, p: QueryPart, limit: number, offset: number): Promise<string[]> {
  if (limit <= 0) return [];
  const sql = `select p.id from ${p.from} where ${p.where} order by ${p.order} limit ? offset ?`;
  return (await rawRows<{ id: string }>(db, sql, [...p.params, limit, offset])).map((r) => r.id);
}

/**
 * A capped result's page: part a, then part b, never past `cap` rows. `aCount` is exact when ≤ cap;
 * above it part a alone fills every row up to the cap.
 */
async function cappedPage(
  db: DbOrTrx,
  parts: SearchParts,
  aCount: number,
  cap: number,
  offset: number,
  limit: number,
): Promise<string[]> {
  const want = Math.min(limit, cap - offset);
  if (want <= 0) return [];
  const fromA = offset < aCount ? await idsOf(db, parts.a, want, offset) : [];
  if (fromA.length === want || !parts.b) return fromA;
  return [...fromA, ...(await idsOf(db, parts.b, want - fromA.length, Math.max(0, offset - aCount)))];
}

/**
 * A page of persons and how many match. A typed search counts at most `cap` matches, streamed from the
 * parts: within it the page is ranked (exact, prefix, word start, rest); above it `capped` is set, the
 * count is the cap and the page is part a then part b, so the clerk types on instead of waiting for
 * every resident of a kabupaten whose NIKs all start with 3301 to be sorted. A list without search text
 * (filters only) is counted exactly: the Beranda figures link to it.
 */
export async function searchPersons(
  db: DbOrTrx,
  today: string,
  f: PersonSearch,
  cap = SEARCH_COUNT_CAP,
): Promise<Page<PersonSummary>> {
  const d = sqlFor(db);
  const s = buildSearch(f, today, d);
  const parts = buildParts(f, today, d);
  let ids: string[];
  let total: number;
  let capped = false;
  if (parts) {
    const a = await countUpTo(db, parts.a, cap + 1);
    const b = parts.b && a <= cap ? await countUpTo(db, parts.b, cap + 1 - a) : 0;
    capped = a + b > cap;
    total = capped ? cap : a + b;
    ids = capped
      ? await cappedPage(db, parts, a, cap, f.offset, f.limit)
      : total === 0
        ? []
        : (await rawRows<{ id: string }>(db, s.page.sql, s.page.params)).map((r) => r.id);
  } else {
    ids = (await rawRows<{ id: string }>(db, s.page.sql, s.page.params)).map((r) => r.id);
    const [count] = await rawRows<{ n: number | string }>(db, s.count.sql, s.count.params);
    total = Number(count?.n ?? 0);
  }
  const byId = new Map((await summariesByIds(db, today, ids)).map((p) => [p.id, p]));
  const rows = ids.map((id) => byId.get(id)).filter((p): p is PersonSummary => p !== undefined);
  return capped ? { rows, total, capped } : { rows, total };
}
