// dashboard.charts: cases received/closed per month (12 months), referrals by destination × outcome, PPKS persons and overdue cases by area.
import { sql } from 'kysely';
import type { DbOrTrx } from '../db/database.ts';
import { regionIndex } from '../regions/regions.ts';
import { zoneOffsetMs } from '../../../shared/time/office-zone.ts';
import type {
  AreaCount,
  CasesMonth,
  DashboardCharts,
  ReferralCell,
} from '../../../shared/types/dashboard-charts.ts';
import type { OfficeClock } from './office-clock.ts';
import { monthRange, monthsBefore } from './month-range.ts';
import { sqlFor } from '../storage/sql-for.ts';

/*
 * Every count uses the rule of the list its chart links to, so a bar and the filtered list agree:
 * months → cases.search receivedMonth / closedMonth; referrals → referrals.search filter 'all' with
 * destination and outcome; PPKS → persons.search desaCode + ppksAny; overdue → cases.search desaCode +
 * overdue. Areas are the desa of a kecamatan or desa office, and the kecamatan of a Dinsos (kabupaten) office.
 */

const MONTHS = 12;

/** The area a desa code counts under: the desa itself, or its kecamatan for a kabupaten-level office. */
const areaSql = (column: string, level: 'desa' | 'kecamatan') =>
  level === 'desa' ? sql.ref(column) : sql`substr(${sql.ref(column)}, 1, 8)`;

async function namedAreas(
  rows: { code: string | null; n: number | string | bigint }[],
): Promise<AreaCount[]> {
  const idx = await regionIndex();
  return rows
    .filter((r) => r.code)
    .map((r) => ({
      code: r.code ?? '',
      name: idx.byCode.get(r.code ?? '')?.name ?? r.code ?? '',
      count: Number(r.n),
    }))
    .filter((r) => r.count > 0)
    .sort((a, b) => b.count - a.count || a.code.localeCompare(b.code));
}

async function casesPerMonth(db: DbOrTrx, clock: OfficeClock): Promise<CasesMonth[]> {
  const current = clock.today.slice(0, 7);
  const months = Array.from({ length: MONTHS }, (_, i) => monthsBefore(current, MONTHS - 1 - i));
  const from = monthRange(months[0] ?? current, clock.zone).from;
  // Indonesian zones keep one UTC offset all year, so the local month is the UTC instant shifted by it
  // (counted in SQL: a large register has tens of thousands of cases in a year).
  const shiftMinutes = Math.round(zoneOffsetMs(clock.now, clock.zone) / 60_000);
  const d = sqlFor(db);
  const perMonth = async (column: 'received_at' | 'closed_at'): Promise<Map<string, number>> => {
    const rows = await db
      .selectFrom('cases')
      .select([d.localMonth(column, shiftMinutes).as('month'), (eb) => eb.fn.countAll<number>().as('n')])
      .where('deleted', '=', 0)
      .where(column, '>=', from)
      .groupBy('month')
      .execute();
    return new Map(rows.map((r) => [r.month, Number(r.n)]));
  };
  const received = await perMonth('received_at');
  const closed = await perMonth('closed_at');
  return months.map((month) => ({
    month,
    received: received.get(month) ?? 0,
    closed: closed.get(month) ?? 0,
  }));
}

async function referralCells(db: DbOrTrx): Promise<ReferralCell[]> {
  const rows = await db
    .selectFrom('referrals as r')
    .innerJoin('cases as c', 'c.id', 'r.case_id')
    .select([
      'r.destination',
      sql<string>`coalesce(r.outcome, 'belum')`.as('outcome'),
      (eb) => eb.fn.countAll<number>().as('n'),
    ])
    .where('r.deleted', '=', 0)
    .where('c.deleted', '=', 0)
    .groupBy(['r.destination', sql`coalesce(r.outcome, 'belum')`])
    .execute();
  return rows
    .map((r) => ({ destination: r.destination, outcome: r.outcome, count: Number(r.n) }))
    .sort((a, b) => a.destination.localeCompare(b.destination) || a.outcome.localeCompare(b.outcome));
}

export async function dashboardCharts(db: DbOrTrx, clock: OfficeClock): Promise<DashboardCharts> {
  const areaLevel = clock.regionCode.split('.').length <= 2 ? 'kecamatan' : 'desa';

  const ppks = await db
    .selectFrom('persons as p')
    .select([areaSql('p.desa_code', areaLevel).as('code'), (eb) => eb.fn.countAll<number>().as('n')])
    .where('p.deleted', '=', 0)
    .where(sql<boolean>`p.id in (select person_id from ppks_assignments where active = 1 and deleted = 0)`)
    // A record linked by a 'sama' decision to a primary record that is counted here counts once (at Dinsos).
    .where(
      sql<boolean>`not exists (select 1 from duplicate_decisions d
        join persons q on q.id = d.primary_person_id and q.deleted = 0
        where d.decision = 'sama' and d.undone = 0 and d.deleted = 0 and d.primary_person_id <> p.id
          and (d.person_a = p.id or d.person_b = p.id)
          and q.id in (select person_id from ppks_assignments where active = 1 and deleted = 0))`,
    )
    .groupBy('code')
    .execute();

  // The overdue rule of overdue.ts (an open follow-up due before today), read from the follow-up side so
  // SQLite walks follow_ups_due once instead of probing it per case (1 s → 10 ms on 10,000 cases).
  const overdue = await db
    .selectFrom('follow_ups as f')
    .innerJoin('cases as c', 'c.id', 'f.case_id')
    .select([areaSql('c.desa_code', areaLevel).as('code'), sql<number>`count(distinct c.id)`.as('n')])
    .where('f.deleted', '=', 0)
    .where('f.done_date', 'is', null)
    .where('f.due_date', '<', clock.today)
    .where('c.deleted', '=', 0)
    .groupBy('code')
    .execute();

  return {
    today: clock.today,
    areaLevel,
    months: await casesPerMonth(db, clock),
    referrals: await referralCells(db),
    ppksByArea: await namedAreas(ppks as { code: string | null; n: number }[]),
    overdueByArea: await namedAreas(overdue as { code: string | null; n: number }[]),
  };
}
