// cases.search: by case number (whole, partial, last digits), NIK / No KK prefix or name; filters, total, paging.
import { sql, type SqlBool } from 'kysely';
import type { DbOrTrx } from '../db/database.ts';
import type { ParsedInput } from '../../../shared/api/contract.ts';
import { normalizeName } from '../../../shared/text/normalize-name.ts';
import { addDays, startOfDay, type OfficeZone } from '../../../shared/time/office-zone.ts';
import { monthRange } from './month-range.ts';
import type { CaseSummary } from '../../../shared/types/cases.ts';
import type { Page } from '../../../shared/types/register.ts';
import { caseBase, toCaseSummary, withSummaryColumns, type CaseBase } from './case-read.ts';
import { caseOverdueSql, FINAL_STATUSES } from './overdue.ts';
import type { DialectSql } from '../storage/port.ts';
import { sqlFor } from '../storage/sql-for.ts';
import { sqlText, toRaw } from '../storage/sql-text.ts';

/*
 * The query box takes what the clerk has in hand:
 * - text with a slash or a dot is a case number: the full number or a prefix of it
 *   ("33.01.08/2026/002"), or year and number without the region ("2026/00220", "2026/002");
 * - up to five digits are the number's last part ("00220", "220"): that sequence number in any year;
 * - six digits or more are the start of the beneficiary's NIK or of their household's No KK (spaces and
 *   hyphens ignored; fewer digits would match a whole kabupaten);
 * - anything else is a name fragment, compared with persons.name_norm (lower-case, accents folded). Words
 *   of three or more characters go through the store's substring index (SQLite's FTS5 trigram table,
 *   PostgreSQL's pg_trgm; substring match, any order); shorter words must appear in the name too; a query
 *   with no word of three characters is a name prefix.
 * Every branch starts from an index (cases_case_number, cases_seq, persons_nik / households_no_kk, the
 * substring index, persons_name_norm); the tests read the SQLite plans with EXPLAIN QUERY PLAN.
 */

const escapeLike = (s: string): string => s.replace(/[\\%_]/g, (ch) => `\\${ch}`);
/** Sorts after every other character: `x >= p and x < p || MAX` is a prefix range on an index. */
const MAX_CHAR = '\u{10FFFF}';
/** Digits of the sequence part of a case number (`00042`). */
const SEQ_DIGITS = 5;
/** The shortest digit string read as a NIK or No KK prefix: a kecamatan's code. */
const MIN_ID_PREFIX = 6;

/** What a query means; exported for the tests. */
export type CaseQuery =
  | { by: 'none' }
  | { by: 'numberPrefix'; prefix: string }
  | { by: 'yearSeq'; year: number; seqFrom: number; seqTo: number }
  | { by: 'seq'; seq: number }
  | { by: 'idPrefix'; digits: string }
  | { by: 'name'; norm: string };

/** The range of sequence numbers whose five-digit form starts with `digits` ("002" → 200…299). */
function seqRange(digits: string): { seqFrom: number; seqTo: number } {
  if (digits.length >= SEQ_DIGITS) {
    const n = Number(digits);
    return { seqFrom: n, seqTo: n };
  }
  const scale = 10 ** (SEQ_DIGITS - digits.length);
  const base = digits === '' ? 0 : Number(digits) * scale;
  return { seqFrom: base, seqTo: base + scale - 1 };
}

export function classifyCaseQuery(raw: string): CaseQuery {
  const text = raw.trim();
  if (!text) return { by: 'none' };
  const yearSeq = /^(\d{4})\/(\d*)$/.exec(text);
  if (yearSeq) return { by: 'yearSeq', year: Number(yearSeq[1]), ...seqRange(yearSeq[2] ?? '') };
  if (/^\d/.test(text) && /[./]/.test(text)) return { by: 'numberPrefix', prefix: text };
  const digits = text.replace(/[\s-]/g, '');
  if (/^\d+$/.test(digits)) {
    if (digits.length <= SEQ_DIGITS) return { by: 'seq', seq: Number(digits) };
    if (digits.length >= MIN_ID_PREFIX) return { by: 'idPrefix', digits };
  }
  return { by: 'name', norm: normalizeName(text) };
}

function byName(q: CaseBase, norm: string, d: DialectSql): CaseBase {
  if (!norm) return q.where(sql<SqlBool>`1 = 0`); // only punctuation: no name can match
  const words = norm.split(' ').filter(Boolean);
  const long = words.filter((w) => [...w].length >= 3);
  if (long.length === 0) return q.where(sql<SqlBool>`p.name_norm like ${`${escapeLike(norm)}%`} escape '\\'`);
  let out = q.where(toRaw<SqlBool>(d.personNameContainsAll(long)));
  for (const w of words.filter((x) => [...x].length < 3))
    out = out.where(toRaw<SqlBool>(sqlText(d.contains('p.name_norm'), [w])));
  return out;
}

function byQuery(q: CaseBase, raw: string, d: DialectSql): CaseBase {
  const query = classifyCaseQuery(raw);
  switch (query.by) {
    case 'none':
      return q;
    case 'numberPrefix':
      return q
        .where('c.case_number', '>=', query.prefix)
        .where('c.case_number', '<', query.prefix + MAX_CHAR);
    case 'yearSeq':
      return q
        .where('c.case_seq', '>=', query.seqFrom)
        .where('c.case_seq', '<=', query.seqTo)
        .where('c.case_year', '=', query.year);
    case 'seq':
      return q.where('c.case_seq', '=', query.seq);
    case 'idPrefix': {
      const [from, to] = [query.digits, query.digits + MAX_CHAR];
      return q.where(
        sql<SqlBool>`c.beneficiary_id in (select id from persons where nik >= ${from} and nik < ${to}
          union all select m.id from households h join persons m on m.household_id = h.id
            where h.no_kk >= ${from} and h.no_kk < ${to} and h.deleted = 0)`,
      );
    }
    case 'name':
      return byName(q, query.norm, d);
  }
}

type SearchInput = ParsedInput<'cases.search'>;

/** The filtered cases query (no columns yet); exported so the tests can read its plan. */
export function filtered(db: DbOrTrx, input: SearchInput, today: string, zone: OfficeZone): CaseBase {
  let q = byQuery(caseBase(db), input.query, sqlFor(db));
  if (input.status) q = q.where('c.status', '=', input.status);
  if (input.openOnly) q = q.where('c.status', 'not in', FINAL_STATUSES);
  if (input.kind) q = q.where('c.kind', '=', input.kind);
  if (input.fastTrack !== undefined) q = q.where('c.fast_track', '=', input.fastTrack ? 1 : 0);
  if (input.category) q = q.where('c.category', '=', input.category);
  if (input.originOfficeId) q = q.where('c.origin_office_id', '=', input.originOfficeId);
  if (input.desaCode) {
    const code = input.desaCode;
    q = q.where((eb) =>
      eb.or([eb('c.desa_code', '=', code), eb('c.desa_code', 'like', `${escapeLike(code)}.%`)]),
    );
  }
  if (input.overdue !== undefined) {
    q = q.where(input.overdue ? caseOverdueSql(today) : sql<SqlBool>`not ${caseOverdueSql(today)}`);
  }
  if (input.receivedOn) {
    const from = new Date(startOfDay(input.receivedOn, zone)).toISOString();
    const to = new Date(startOfDay(addDays(input.receivedOn, 1), zone)).toISOString();
    q = q.where('c.received_at', '>=', from).where('c.received_at', '<', to);
  }
  if (input.receivedMonth) {
    const { from, to } = monthRange(input.receivedMonth, zone);
    q = q.where('c.received_at', '>=', from).where('c.received_at', '<', to);
  }
  if (input.closedMonth) {
    const { from, to } = monthRange(input.closedMonth, zone);
    q = q.where('c.closed_at', '>=', from).where('c.closed_at', '<', to);
  }
  return q;
}

export async function searchCases(
  db: DbOrTrx,
  input: SearchInput,
  today: string,
  zone: OfficeZone,
): Promise<Page<CaseSummary>> {
  const count = await filtered(db, input, today, zone)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirst();
  const rows = await withSummaryColumns(filtered(db, input, today, zone), today)
    .orderBy('c.received_at', 'desc')
    .orderBy('c.case_year', 'desc')
    .orderBy('c.case_seq', 'desc')
    .limit(input.limit)
    .offset(input.offset)
    .execute();
  return { rows: rows.map(toCaseSummary), total: Number(count?.n ?? 0) };
}
