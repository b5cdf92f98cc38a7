// Cases closed (at the desk and overall) and open at month end, the closing durations, and referrals, per desa.
import { sql } from 'kysely';
import type { DbOrTrx } from '../db/database.ts';
import { FINAL_STATUSES } from '../cases/overdue.ts';
import { addDays, daysBetween, localDay } from '../../../shared/time/office-zone.ts';
import { REFERRAL_OVERDUE_DAYS } from '../../../shared/reference/destinations.ts';
import type { OfficeInfo } from '../../../shared/types/office.ts';
import type { DesaFigures, OpenReferralRow } from '../../../shared/types/reports.ts';
import { bump, OUTCOME_NONE } from './figures.ts';
import type { ReportPeriod } from './period.ts';
import type { OfficeTally } from './office-breakdown.ts';
import { caseInScope } from './scope.ts';

/**
 * Fills closed / closed at the desk / open at month end, per desa and per recording office; returns the whole-day
 * durations of the closed cases.
 */
export async function addCaseFigures(
  db: DbOrTrx,
  office: OfficeInfo,
  p: ReportPeriod,
  at: (desaCode: string) => DesaFigures,
  byOffice: OfficeTally,
): Promise<number[]> {
  const closed = await sql<{
    desa_code: string;
    office: string;
    status: string;
    received_at: string;
    closed_at: string;
  }>`
    select c.desa_code, c.origin_office_id as office, c.status, c.received_at, c.closed_at from cases c
    where c.deleted = 0 and c.closed_at >= ${p.fromIso} and c.closed_at < ${p.toIso}
      and c.status in (${sql.join(FINAL_STATUSES)}) and ${caseInScope('c', office)}`.execute(db);
  const durations: number[] = [];
  for (const r of closed.rows) {
    const f = at(r.desa_code).cases;
    f.closed += 1;
    if (r.status === 'SELESAI_DI_FO') f.closedAtDesk += 1;
    byOffice(r.office).casesClosed += 1;
    durations.push(
      daysBetween(localDay(Date.parse(r.received_at), p.zone), localDay(Date.parse(r.closed_at), p.zone)),
    );
  }

  const open = await sql<{ desa_code: string; office: string; n: number }>`
    select c.desa_code, c.origin_office_id as office, count(*) as n from cases c
    where c.deleted = 0 and c.received_at < ${p.toIso} and (c.closed_at is null or c.closed_at >= ${p.toIso})
      and ${caseInScope('c', office)}
    group by c.desa_code, c.origin_office_id`.execute(db);
  for (const r of open.rows) {
    at(r.desa_code).cases.openAtMonthEnd += Number(r.n);
    byOffice(r.office).openAtMonthEnd += Number(r.n);
  }
  return durations;
}

interface ReferralRow {
  destination: string;
  outcome: string | null;
  outcome_date: string | null;
  letter_number: string;
  letter_date: string;
  case_number: string;
  desa_code: string;
  /** The office that recorded the case (a referral counts with its case). */
  office: string;
  case_closed_at: string | null;
}

/** Fills the referral figures, per desa and per recording office; returns the open referrals older than 14 days, oldest first. */
export async function addReferralFigures(
  db: DbOrTrx,
  office: OfficeInfo,
  p: ReportPeriod,
  at: (desaCode: string) => DesaFigures,
  desaName: (code: string) => string,
  byOffice: OfficeTally,
): Promise<OpenReferralRow[]> {
  const cutoff = addDays(p.lastDay, -REFERRAL_OVERDUE_DAYS);
  const rows = await sql<ReferralRow>`
    select r.destination, r.outcome, r.outcome_date, r.letter_number, r.letter_date, c.case_number,
      c.desa_code, c.origin_office_id as office, c.closed_at as case_closed_at
    from referrals r join cases c on c.id = r.case_id
    where r.deleted = 0 and c.deleted = 0 and ${caseInScope('c', office)} and r.letter_date <= ${p.lastDay}
      and (r.letter_date >= ${p.firstDay} or r.letter_date <= ${cutoff})
    order by r.letter_date, r.letter_number`.execute(db);
  const open: OpenReferralRow[] = [];
  for (const r of rows.rows) {
    const f = at(r.desa_code).referrals;
    if (r.letter_date >= p.firstDay) {
      f.made += 1;
      byOffice(r.office).referralsMade += 1;
      bump(f.byDestination, r.destination);
      bump(f.byOutcome, r.outcome ?? OUTCOME_NONE);
    }
    const noOutcomeYet = r.outcome === null || (r.outcome_date ?? '') > p.lastDay;
    const caseOpen = r.case_closed_at === null || r.case_closed_at >= p.toIso;
    if (noOutcomeYet && caseOpen && r.letter_date <= cutoff) {
      f.openOlderThan14Days += 1;
      byOffice(r.office).openReferralsOver14 += 1;
      open.push({
        caseNumber: r.case_number,
        letterNumber: r.letter_number,
        letterDate: r.letter_date,
        destination: r.destination,
        desaName: desaName(r.desa_code),
        daysOpen: daysBetween(r.letter_date, p.lastDay),
      });
    }
  }
  return open;
}
