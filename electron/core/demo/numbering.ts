// Case and referral-letter numbers for generated records, continuing after the office's highest number per year.
import type { FlowCase, Tracked } from './case-flow.ts';
import { romanMonth } from './dates.ts';
import type { ReferralRow } from './types.ts';

/*
 * Same layout as the cases handlers (electron/core/cases/numbering.ts): case number
 * `<office region code>/<year>/<5-digit seq>` by local year of intake, letter number
 * `<3-digit seq>/RUJ/<office region code>/<Roman month>/<year>` by year of the letter date; both per
 * origin office, continuing after the highest seq this office ever used (tombstoned rows included).
 */

export type SeqByYear = Map<number, number>;

const nextOf = (seqs: SeqByYear, year: number): number => {
  const next = (seqs.get(year) ?? 0) + 1;
  seqs.set(year, next);
  return next;
};

/** Numbers new cases in order of intake. `seqs` holds the highest seq used so far per year; it is advanced. */
export function numberCases(cases: readonly FlowCase[], regionCode: string, seqs: SeqByYear): void {
  const fresh = cases.filter((c) => c.kase.isNew).sort((a, b) => a.kase.createdMs - b.kase.createdMs);
  for (const c of fresh) {
    const row = c.kase.row;
    row.case_seq = nextOf(seqs, row.case_year);
    row.case_number = `${regionCode}/${row.case_year}/${String(row.case_seq).padStart(5, '0')}`;
  }
}

/** Numbers new referral letters in order of writing, per year of the letter date. */
export function numberLetters(
  referrals: readonly Tracked<ReferralRow>[],
  regionCode: string,
  seqs: SeqByYear,
): void {
  const fresh = [...referrals].sort((a, b) => a.createdMs - b.createdMs);
  for (const r of fresh) {
    const day = r.row.letter_date;
    const year = Number(day.slice(0, 4));
    const seq = nextOf(seqs, year);
    r.row.letter_number = `${String(seq).padStart(3, '0')}/RUJ/${regionCode}/${romanMonth(day)}/${year}`;
  }
}
