// dashboard.charts: cases received/closed per month (12 months), referrals by destination × outcome, PPKS persons and overdue cases by area.
import { sql } from 'kysely';
import type { DbOrTrx } from '../db/database.ts';
import { regionIndex } from '../regions/regions.ts';
import { localDay } from '../../../shared/time/office-zone.ts';
import type {
  AreaCount,
  CasesMonth,
  DashboardCharts,
  ReferralCell,
} from '../../../shared/types/dashboard-charts.ts';
import type { OfficeClock } from './office-clock.ts';
import { monthRange, monthsBefore } from './month-range.ts';
import { caseOverdueSql } from './overdue.ts';

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
  const byMonth = new Map<string, CasesMonth>(
    months.map((month) => [month, { month, received: 0, closed: 0 }]),
  );
  const rows = await db
    .selectFrom('cases')
    .select(['received_at', 'closed_at'])
    .where('deleted', '=', 0)
    .where((eb) => eb.or([eb('received_at', '>=', from), eb('closed_at', '>=', from)]))
    .execute();
  for (const r of rows) {
    const received = byMonth.get(localDay(Date.parse(r.received_at), clock.zone).slice(0, 7));
    if (received) received.received += 1;
    if (r.closed_at) {
      const closed = byMonth.get(localDay(Date.parse(r.closed_at), clock.zone).slice(0, 7));
      if (closed) closed.closed += 1;
    }
  }
  return months.map((m) => byMonth.get(m) ?? { month: m, received: 0, closed: 0 });
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
    .groupBy('code')
    .execute();

  const overdue = await db
    .selectFrom('cases as c')
    .select([areaSql('c.desa_code', areaLevel).as('code'), (eb) => eb.fn.countAll<number>().as('n')])
    .where('c.deleted', '=', 0)
    .where(caseOverdueSql(clock.today))
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
