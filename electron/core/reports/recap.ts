// The Dinsos recap of a month: per enrolled office its latest validly signed version, on time or late, totals.
import type { DbOrTrx } from '../db/database.ts';
import type { MonthlyReportsTable } from '../db/tables/monthly-reports.ts';
import { CoreError } from '../errors.ts';
import { getOwnOffice } from '../office/office-repo.ts';
import type { MonthlyReportData, RecapData, RecapRow } from '../../../shared/types/reports.ts';
import { reportDeadline, reportPeriod } from './period.ts';
import { getReportSettings } from './settings.ts';
import { verifyReportRow } from './snapshot.ts';
import { linkedOverlap } from './recap-overlap.ts';
import { recapDtsen } from './recap-dtsen.ts';

export const RECAP_FORMAT: RecapData['format'] = 'puskesos-rekap-dinsos/4';

type Totals = NonNullable<RecapRow['totals']>;

const zeroTotals = (): Totals => ({
  persons: 0,
  contacts: 0,
  casesReceived: 0,
  casesClosed: 0,
  referrals: 0,
  openReferralsOver14: 0,
});

const totalsOf = (d: MonthlyReportData): Totals => ({
  persons: d.total.served.persons,
  contacts: d.total.served.contacts,
  casesReceived: d.total.cases.received,
  casesClosed: d.total.cases.closed,
  referrals: d.total.referrals.made,
  openReferralsOver14: d.total.referrals.openOlderThan14Days,
});

interface EnrolledOffice {
  officeId: string;
  officeName: string;
  regionCode: string;
}

/** Offices Dinsos enrolled (a kecamatan or desa with an active key), named as their own offices row says. */
async function enrolledOffices(db: DbOrTrx): Promise<EnrolledOffice[]> {
  const rows = await db
    .selectFrom('trusted_keys as k')
    .leftJoin('offices as o', 'o.id', 'k.office_id')
    .select(['k.office_id', 'k.name as key_name', 'k.region_code as key_region', 'o.name', 'o.region_code'])
    .where('k.status', '=', 'active')
    .where('k.office_type', 'in', ['kecamatan', 'desa'])
    .execute();
  const byId = new Map<string, EnrolledOffice>();
  for (const r of rows) {
    byId.set(r.office_id, {
      officeId: r.office_id,
      officeName: r.name ?? r.key_name,
      regionCode: r.region_code ?? r.key_region,
    });
  }
  return [...byId.values()].sort(
    (a, b) => a.regionCode.localeCompare(b.regionCode) || a.officeName.localeCompare(b.officeName),
  );
}

/** Dinsos's tree: each desa Puskesos placed under a kecamatan office, with that office (docs/network-tree.md). */
async function treeLinks(db: DbOrTrx): Promise<Map<string, string>> {
  const links = await db.selectFrom('office_tree').select(['office_id', 'upstream_office_id']).execute();
  return new Map(links.map((l) => [l.office_id, l.upstream_office_id]));
}

/**
 * When the version reached Dinsos: the first applied bundle from the office written (its header's createdAt =
 * received_at + clock_skew_ms, on the sender's clock like finalized_at) at or after the finalization and
 * carrying monthly_reports rows. Null when unknown (e.g. a register copied rather than synced).
 */
async function receivedAtOf(db: DbOrTrx, r: MonthlyReportsTable): Promise<string | null> {
  const bundles = await db
    .selectFrom('bundles_in')
    .select(['received_at', 'clock_skew_ms', 'counts'])
    .where('sender_office_id', '=', r.office_id)
    .where('status', '=', 'applied')
    .orderBy('received_at')
    .execute();
  const finalizedMs = Date.parse(r.finalized_at);
  for (const b of bundles) {
    const createdMs = Date.parse(b.received_at) + (b.clock_skew_ms ?? 0);
    let carried: boolean;
    try {
      carried = Number((JSON.parse(b.counts ?? '{}') as Record<string, unknown>).monthly_reports ?? 0) > 0;
    } catch {
      carried = true;
    }
    if (carried && createdMs >= finalizedMs) return b.received_at;
  }
  return null;
}

export async function computeRecap(db: DbOrTrx, month: string, now: number): Promise<RecapData> {
  const own = await getOwnOffice(db);
  if (!own) throw new CoreError('SETUP_REQUIRED', 'Kantor belum disiapkan.');
  if (own.type !== 'dinsos') {
    throw new CoreError('FORBIDDEN', 'Rekap laporan bulanan hanya tersedia di kantor Dinas Sosial.');
  }
  reportPeriod(month, own.regionCode);
  const { deadlineDay } = await getReportSettings(db);
  const offices = await enrolledOffices(db);
  const reports = await db
    .selectFrom('monthly_reports')
    .selectAll()
    .where('month', '=', month)
    .where('deleted', '=', 0)
    .orderBy('version', 'desc')
    .execute();

  const upstreamOf = await treeLinks(db);
  const desaBelow = (kecamatanId: string): number =>
    offices.filter((d) => upstreamOf.get(d.officeId) === kecamatanId).length;
  const rows: RecapRow[] = [];
  const signed = new Map<string, MonthlyReportData>();
  for (const o of offices) {
    const place = {
      upstreamId: upstreamOf.get(o.officeId) ?? null,
      desaOffices: desaBelow(o.officeId),
      counted: true,
    };
    let latest: MonthlyReportsTable | null = null;
    for (const r of reports) {
      if (r.office_id !== o.officeId) continue;
      if (await verifyReportRow(db, r)) {
        latest = r;
        break;
      }
    }
    if (!latest) {
      rows.push({
        ...o,
        ...place,
        status: 'belum',
        version: null,
        finalizedAt: null,
        receivedAt: null,
        totals: null,
      });
      continue;
    }
    const deadline = reportDeadline(month, o.regionCode, deadlineDay);
    const data = JSON.parse(latest.data_json) as MonthlyReportData;
    signed.set(o.officeId, data);
    const t = totalsOf(data);
    rows.push({
      ...o,
      ...place,
      status: Date.parse(latest.finalized_at) <= Date.parse(deadline) ? 'tepat_waktu' : 'terlambat',
      version: latest.version,
      finalizedAt: latest.finalized_at,
      receivedAt: await receivedAtOf(db, latest),
      totals: t,
    });
  }
  // A desa Puskesos under a kecamatan is inside that kecamatan's report (its region's cases): added once, there.
  // While the kecamatan has no valid version, the desa's own figures count instead, so none is lost.
  const reportedIds = new Set(rows.filter((r) => r.status !== 'belum').map((r) => r.officeId));
  for (const r of rows) r.counted = r.upstreamId === null || !reportedIds.has(r.upstreamId);
  const counted = rows.filter((r) => r.counted && r.status !== 'belum');
  const totals = zeroTotals();
  for (const r of counted)
    for (const k of Object.keys(totals) as (keyof Totals)[]) totals[k] += r.totals?.[k] ?? 0;
  // A resident served at two reporting offices is in both signed figures: the total counts them once.
  const overlap = await linkedOverlap(db, month, counted);
  totals.persons -= overlap;
  return {
    format: RECAP_FORMAT,
    office: {
      id: own.id,
      name: own.name,
      regionCode: own.regionCode,
      regionName: own.regionPath.at(-1)?.name ?? own.regionCode,
    },
    period: { month, deadline: reportDeadline(month, own.regionCode, deadlineDay) },
    compiledAt: new Date(now).toISOString(),
    rows,
    totals,
    linkedOverlap: overlap,
    missing: rows
      .filter((r) => r.status === 'belum')
      .map((r) => ({ officeId: r.officeId, officeName: r.officeName, regionCode: r.regionCode })),
    dtsen: recapDtsen(counted, signed),
  };
}
