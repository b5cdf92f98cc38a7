// What the contract returns about DTSEN proposals: list rows, one proposal with its steps, the steps the caller may take.
import type { MusdesKind } from '../reference/musdes.ts';
import type { EvidenceCode, UsulanKind, UsulanState, UsulanStep } from '../reference/usulan.ts';

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
  /** Evidence the kind requires that is not ticked yet. */
  missingEvidence: EvidenceCode[];
  proposerName: string;
  proposerRole: string;
  steps: UsulanStepView[];
  /** The steps this caller, at this office, may take now. */
  allowedSteps: UsulanStep[];
}

export interface UsulanList {
  items: UsulanSummary[];
  total: number;
}
