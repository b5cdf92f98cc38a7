// What the contract returns about DTSEN proposals: list rows, one proposal with its steps, the steps the caller may take.
import type { MusdesKind } from '../reference/musdes.ts';
import type { HouseholdCondition } from '../reference/household-condition.ts';
import type {
  EvidenceCode,
  UsulanCalendarDays,
  UsulanKind,
  UsulanState,
  UsulanStep,
} from '../reference/usulan.ts';

export interface UsulanStepView {
  id: string;
  step: UsulanStep;
  reason: string | null;
  desil: number | null;
  effectiveDate: string | null;
  /** The musdes / muskel session or SPTJM that decided (musdes decisions only). */
  session: {
    id: string | null;
    kind: MusdesKind;
    date: string;
    place: string | null;
    chair: string;
    participants: number | null;
  } | null;
  actorName: string;
  actorRole: string;
  /** dikembalikan: the evidence Dinsos asked the office to complete (empty otherwise). */
  evidenceAsked: EvidenceCode[];
  /** The office that wrote the step (its name when known). */
  officeName: string;
  at: string;
  /** False when the step lost to a concurrent one (another office's step took the proposal elsewhere first). */
  applied: boolean;
}

export interface UsulanSummary {
  id: string;
  householdId: string;
  noKk: string;
  headName: string;
  desaCode: string;
  kind: UsulanKind;
  state: UsulanState;
  /** The national result's desil and effective date (hasil_diterima). */
  desil: number | null;
  effectiveDate: string | null;
  /** "Diterima, desil 3", "Dikembalikan ke kantor" … */
  stateText: string;
  /** The reason given by the step that put the proposal in its state (why it was returned, refused, withdrawn). */
  stateReason: string | null;
  officeId: string;
  officeName: string;
  proposedAt: string;
  updatedAt: string;
}

export interface UsulanDetail extends UsulanSummary {
  caseId: string | null;
  personIds: string[];
  reason: string;
  evidence: EvidenceCode[];
  /** Evidence items a live attachment of the proposal stands for (shared/reference/usulan-evidence.ts). */
  evidenceAttached: EvidenceCode[];
  /** Evidence the kind requires that is neither ticked nor attached yet. */
  missingEvidence: EvidenceCode[];
  /** While returned (dikembalikan): the evidence Dinsos asked for in the return that is in effect. */
  evidenceAsked: EvidenceCode[];
  proposerName: string;
  proposerRole: string;
  /** The household condition recorded for DTSEN (usul baru, perbaikan data); null when none. */
  condition: HouseholdCondition | null;
  /** Whether this caller may still change the condition (own proposal in draf, siap musdes or dikembalikan). */
  conditionEditable: boolean;
  steps: UsulanStepView[];
  /** The steps this caller, at this office, may take now. */
  allowedSteps: UsulanStep[];
}

export interface UsulanList {
  items: UsulanSummary[];
  total: number;
}

/** usulan.forwardAll: the proposals forwarded to the national system, oldest first. */
export interface UsulanForwarded {
  ids: string[];
}

/** usulan.createBulk: the new drafts' ids, in the order the households were given. */
export interface UsulanBulkCreated {
  ids: string[];
}

/** usulan.calendarSettings: the days of the month Dinsos set (the default 1–14, 17 until its row arrives). */
export interface UsulanCalendarSettings extends UsulanCalendarDays {
  /** False while no Dinsos calendar has reached this office (the default is shown). */
  setByDinsos: boolean;
}

/** usulan.calendar: this month's DTSEN cycle for Beranda (days in the office's zone). */
export interface UsulanCalendar {
  month: string;
  /** The musdes / muskel window, first and last day. */
  musdesFrom: string;
  musdesTo: string;
  /** Dinsos's upload cut-off day. */
  cutoff: string;
  /** Whether the days are Dinsos's (its calendar reached this office) or the default. */
  setByDinsos: boolean;
  /** Sessions held or planned this month in the office's area (at Dinsos: the kabupaten's), by day. */
  sessions: { id: string; kind: MusdesKind; desaCode: string; desaName: string; heldOn: string }[];
  /** Proposals waiting on this office's side, per state (DUE_STATES), zero states included. */
  due: { state: UsulanState; count: number }[];
}

/** One period of a household's DTSEN standing, from `from` until the next (newer) entry. */
export interface DtsenHistoryEntry {
  /**
   * The day it holds from: a national result's effective date; for the register's value the registration day, or
   * the day a clerk last typed the DTSEN desil or ID (its per-field clock), when that came later.
   */
  from: string;
  inDtsen: boolean;
  desil: number | null;
  /**
   * hasil_pusat: an accepted national result recorded by Dinsos; register: the register's value since registration;
   * diubah_register: the register's value as typed by hand on `from` (earlier hand edits are overwritten).
   */
  source: 'hasil_pusat' | 'register' | 'diubah_register';
  /** The proposal whose result it is. */
  usulanId: string | null;
  kind: UsulanKind | null;
}

/** usulan.history: newest first; `current` is the entry in force today (null when all lie in the future). */
export interface DtsenHistory {
  entries: DtsenHistoryEntry[];
  current: DtsenHistoryEntry | null;
}
