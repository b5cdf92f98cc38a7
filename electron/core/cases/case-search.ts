// cases.search: case number prefix or beneficiary name (trigram index), filters, total and paging, newest first.
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

/*
 * The query box: text starting with a digit is a case number prefix ("33.01.08/2026/000"); anything
 * else is a name fragment, compared with persons.name_norm (lower-case, accents folded). Words of three
 * or more characters go through the FTS5 trigram index (substring match, any order); shorter words
 * must appear in the name too; a query with no word of three characters is a name prefix.
 */

const escapeLike = (s: string): string => s.replace(/[\\%_]/g, (ch) => `\\${ch}`);
const ftsPhrase = (word: string): string => `"${word.replaceAll('"', '""')}"`;

function byQuery(q: CaseBase, raw: string): CaseBase {
  const text = raw.trim();
  if (!text) return q;
  if (/^\d/.test(text)) {
    return q.where(sql<SqlBool>`c.case_number like ${`${escapeLike(text)}%`} escape '\\'`);
  }
  const norm = normalizeName(text);
  if (!norm) return q.where(sql<SqlBool>`0`); // only punctuation: no name can match
  const words = norm.split(' ').filter(Boolean);
  const long = words.filter((w) => [...w].length >= 3);
  if (long.length === 0) return q.where(sql<SqlBool>`p.name_norm like ${`${escapeLike(norm)}%`} escape '\\'`);
  const match = long.map(ftsPhrase).join(' AND ');
  let out = q.where(
    sql<SqlBool>`p.rowid in (select rowid from persons_fts where persons_fts match ${match})`,
  );
  for (const w of words.filter((x) => [...x].length < 3))
    out = out.where(sql<SqlBool>`instr(p.name_norm, ${w}) > 0`);
  return out;
}

type SearchInput = ParsedInput<'cases.search'>;

function filtered(db: DbOrTrx, input: SearchInput, today: string, zone: OfficeZone): CaseBase {
  let q = byQuery(caseBase(db), input.query);
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
