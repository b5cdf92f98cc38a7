// Case, referral and follow-up types shared by core and renderer, camelCase.
export const CASE_KINDS = ['LAYANAN', 'KELUHAN'] as const;
export type CaseKind = (typeof CASE_KINDS)[number];
export const CASE_SUB_KINDS = ['PERTANYAAN', 'SARAN', 'PENGADUAN'] as const;
export type CaseSubKind = (typeof CASE_SUB_KINDS)[number];

/** Case statuses and the workflow rules live in shared/reference/case-status.ts. */
export { CASE_STATUS_CODES } from '../reference/case-status.ts';
export type { CaseStatus } from '../reference/case-status.ts';
import type { CaseStatus } from '../reference/case-status.ts';

export const REFERRAL_OUTCOMES = ['DITERIMA', 'DITOLAK', 'DALAM_PROSES', 'TIDAK_ADA_RESPONS'] as const;
export type ReferralOutcome = (typeof REFERRAL_OUTCOMES)[number];

export interface CaseFields {
  kind: CaseKind;
  subKind: CaseSubKind | null;
  category: string;
  subCategory: string | null;
  channel: string;
  fastTrack: boolean;
  fastTrackReason: string | null;
  beneficiaryId: string;
  reporterId: string | null;
  reporterName: string | null;
  description: string;
  assignedTo: string | null;
}

export interface CaseSummary {
  id: string;
  caseNumber: string;
  kind: CaseKind;
  subKind: CaseSubKind | null;
  category: string;
  status: CaseStatus;
  fastTrack: boolean;
  beneficiaryId: string;
  beneficiaryName: string;
  desaCode: string;
  receivedAt: string;
  closedAt: string | null;
  /** An open follow-up is past its due date. */
  overdue: boolean;
}

export interface CaseEvent {
  id: string;
  at: string;
  type: 'dibuat' | 'transisi' | 'catatan' | 'rujukan' | 'hasil_rujukan' | 'tindak_lanjut';
  fromStatus: CaseStatus | null;
  toStatus: CaseStatus | null;
  reason: string | null;
  note: string | null;
  actorName: string;
  actorRole: string;
}

export interface Referral {
  id: string;
  caseId: string;
  caseNumber: string;
  beneficiaryName: string;
  destination: string;
  letterNumber: string;
  letterDate: string;
  reason: string;
  status: 'TERKIRIM' | 'SELESAI';
  outcome: ReferralOutcome | null;
  outcomeDate: string | null;
  outcomeNote: string | null;
  /** Its follow-up is past due and no final outcome was recorded. */
  overdue: boolean;
}

export interface FollowUp {
  id: string;
  caseId: string;
  referralId: string | null;
  dueDate: string;
  doneDate: string | null;
  note: string | null;
  overdue: boolean;
}

export interface AllowedTransition {
  to: CaseStatus;
  requiresReason: boolean;
}

export interface CaseDetail extends CaseFields, CaseSummary {
  originOfficeId: string;
  reporterDisplayName: string | null;
  events: CaseEvent[];
  referrals: Referral[];
  followUps: FollowUp[];
  /** Status changes the signed-in user's role may make by hand now (DIRUJUK comes from a referral). */
  allowedTransitions: AllowedTransition[];
  /** The signed-in user may create a referral letter for the case now (which moves it to DIRUJUK). */
  canRefer: boolean;
  /** The koordinator's latest penetapan: the decision text, who and when (null before it, or for old cases). */
  decision: CaseDecision | null;
}

export interface CaseDecision {
  text: string;
  at: string;
  actorName: string;
}

export interface DashboardSummary {
  today: string;
  intakeToday: number;
  openByStatus: Partial<Record<CaseStatus, number>>;
  overdueFollowUps: number;
  openReferrals: number;
  overdueReferrals: number;
  fastTrackOpen: number;
}

/** A generated document, base64 so it crosses IPC and HTTP as plain JSON. */
export interface GeneratedFile {
  fileName: string;
  mime: 'application/pdf' | 'application/json';
  base64: string;
}
