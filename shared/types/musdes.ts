// What the contract returns about musdes / muskel sessions (and SPTJM): the list, one session with its decisions.
import type { MusdesDecision, MusdesKind } from '../reference/musdes.ts';
import type { UsulanSummary } from './usulan.ts';

export interface MusdesSession {
  id: string;
  kind: MusdesKind;
  desaCode: string;
  /** The desa's name (reference data), or the code when unknown. */
  desaName: string;
  heldOn: string;
  place: string | null;
  chair: string;
  participants: number | null;
  officeId: string;
  officeName: string;
  recordedByName: string;
  /** Proposals approved and refused at it. */
  approved: number;
  refused: number;
}

export interface MusdesDecisionView {
  usulan: UsulanSummary;
  decision: MusdesDecision;
  reason: string | null;
  /** False when a concurrent step took the proposal elsewhere first (the decision stays in its history). */
  applied: boolean;
}

export interface MusdesSessionDetail extends MusdesSession {
  decisions: MusdesDecisionView[];
  /** Proposals of the session's desa waiting for a musdes (siap musdes), for its own office to decide. */
  waiting: UsulanSummary[];
  /** Whether the caller, at this office, may record decisions at this session. */
  mayDecide: boolean;
}

export interface MusdesSessionList {
  items: MusdesSession[];
  total: number;
}
