// Human-readable numbers unique per office: case numbers and referral letter numbers, per calendar year.
import { sql } from 'kysely';
import type { DbOrTrx } from '../db/database.ts';
import { sqlFor } from '../storage/sql-for.ts';
import { romanMonth } from '../../../shared/time/office-zone.ts';

/*
 * Case number: `<office region code>/<year>/<5-digit seq>`, e.g. `33.01.08/2026/00042`. The year is the
 * office's local year of intake. seq = the highest case_seq this office (as origin) ever used in that
 * year, deleted rows included, plus one: an office re-seeded from Dinsos continues its numbering
 * instead of reusing numbers that already travel in other registers. The unique index
 * (origin_office_id, case_year, case_seq) backs this; writes run in one transaction on one connection.
 *
 * Referral letter number: `<3-digit seq>/RUJ/<office region code>/<Roman month>/<year>`, e.g.
 * `007/RUJ/33.01.08/III/2026`, the usual layout of an Indonesian office letter. seq runs per office and
 * per year of the letter date, found the same way from the letters this office already numbered.
 */

export interface CaseNumber {
  caseNumber: string;
  year: number;
  seq: number;
}

export async function nextCaseNumber(
  db: DbOrTrx,
  officeId: string,
  regionCode: string,
  today: string,
): Promise<CaseNumber> {
  const year = Number(today.slice(0, 4));
  const row = await db
    .selectFrom('cases')
    .select((eb) => eb.fn.max('case_seq').as('max'))
    .where('origin_office_id', '=', officeId)
    .where('case_year', '=', year)
    .executeTakeFirst();
  const seq = Number(row?.max ?? 0) + 1;
  return { caseNumber: formatCaseNumber(regionCode, year, seq), year, seq };
}

export const formatCaseNumber = (regionCode: string, year: number, seq: number): string =>
  `${regionCode}/${year}/${String(seq).padStart(5, '0')}`;

export async function nextLetterNumber(
  db: DbOrTrx,
  officeId: string,
  regionCode: string,
  letterDate: string,
): Promise<string> {
  const year = letterDate.slice(0, 4);
  const row = await db
    .selectFrom('referrals')
    .select((eb) => eb.fn.max(sqlFor(db).leadingInteger('letter_number')).as('max'))
    .where('origin_office_id', '=', officeId)
    .where(sql<string>`substr(letter_date, 1, 4)`, '=', year)
    .executeTakeFirst();
  const seq = Number(row?.max ?? 0) + 1;
  return `${String(seq).padStart(3, '0')}/RUJ/${regionCode}/${romanMonth(letterDate)}/${year}`;
}
