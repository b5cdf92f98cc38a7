// Reads referrals with their case number, beneficiary name and overdue flag; the referrals work list.
import { sqlFor } from '../storage/sql-for.ts';
import type { DbOrTrx } from '../db/database.ts';
import type { Page } from '../../../shared/types/register.ts';
import type { Referral, ReferralOutcome } from '../../../shared/types/cases.ts';
import { referralOverdueSql } from './overdue.ts';

function referralQuery(db: DbOrTrx) {
  return db
    .selectFrom('referrals as r')
    .innerJoin('cases as c', 'c.id', 'r.case_id')
    .leftJoin('persons as p', 'p.id', 'c.beneficiary_id')
    .where('r.deleted', '=', 0)
    .where('c.deleted', '=', 0);
}

type ReferralBase = ReturnType<typeof referralQuery>;
type Refine = (q: ReferralBase) => ReferralBase;

interface ReferralRow {
  id: string;
  case_id: string;
  case_number: string;
  beneficiary_name: string | null;
  destination: string;
  letter_number: string;
  letter_date: string;
  reason: string;
  status: string;
  outcome: string | null;
  outcome_date: string | null;
  outcome_note: string | null;
  overdue: unknown;
}

const withColumns = (q: ReferralBase, today: string) =>
  q
    .select([
      'r.id',
      'r.case_id',
      'c.case_number',
      'p.name as beneficiary_name',
      'r.destination',
      'r.letter_number',
      'r.letter_date',
      'r.reason',
      'r.status',
      'r.outcome',
      'r.outcome_date',
      'r.outcome_note',
    ])
    .select(referralOverdueSql(today).as('overdue'));

const toReferral = (r: ReferralRow): Referral => ({
  id: r.id,
  caseId: r.case_id,
  caseNumber: r.case_number,
  beneficiaryName: r.beneficiary_name ?? '(data warga belum tersedia)',
  destination: r.destination,
  letterNumber: r.letter_number,
  letterDate: r.letter_date,
  reason: r.reason,
  status: r.status === 'SELESAI' ? 'SELESAI' : 'TERKIRIM',
  outcome: r.outcome as ReferralOutcome | null,
  outcomeDate: r.outcome_date,
  outcomeNote: r.outcome_note,
  overdue: Boolean(r.overdue),
});

/** Referrals matching `refine` (filters and order), mapped for the contract. */
export async function listReferrals(db: DbOrTrx, today: string, refine: Refine): Promise<Referral[]> {
  const rows = await withColumns(refine(referralQuery(db)), today)
    .orderBy(sqlFor(db).insertionOrder('r'))
    .execute();
  return rows.map(toReferral);
}

export interface ReferralSearch {
  filter: 'open' | 'overdue' | 'all';
  destination?: string | undefined;
  /** The current outcome, or 'belum' for none yet. */
  outcome?: string | undefined;
  /** The office that originated the referral's case (a referral belongs to its case's office). */
  originOfficeId?: string | undefined;
  limit: number;
  offset: number;
}

/**
 * The referrals work list. 'open' = still TERKIRIM (no final outcome), 'overdue' = open with a
 * follow-up past due, 'all' = every referral. Open and overdue lists put the longest-waiting letter
 * first (a work queue); 'all' lists the newest letter first.
 */
export async function searchReferrals(
  db: DbOrTrx,
  today: string,
  s: ReferralSearch,
): Promise<Page<Referral>> {
  const filtered: Refine = (q) => {
    let out = q;
    if (s.filter !== 'all') out = out.where('r.status', '=', 'TERKIRIM');
    if (s.filter === 'overdue') out = out.where(referralOverdueSql(today));
    if (s.destination) out = out.where('r.destination', '=', s.destination);
    if (s.outcome === 'belum') out = out.where('r.outcome', 'is', null);
    else if (s.outcome) out = out.where('r.outcome', '=', s.outcome);
    if (s.originOfficeId) out = out.where('c.origin_office_id', '=', s.originOfficeId);
    return out;
  };
  const count = await filtered(referralQuery(db))
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirst();
  const dir = s.filter === 'all' ? 'desc' : 'asc';
  const rows = await listReferrals(db, today, (q) =>
    filtered(q).orderBy('r.letter_date', dir).orderBy('r.letter_number', dir).limit(s.limit).offset(s.offset),
  );
  return { rows, total: Number(count?.n ?? 0) };
}
