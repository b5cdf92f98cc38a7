// Report state (draft / final / perlu revisi), the list of finalized versions, and finalizing a month.
import type { DbOrTrx } from '../db/database.ts';
import type { MonthlyReportsTable } from '../db/tables/monthly-reports.ts';
import { CoreError } from '../errors.ts';
import type { SyncWriter } from '../sync/writer.ts';
import { canonicalJson } from '../sync/canonical-json.ts';
import type { Role } from '../../../shared/api/roles.ts';
import { localDay } from '../../../shared/time/office-zone.ts';
import type {
  MonthlyReportData,
  MonthlyReportView,
  OfficeFigures,
  ReportState,
} from '../../../shared/types/reports.ts';
import { computeMonthlyReport } from './compute.ts';
import { reportVersionId } from './ids.ts';
import { reportPeriod } from './period.ts';
import { signReport, versionInfo } from './snapshot.ts';

export async function versionRows(
  db: DbOrTrx,
  officeId: string,
  month: string,
): Promise<MonthlyReportsTable[]> {
  return db
    .selectFrom('monthly_reports')
    .selectAll()
    .where('office_id', '=', officeId)
    .where('month', '=', month)
    .where('deleted', '=', 0)
    .orderBy('version')
    .execute();
}

const GROUPS = ['served', 'cases', 'referrals'] as const;
const SECTIONS = [
  'office',
  'regionPath',
  'period',
  'openReferrals',
  'durationDays',
  'activities',
  'obstacles',
  'recommendations',
] as const;

/** The parts whose numbers or texts differ (compiledAt and compiledBy are not part of the comparison). */
export function changedSections(before: MonthlyReportData, now: MonthlyReportData): string[] {
  const same = (a: unknown, b: unknown): boolean => canonicalJson(a ?? null) === canonicalJson(b ?? null);
  const out: string[] = [];
  for (const g of GROUPS) {
    const rowsDiffer =
      before.desa.length !== now.desa.length ||
      before.desa.some((d, i) => now.desa[i]?.code !== d.code || !same(d[g], now.desa[i]?.[g]));
    if (!same(before.total[g], now.total[g]) || rowsDiffer) out.push(g);
  }
  for (const s of SECTIONS) if (!same(before[s], now[s])) out.push(s);
  // A version finalized in format 1 has no DTSEN section: it stays final for what it covered (an upgrade does not
  // turn every signed month into "perlu revisi"); from format 2 on the section is compared like the others.
  if (before.dtsen && !same(before.dtsen, now.dtsen)) out.push('dtsen');
  // The breakdown by office (format 3) splits the same cases and referrals compared above; compared from the version
  // that has it, by office and figures only: a desa Puskesos placed below the kecamatan later (a new zero row) or an
  // office renamed since does not turn a signed month into "perlu revisi".
  if (before.offices && !same(officeFiguresOf(before.offices), officeFiguresOf(now.offices)))
    out.push('offices');
  // The households in DTSEN at the month's end (format 4), compared from the version that has them.
  if (before.dtsenListed && !same(before.dtsenListed, now.dtsenListed)) out.push('dtsenListed');
  return out;
}

const officeFiguresOf = (rows: readonly OfficeFigures[] | undefined) =>
  (rows ?? [])
    .filter(
      (r) => r.casesReceived + r.casesClosed + r.openAtMonthEnd + r.referralsMade + r.openReferralsOver14 > 0,
    )
    .map(({ name: _name, relation: _relation, ...figures }) => figures);

export interface ViewOptions {
  officeId?: string;
  month: string;
  now: number;
  compiledBy: { name: string; role: Role } | null;
}

export async function monthlyReportView(db: DbOrTrx, opts: ViewOptions): Promise<MonthlyReportView> {
  const data = await computeMonthlyReport(db, opts);
  const rows = await versionRows(db, data.office.id, data.period.month);
  const versions = await Promise.all(rows.map((r) => versionInfo(db, r)));
  const latestRow = rows.at(-1);
  const latest = versions.at(-1);
  let state: ReportState = { kind: 'draft' };
  if (latestRow && latest) {
    const changed = changedSections(JSON.parse(latestRow.data_json) as MonthlyReportData, data);
    state =
      changed.length === 0
        ? { kind: 'final', version: latest }
        : { kind: 'needs_revision', version: latest, changed };
  }
  return { data, state, versions };
}

export interface FinalizeOptions {
  month: string;
  now: number;
  by: { name: string; role: Role };
  writer: SyncWriter;
  key: { publicKey: string; privateKey: string };
}

/** Signs and stores the next version of the own office's month; refused when nothing changed since the last. */
export async function finalizeMonth(db: DbOrTrx, opts: FinalizeOptions): Promise<MonthlyReportView> {
  const view = await monthlyReportView(db, { month: opts.month, now: opts.now, compiledBy: opts.by });
  const { data } = view;
  const p = reportPeriod(opts.month, data.office.regionCode);
  if (localDay(opts.now, p.zone) < p.firstDay) {
    throw new CoreError('VALIDATION', `Bulan ${opts.month} belum dimulai: laporan belum dapat difinalkan.`, {
      fields: { month: 'Bulan belum dimulai.' },
    });
  }
  if (view.state.kind === 'final') {
    throw new CoreError(
      'CONFLICT',
      `Laporan ${opts.month} sudah final (versi ${view.state.version.version}) dan angkanya tidak berubah.`,
    );
  }
  // Numbered after every version ever stored, tombstoned ones included: a version id is derived from its number,
  // so reusing the number of a deleted version would collide with its tombstone (sync trust, finding 5).
  const highest = await db
    .selectFrom('monthly_reports')
    .select((eb) => eb.fn.max('version').as('v'))
    .where('office_id', '=', data.office.id)
    .where('month', '=', opts.month)
    .executeTakeFirst();
  const version = Number(highest?.v ?? 0) + 1;
  const id = reportVersionId(data.office.id, opts.month, version);
  const finalizedAt = new Date(opts.now).toISOString();
  const snapshotData: MonthlyReportData = { ...data, compiledAt: finalizedAt, compiledBy: opts.by };
  const signed = signReport(
    snapshotData,
    { id, officeId: data.office.id, month: opts.month, version, finalizedAt, finalizedBy: opts.by },
    opts.key,
  );
  await opts.writer.insert('monthly_reports', {
    id,
    office_id: data.office.id,
    month: opts.month,
    version,
    finalized_at: finalizedAt,
    finalized_by_name: opts.by.name,
    finalized_by_role: opts.by.role,
    data_json: signed.dataJson,
    data_hash: signed.dataHash,
    signature: signed.signature,
    sign_public_key: opts.key.publicKey,
  });
  return monthlyReportView(db, { month: opts.month, now: opts.now, compiledBy: opts.by });
}

/** The stored data of one finalized version (for export), refused when its signature does not hold. */
export async function finalizedData(
  db: DbOrTrx,
  officeId: string,
  month: string,
  version: number,
): Promise<MonthlyReportData> {
  const row = (await versionRows(db, officeId, month)).find((r) => r.version === version);
  if (!row) throw new CoreError('NOT_FOUND', `Laporan ${month} versi ${version} tidak ditemukan.`);
  const info = await versionInfo(db, row);
  if (!info.signatureValid) {
    throw new CoreError(
      'CONFLICT',
      `Tanda tangan laporan ${month} versi ${version} tidak sah: data tidak diekspor.`,
    );
  }
  return JSON.parse(row.data_json) as MonthlyReportData;
}
