// Person summary rows (list and search results): identity, current No KK, open cases and the overdue flag.
import type { DbOrTrx } from '../db/database.ts';
import type { DialectSql } from '../storage/port.ts';
import { sqlFor } from '../storage/sql-for.ts';
import type { SqlValue } from '../sync/writer.ts';
import type { DtsenStatus, PersonSummary, Sex } from '../../../shared/types/register.ts';
import { CASE_STATUSES } from '../../../shared/reference/case-status.ts';
import { rawRows } from './scope.ts';

/** Status codes as an SQL list (fixed codes from the shared state machine, never user input). */
const statusList = (final: boolean): string =>
  CASE_STATUSES.items
    .filter((s) => s.final === final)
    .map((s) => `'${s.code}'`)
    .join(', ');
/** Statuses of an open case, as an SQL list: `status in (…)` can use the cases_status index. */
export const OPEN_STATUSES_SQL = statusList(false);

/**
 * The overdue rule for the person `p`: a follow-up of one of their cases, not done, due before today (param).
 * Driven from the person's cases (cross join keeps cases outer; on SQLite `+` keeps follow_ups on
 * follow_ups_case): left to itself SQLite walked every overdue follow-up of the register through follow_ups_due
 * for each person, 1.7 s for a 100-row page at Dinsos with 960,000 residents instead of 4 ms (docs/performance.md).
 */
export const personOverdueSql = (d: DialectSql): string => `exists (select 1 from cases oc
  ${d.joinInOrder} follow_ups fu on fu.case_id = oc.id
  where oc.beneficiary_id = p.id and oc.deleted = 0 and fu.deleted = 0 and ${d.noIndex('fu.done_date')} is null
  and ${d.noIndex('fu.due_date')} < ?)`;

/** Columns of a summary for `p` (persons) left-joined to `h` (households); the first parameter is today. */
const summarySelect = (
  d: DialectSql,
): string => `select p.id, p.nik, p.name, p.sex, p.birth_date, p.desa_code,
  p.household_id, h.no_kk, p.dtsen_status,
  (select count(*) from cases c where c.beneficiary_id = p.id and c.deleted = 0
     and c.status in (${OPEN_STATUSES_SQL})) as open_cases,
  ${personOverdueSql(d)} as overdue
from persons p left join households h on h.id = p.household_id and h.deleted = 0`;

interface SummaryRow {
  id: string;
  nik: string | null;
  name: string;
  sex: string;
  birth_date: string | null;
  desa_code: string;
  household_id: string | null;
  no_kk: string | null;
  dtsen_status: string;
  /** A count: a number from SQLite, from PostgreSQL's bigint parser too. */
  open_cases: number;
  /** 0/1 from SQLite, a boolean from PostgreSQL. */
  overdue: number | boolean;
}

const toSummary = (r: SummaryRow): PersonSummary => ({
  id: r.id,
  nik: r.nik,
  name: r.name,
  sex: r.sex as Sex,
  birthDate: r.birth_date,
  desaCode: r.desa_code,
  householdId: r.household_id,
  noKk: r.no_kk,
  dtsenStatus: r.dtsen_status as DtsenStatus,
  openCases: Number(r.open_cases),
  overdue: Number(r.overdue) === 1,
});

/**
 * Summaries of the persons selected by `tail` (a `where … order by …` over `p`/`h`, with its own
 * parameters). Deleted persons are the caller's to exclude.
 */
export async function summaries(
  db: DbOrTrx,
  today: string,
  tail: string,
  params: readonly SqlValue[],
): Promise<PersonSummary[]> {
  const rows = await rawRows<SummaryRow>(db, `${summarySelect(sqlFor(db))} ${tail}`, [today, ...params]);
  return rows.map(toSummary);
}

/** Summaries of the given persons, by name. */
export async function summariesByIds(
  db: DbOrTrx,
  today: string,
  ids: readonly string[],
): Promise<PersonSummary[]> {
  if (ids.length === 0) return [];
  const marks = ids.map(() => '?').join(', ');
  return summaries(db, today, `where p.id in (${marks}) order by p.name_norm, p.id`, ids);
}

/** The members of a household, head first, then by birth date. */
export const householdMembers = (db: DbOrTrx, today: string, householdId: string): Promise<PersonSummary[]> =>
  summaries(
    db,
    today,
    `where p.household_id = ? and p.deleted = 0
     order by case when p.relationship = 'KEPALA_KELUARGA' then 0 else 1 end, p.birth_date is null, p.birth_date,
       p.name_norm, p.id`,
    [householdId],
  );
