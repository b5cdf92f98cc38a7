// Types of duplicate candidates at Dinsos: reasons, the candidate pair as lists show it, and a scan's counts.
import type { CaseStatus } from '../reference/case-status.ts';

/** Why a pair is proposed; each reason carries its Indonesian label ("NIK sama", "nama mirip 0,93"). */
export const DUPLICATE_REASONS = [
  'nik_sama',
  'nik_satu_digit',
  'nama_sama',
  'nama_mirip',
  'tanggal_lahir_sama',
  'tanggal_lahir_beda_tahun',
  'tanggal_lahir_tertukar',
  'desa_sama',
  'satu_kk',
] as const;
export type DuplicateReasonCode = (typeof DUPLICATE_REASONS)[number];

/** How counts per reason are headed (a reason's own label may carry a figure: "nama mirip 0,93"). */
export const DUPLICATE_REASON_LABELS: Record<DuplicateReasonCode, string> = {
  nik_sama: 'NIK sama',
  nik_satu_digit: 'NIK beda satu digit',
  nama_sama: 'nama sama',
  nama_mirip: 'nama mirip',
  tanggal_lahir_sama: 'tanggal lahir sama',
  tanggal_lahir_beda_tahun: 'tanggal dan bulan lahir sama, tahun beda satu',
  tanggal_lahir_tertukar: 'tanggal dan bulan lahir tertukar',
  desa_sama: 'desa sama',
  satu_kk: 'satu KK',
};

export interface DuplicateReason {
  code: DuplicateReasonCode;
  label: string;
}

/** 'baru' until reviewed; 'sama' and 'bukan' are the decisions a later slice records (they survive rescans). */
export type DuplicateStatus = 'baru' | 'sama' | 'bukan';

/** One record of a pair: its office and id, with the name and NIK a reviewer compares. */
export interface DuplicateSide {
  personId: string;
  officeId: string;
  officeName: string | null;
  name: string;
  nik: string | null;
  birthDate: string | null;
  sex: string;
  desaCode: string | null;
  /** The household's head as recorded, and how many live members it has (0 without a household). */
  householdHead: string | null;
  householdSize: number;
  /** The record's live cases (as beneficiary) and the latest of them, so the reviewer sees who served whom. */
  caseCount: number;
  latestCase: DuplicateSideCase | null;
}

/** The latest case of a record in the review queue: number, status, category and when it was received. */
export interface DuplicateSideCase {
  caseId: string;
  caseNumber: string;
  status: CaseStatus;
  category: string;
  receivedAt: string;
}

export interface DuplicateCandidate {
  a: DuplicateSide;
  b: DuplicateSide;
  score: number;
  reasons: DuplicateReason[];
  status: DuplicateStatus;
  foundAt: string;
}

export interface DuplicateScanResult {
  mode: 'penuh' | 'bertahap';
  /** Persons looked at (the whole register, or those changed since the watermark). */
  persons: number;
  /** Pairs the blocks proposed and the matchers compared. */
  comparisons: number;
  /** Candidates the scan found (new or still matching). */
  found: number;
  added: number;
  removed: number;
  /** Blocks larger than the cap, skipped (a junk NIK or date shared by thousands). */
  oversizedBlocks: number;
  /** Candidates per reason among those found. */
  byReason: Partial<Record<DuplicateReasonCode, number>>;
}

/** The scan as an operation: its counts, or null when it was cancelled (nothing stored). */
export interface DuplicateScanRun {
  scan: DuplicateScanResult | null;
}

/** A reviewer's decision on a pair: one resident ('sama', linked) or two ('bukan', never proposed again). */
export type DuplicateDecision = 'sama' | 'bukan';

/** A pair's decision as Dinsos holds it (duplicate_decisions, synced). */
export interface DuplicateDecisionRecord {
  id: string;
  personA: string;
  personB: string;
  decision: DuplicateDecision;
  primaryPersonId: string | null;
  reason: string;
  decidedAt: string;
  decidedByName: string;
  undone: boolean;
}

/**
 * "Juga terdaftar di …": another record of this resident, linked by a Dinsos decision. Only what the office
 * needs: the other office, the other record's id and when it was decided — never that record's contents.
 */
export interface PersonLink {
  personId: string;
  officeId: string;
  officeName: string | null;
  decidedAt: string;
  /** True when the other record was chosen as the primary identity. */
  otherIsPrimary: boolean;
}
