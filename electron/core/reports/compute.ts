// The monthly report of an office: every figure of MonthlyReportData, by set-based queries over its register.
import type { DbOrTrx } from '../db/database.ts';
import type { Role } from '../../../shared/api/roles.ts';
import { MONTHLY_FORMAT, type DesaFigures, type MonthlyReportData } from '../../../shared/types/reports.ts';
import { listActivities, getMonthNotes } from './activities.ts';
import { addCaseFigures, addReferralFigures } from './case-figures.ts';
import { computeDtsen } from './dtsen.ts';
import { computeDtsenListed } from './dtsen-listed.ts';
import { addInto, durationStats, emptyFigures } from './figures.ts';
import { officeBreakdown, officeTally } from './office-breakdown.ts';
import { reportPeriod } from './period.ts';
import { reportScope } from './scope.ts';
import { addServedFigures } from './served.ts';

export const TOTAL_CODE = 'total';

export interface ComputeOptions {
  /** Default: this installation's own office. At Dinsos: an enrolled office, from the merged register. */
  officeId?: string;
  month: string;
  /** Wall clock in ms (compiledAt). */
  now: number;
  compiledBy: { name: string; role: Role } | null;
}

export async function computeMonthlyReport(db: DbOrTrx, opts: ComputeOptions): Promise<MonthlyReportData> {
  const { office, desa } = await reportScope(db, opts.officeId);
  const p = reportPeriod(opts.month, office.regionCode);

  const rows = new Map<string, DesaFigures>(desa.map((d) => [d.code, emptyFigures(d.code, d.name)]));
  const at = (code: string): DesaFigures => {
    let f = rows.get(code);
    if (!f) {
      // A desa code outside the official list (kept as typed): a row of its own rather than lost numbers.
      f = emptyFigures(code, code);
      rows.set(code, f);
    }
    return f;
  };
  const nameOf = (code: string): string => rows.get(code)?.name ?? code;

  const tally = officeTally();
  await addServedFigures(db, office, p, at, tally.at);
  const durations = await addCaseFigures(db, office, p, at, tally.at);
  const openReferrals = await addReferralFigures(db, office, p, at, nameOf, tally.at);
  const offices = await officeBreakdown(db, office, tally.rows);

  const desaRows = [...rows.values()].sort((a, b) => a.code.localeCompare(b.code));
  const total = emptyFigures(TOTAL_CODE, 'Jumlah');
  for (const d of desaRows) addInto(total, d);

  const notes = await getMonthNotes(db, office.id, p.month);
  const regionName = office.regionPath.at(-1)?.name ?? office.regionCode;
  return {
    format: MONTHLY_FORMAT,
    office: {
      id: office.id,
      type: office.type,
      name: office.name,
      regionCode: office.regionCode,
      regionName,
      address: office.address,
    },
    // The parents above the office; a desa office keeps its kecamatan (its report is signed by the Camat).
    regionPath: office.regionPath
      .filter(
        (r) =>
          r.level === 'provinsi' ||
          r.level === 'kabkota' ||
          (office.type === 'desa' && r.level === 'kecamatan'),
      )
      .map((r) => ({ code: r.code, name: r.name })),
    period: { month: p.month, firstDay: p.firstDay, lastDay: p.lastDay, zone: p.zone },
    compiledAt: new Date(opts.now).toISOString(),
    compiledBy: opts.compiledBy,
    desa: desaRows,
    total,
    openReferrals,
    durationDays: { closedCases: durations.length, ...durationStats(durations) },
    activities: await listActivities(db, office.id, p.month, office.regionCode),
    obstacles: notes.obstacles,
    recommendations: notes.recommendations,
    dtsen: await computeDtsen(db, office, p, desa),
    // Format 3 on, and only where the report covers more than one office's cases.
    ...(offices ? { offices } : {}),
    // Format 4 on.
    dtsenListed: await computeDtsenListed(db, office, p, desa),
  };
}
