// dashboard.summary: today's intake, open cases by status, overdue follow-ups, open/overdue referrals, fast track.
import { sql } from 'kysely';
import type { DbOrTrx } from '../db/database.ts';
import type { CaseStatus } from '../../../shared/reference/case-status.ts';
import { addDays, startOfDay } from '../../../shared/time/office-zone.ts';
import type { DashboardSummary } from '../../../shared/types/cases.ts';
import type { OfficeClock } from './office-clock.ts';
import { FINAL_STATUSES, referralOverdueSql } from './overdue.ts';

/**
 * The statements behind Beranda's counts (exported so tests can check their plans: at Dinsos scale each
 * reads indexes only, migration 006). Days in the office's zone.
 */
export function summaryStatements(db: DbOrTrx, clock: OfficeClock) {
  const { today, zone } = clock;
  const dayStart = new Date(startOfDay(today, zone)).toISOString();
  const dayEnd = new Date(startOfDay(addDays(today, 1), zone)).toISOString();
  return {
    intake: db
      .selectFrom('cases')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('deleted', '=', 0)
      .where('received_at', '>=', dayStart)
      .where('received_at', '<', dayEnd),
    byStatus: db
      .selectFrom('cases')
      .select(['status', (eb) => eb.fn.countAll<number>().as('n')])
      .where('deleted', '=', 0)
      .where('status', 'not in', FINAL_STATUSES)
      .groupBy('status'),
    overdueFollowUps: db
      .selectFrom('follow_ups as f')
      .innerJoin('cases as c', 'c.id', 'f.case_id')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('f.deleted', '=', 0)
      .where('c.deleted', '=', 0)
      .where('f.done_date', 'is', null)
      .where('f.due_date', '<', today),
    referrals: db
      .selectFrom('referrals as r')
      .innerJoin('cases as c', 'c.id', 'r.case_id')
      .select((eb) => [
        eb.fn.countAll<number>().as('n'),
        eb.fn
          .sum<number>(sql<number>`case when ${referralOverdueSql(today)} then 1 else 0 end`)
          .as('overdue'),
      ])
      .where('r.deleted', '=', 0)
      .where('c.deleted', '=', 0)
      .where('r.status', '=', 'TERKIRIM'),
    fastTrack: db
      .selectFrom('cases')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('deleted', '=', 0)
      .where('fast_track', '=', 1)
      .where('status', 'not in', FINAL_STATUSES),
  };
}

/** Counts over the whole register (a Dinsos register includes every office's cases). */
export async function dashboardSummary(db: DbOrTrx, clock: OfficeClock): Promise<DashboardSummary> {
  const q = summaryStatements(db, clock);
  const count = (r: { n: number | string | bigint } | undefined): number => Number(r?.n ?? 0);
  const intake = await q.intake.executeTakeFirst();
  const openByStatus: Partial<Record<CaseStatus, number>> = {};
  for (const r of await q.byStatus.execute()) openByStatus[r.status as CaseStatus] = Number(r.n);
  const overdueFollowUps = await q.overdueFollowUps.executeTakeFirst();
  const referrals = await q.referrals.executeTakeFirst();
  const fastTrack = await q.fastTrack.executeTakeFirst();
  return {
    today: clock.today,
    intakeToday: count(intake),
    openByStatus,
    overdueFollowUps: count(overdueFollowUps),
    openReferrals: count(referrals),
    overdueReferrals: Number(referrals?.overdue ?? 0),
    fastTrackOpen: count(fastTrack),
  };
}
