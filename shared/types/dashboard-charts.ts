// The Beranda charts' data (dashboard.charts): cases per month, referrals by destination and outcome, PPKS and overdue by area.

/** A referral outcome code, or 'belum' while none has been recorded. */
export type ReferralOutcomeOrNone = string;

export interface CasesMonth {
  /** YYYY-MM in the office's zone. */
  month: string;
  /** Cases received that month (received_at's local day inside it). */
  received: number;
  /** Cases that reached a final status that month (closed_at's local day inside it). */
  closed: number;
}

export interface ReferralCell {
  /** DESTINATIONS code. */
  destination: string;
  /** REFERRAL_OUTCOMES code or 'belum'. */
  outcome: ReferralOutcomeOrNone;
  count: number;
}

export interface AreaCount {
  /** A desa code (kecamatan and desa offices) or a kecamatan code (Dinsos). */
  code: string;
  name: string;
  count: number;
}

export interface DashboardCharts {
  /** The office's calendar day. */
  today: string;
  /** Whether areas are desa (kecamatan/desa office) or kecamatan (Dinsos). */
  areaLevel: 'desa' | 'kecamatan';
  /** The last 12 months, oldest first, ending with the current month. */
  months: CasesMonth[];
  /** Every referral of the register (not deleted), by destination and current outcome; non-zero cells. */
  referrals: ReferralCell[];
  /** Persons with at least one active PPKS assignment, by the person's area; largest first. */
  ppksByArea: AreaCount[];
  /** Cases with an overdue follow-up (the same rule as Layanan's "terlambat" filter), by the case's area. */
  overdueByArea: AreaCount[];
}
