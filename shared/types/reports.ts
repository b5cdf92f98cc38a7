// The monthly report, activity log and Dinsos recap as data: what the JSON export holds and XLSX, PDF and the screen render.
import type { OfficeType, Role } from '../api/roles.ts';

/*
 * Definitions (every number below follows them; the report test recomputes them with plain loops):
 * - The period is a calendar month `YYYY-MM` in the office's time zone (shared/time/office-zone.ts);
 *   a timestamp belongs to the month when its local day (localDay) falls inside it.
 * - The office's register for the report: cases whose desa_code lies inside the office's region
 *   (a kecamatan office: its desa; a desa office: itself), not deleted. Persons are counted through
 *   those cases.
 * - Contacts: cases received in the month (one visit or report = one contact), per desa by the case's desa_code.
 *   Residents served: distinct beneficiaries of those cases.
 *   New: a served person with no earlier case (received before the month) in the register; else returning.
 * - Person breakdowns use the person's own data: sex (L/P), age in whole years on the last day of
 *   the month (groups below; no birth date → 'tidak_diketahui'), disability (disability_types not
 *   empty), PPKS categories of the person's active assignments (a person may count in several).
 *   Per desa: the desa of the person's first case in the month (earliest received_at, then id).
 * - Cases per desa use the case's desa_code. Received: received_at in the month. Closed at the desk:
 *   status SELESAI_DI_FO and closed_at in the month. Closed: any final status with closed_at in the
 *   month (includes the desk closures). Open at month end: received on or before the last day and not
 *   closed by then (closed_at null or after the month).
 * - Referrals: letter_date in the month, by destination and by current outcome ('belum' when none).
 *   Open referrals older than 14 days: no outcome yet (or outcome recorded after the month), its case
 *   not closed by the month's end (closing a case closes its referrals), letter on or before
 *   (last day − 14 days); whatever month the letter is from. Per desa through the referral's case;
 *   daysOpen = last day − letter date.
 * - A desa code inside the region but off the official list, with any figure, gets a row of its own
 *   (name = code); rows are in code order.
 * - Duration: whole days from received_at's local day to closed_at's local day, over cases closed in
 *   the month; median = mean of the two middle values for an even count; p90 = nearest rank
 *   (ceil(0.9·n)-th smallest). Both null when no case closed.
 * - By office (format 3, `offices`): the same cases and referrals by the office that recorded the case (its
 *   origin office; a referral counts with its case). Only in a kecamatan office's report that has a desa
 *   Puskesos below it in the office tree, or cases of its region recorded by another office: a row for the
 *   kecamatan office, one per desa Puskesos below it (zero rows included), then any other office with a figure.
 *   The rows add up to the total.
 * - Recap (Dinsos): per enrolled kecamatan/desa office (active key), its highest version whose signature
 *   checks against that office's trusted key. tepat_waktu when finalizedAt ≤ deadline = day D (setting,
 *   default 10) of the next month, 23:59:59.999 in the office's zone; else terlambat; none: belum (and
 *   listed in `missing`). receivedAt = when the first bundle carrying it was imported, when known.
 *   A desa Puskesos placed under a kecamatan in Dinsos's tree is inside that kecamatan's report (which counts
 *   its region's cases, the desa's included): its row is listed but not added to the total, unless the
 *   kecamatan has no valid version for the month (then the desa's own figures count, so none is lost).
 */

export const AGE_GROUPS = ['0-5', '6-17', '18-59', '60+', 'tidak_diketahui'] as const;
export type AgeGroup = (typeof AGE_GROUPS)[number];

export const ACTIVITY_TYPES = [
  'penjangkauan',
  'kunjungan_rumah',
  'musdes',
  'pendampingan_program',
  'rapat_koordinasi',
  'tanggap_bencana',
  'pelatihan',
  'lainnya',
] as const;
export type ActivityType = (typeof ACTIVITY_TYPES)[number];

/** One entry of the TKSK activity log (synced table `tksk_activities`). */
export interface ActivityEntry {
  id: string;
  /** Local day YYYY-MM-DD. */
  date: string;
  type: ActivityType;
  desaCode: string | null;
  desaName: string | null;
  targetGroup: string;
  result: string;
  note: string | null;
  authorName: string;
}

/** A count per code of a reference list (codes with zero are included so tables keep their rows). */
export type Counts = Record<string, number>;

/** The same set of figures for one desa and for the whole office (the `total` column). */
export interface ServedFigures {
  persons: number;
  contacts: number;
  newPersons: number;
  returningPersons: number;
  bySex: { L: number; P: number };
  byAgeGroup: Record<AgeGroup, number>;
  withDisability: number;
  /** PPKS category code → persons. */
  byPpks: Counts;
}

export interface CaseFigures {
  received: number;
  closedAtDesk: number;
  closed: number;
  openAtMonthEnd: number;
  /** CASE_KINDS code → cases received. */
  receivedByKind: Counts;
  /** COMPLAINT_CATEGORIES code → cases received. */
  receivedByCategory: Counts;
}

export interface ReferralFigures {
  made: number;
  /** DESTINATIONS code → referrals made in the month. */
  byDestination: Counts;
  /** REFERRAL_OUTCOMES code or 'belum' → referrals made in the month. */
  byOutcome: Counts;
  openOlderThan14Days: number;
}

export interface DesaFigures {
  /** Desa code, or 'total' for the office. */
  code: string;
  name: string;
  served: ServedFigures;
  cases: CaseFigures;
  referrals: ReferralFigures;
}

export interface OpenReferralRow {
  caseNumber: string;
  letterNumber: string;
  letterDate: string;
  destination: string;
  desaName: string;
  daysOpen: number;
}

/**
 * The monthly report's data formats: 2 added the DTSEN section (`dtsen`), 3 the breakdown by office (`offices`),
 * 4 the households in DTSEN at the month's end by desil band (`dtsenListed`).
 * Versions finalized in an older format stay as they were signed and are still rendered (without the later
 * sections); new reports are computed in the newest format.
 */
export const MONTHLY_FORMATS = [
  'puskesos-laporan-bulanan/1',
  'puskesos-laporan-bulanan/2',
  'puskesos-laporan-bulanan/3',
  'puskesos-laporan-bulanan/4',
] as const;
export type MonthlyFormat = (typeof MONTHLY_FORMATS)[number];
export const MONTHLY_FORMAT: MonthlyFormat = 'puskesos-laporan-bulanan/4';

/** How an office of the breakdown stands to the report's office. */
export type OfficeRelation = 'self' | 'below' | 'other';

/** The report's cases and referrals recorded by one office (format 3; definitions above, "By office"). */
export interface OfficeFigures {
  officeId: string;
  /** As the office's row (else its trusted key) names it; its id when this register knows neither. */
  name: string;
  /** self: the report's office; below: a desa Puskesos below it in the tree; other: any other office. */
  relation: OfficeRelation;
  casesReceived: number;
  casesClosed: number;
  openAtMonthEnd: number;
  referralsMade: number;
  openReferralsOver14: number;
}

/*
 * DTSEN proposals in the month (format 2), per desa of the proposal (its household's desa) and in total:
 * - made: proposals whose proposed_at falls in the month;
 * - sessions: musdes, muskel and SPTJM of the desa held (held_on) in the month;
 * - the step counts (approved / rejected by the musdes, sent to Dinsos, returned, accepted / refused in the
 *   national result, withdrawn): proposals with such a step taken (`at`) in the month that moved them (a step
 *   that lost to a concurrent one does not count; a proposal sent twice in a month counts once);
 * - openAtMonthEnd: proposals made by the month's end and not in a final state at the month's end (the steps
 *   taken by then replayed);
 * - byKindAndState: the month's proposals (made in the month, or made before it and still open at its start)
 *   by kind and their state at the month's end.
 */
export interface DtsenFigures {
  /** Desa code, or 'total' for the office. */
  code: string;
  name: string;
  made: number;
  sessions: number;
  approvedAtMusdes: number;
  rejectedAtMusdes: number;
  sent: number;
  returned: number;
  accepted: number;
  refused: number;
  withdrawn: number;
  openAtMonthEnd: number;
}

export interface DtsenSection {
  /** One entry per desa of the office (zero rows included), like `desa` above. */
  desa: DtsenFigures[];
  total: DtsenFigures;
  /** USULAN_KINDS code → USULAN_STATES code → proposals. */
  byKindAndState: Record<string, Counts>;
}

/*
 * Households in DTSEN on the month's last day (format 4; reports/dtsen-listed.ts), per desa of the household (its
 * current desa) and in total, by desil band (DESIL_BANDS: 1–4 PKH, 5 Sembako and PBI-JK, 6–10, listed without a
 * desil). Each household's standing is the entry of its DTSEN history in force that day (usulan/dtsen-timeline.ts,
 * the rule the household page shows): an accepted national result from its effective date (a result effective
 * after the month's end does not count yet; an accepted usul keluar takes the household out), the register's value
 * from the registration day, or from the day its DTSEN desil or ID was last typed by hand. A household whose only
 * known entries begin after that day (its earlier value overwritten) is not counted.
 */
export interface DtsenListedFigures {
  /** Desa code, or 'total' for the office. */
  code: string;
  name: string;
  desil1to4: number;
  desil5: number;
  desil6to10: number;
  desilUnknown: number;
  /** All four bands. */
  listed: number;
}

export interface DtsenListedSection {
  /** The day counted (the month's last day). */
  day: string;
  /** One entry per desa of the office (zero rows included), like `desa` above. */
  desa: DtsenListedFigures[];
  total: DtsenListedFigures;
}

export interface MonthlyReportData {
  format: MonthlyFormat;
  office: {
    id: string;
    type: OfficeType;
    name: string;
    regionCode: string;
    regionName: string;
    address: string;
  };
  /** Kabupaten/kota and province names for the letterhead. */
  regionPath: { code: string; name: string }[];
  period: { month: string; firstDay: string; lastDay: string; zone: string };
  compiledAt: string;
  compiledBy: { name: string; role: Role } | null;
  /** One entry per desa of the office (all of them, zero rows included), then the total. */
  desa: DesaFigures[];
  total: DesaFigures;
  openReferrals: OpenReferralRow[];
  durationDays: { closedCases: number; median: number | null; p90: number | null };
  activities: ActivityEntry[];
  obstacles: string;
  recommendations: string;
  /** Format 2 on: the DTSEN proposals of the month. Absent in a version finalized in format 1. */
  dtsen?: DtsenSection;
  /** Format 3 on, a kecamatan with a desa Puskesos below it (or another office's cases): the figures by office. */
  offices?: OfficeFigures[];
  /** Format 4 on: the households in DTSEN at the month's end by desil band. */
  dtsenListed?: DtsenListedSection;
}

/** A finalized, signed snapshot of a month (synced table `monthly_reports`). */
export interface ReportVersionInfo {
  id: string;
  officeId: string;
  month: string;
  version: number;
  finalizedAt: string;
  finalizedBy: { name: string; role: Role };
  /** Hex SHA-256 of the canonical JSON of `data`. */
  dataHash: string;
  signatureValid: boolean;
}

export type ReportState =
  | { kind: 'draft' }
  | { kind: 'final'; version: ReportVersionInfo }
  /** Finalized, but the register now gives different numbers: "perlu revisi". */
  | { kind: 'needs_revision'; version: ReportVersionInfo; changed: string[] };

export interface MonthlyReportView {
  data: MonthlyReportData;
  state: ReportState;
  versions: ReportVersionInfo[];
}

export interface RecapRow {
  officeId: string;
  officeName: string;
  regionCode: string;
  status: 'tepat_waktu' | 'terlambat' | 'belum';
  version: number | null;
  finalizedAt: string | null;
  receivedAt: string | null;
  /** A desa Puskesos placed under a kecamatan in Dinsos's tree: that kecamatan office; otherwise null. */
  upstreamId: string | null;
  /** A kecamatan office: how many desa Puskesos sit under it in the tree (their cases are in its report). */
  desaOffices: number;
  /** Whether the row's totals are added into the kabupaten total (false: already inside its kecamatan's). */
  counted: boolean;
  totals: {
    persons: number;
    contacts: number;
    casesReceived: number;
    casesClosed: number;
    referrals: number;
    openReferralsOver14: number;
  } | null;
}

/**
 * The recap's DTSEN section: the counted offices' signed DTSEN figures (their monthly report's `dtsen.total` and
 * `byKindAndState`) and their sum. A counted version finalized before the section existed (format 1) adds nothing
 * and is counted in `withoutSection`.
 */
export interface RecapDtsen {
  offices: { officeId: string; officeName: string; regionCode: string; figures: DtsenFigures }[];
  total: DtsenFigures;
  /** USULAN_KINDS code → USULAN_STATES code → proposals, summed over the offices. */
  byKindAndState: Record<string, Counts>;
  withoutSection: number;
  /**
   * Recap format 4: the households in DTSEN at the month's end of each counted version that has them (monthly format
   * 4 on) and their sum; a counted version signed before them adds nothing and is counted in `withoutSection`.
   */
  listed: {
    offices: { officeId: string; officeName: string; regionCode: string; figures: DtsenListedFigures }[];
    total: DtsenListedFigures;
    withoutSection: number;
  };
}

export interface RecapData {
  /**
   * 2: rows of desa Puskesos under a kecamatan (`upstreamId`, `desaOffices`, `counted`); 3: `dtsen`; 4:
   * `dtsen.listed`.
   */
  format: 'puskesos-rekap-dinsos/4';
  office: { id: string; name: string; regionCode: string; regionName: string };
  period: { month: string; deadline: string };
  compiledAt: string;
  rows: RecapRow[];
  /**
   * The counted rows' figures summed, except persons: a resident served at two offices (linked) counts once. A desa
   * Puskesos inside its kecamatan's report is not added again.
   */
  totals: NonNullable<RecapRow['totals']>;
  /** Residents in two or more offices' signed figures, linked by Dinsos: left out of the total once each. */
  linkedOverlap: number;
  missing: { officeId: string; officeName: string; regionCode: string }[];
  /** Format 3 on: the DTSEN proposals of the month summed over the counted offices. */
  dtsen: RecapDtsen;
}

/** A generated report or list file (XLSX, PDF, CSV or the JSON a report renders), as the renderer saves it. */
export interface ReportFile {
  fileName: string;
  mime:
    | 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
    | 'application/pdf'
    | 'application/json'
    | 'text/csv';
  base64: string;
}

export type ReportFormat = 'xlsx' | 'pdf' | 'json';

/** What a report export operation ends with: the file, or null when it was cancelled before it was written. */
export interface ReportExportRun {
  file: ReportFile | null;
}

/** Dinsos's report settings (local settings table). */
export interface ReportSettings {
  /** Reports are due on this day of the next month, 23:59:59 in the office's zone (1–28, default 10). */
  deadlineDay: number;
}
