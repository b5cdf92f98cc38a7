// The current state of a proposal, derived from its steps in stamp order, so every holder reaches the same one.
import type { UsulanState, UsulanStep } from '../../../shared/reference/usulan.ts';
import { parseRowClock, stampOf } from '../sync/row-clock.ts';
import { follows } from './transitions.ts';

export interface StepRow {
  id: string;
  step: string;
  clocks: string;
  desil: number | null;
  effective_date: string | null;
  deleted: number;
}

export interface DerivedState {
  state: UsulanState;
  desil: number | null;
  effectiveDate: string | null;
  /** The HLC stamp of the accepted result in effect (its transaction also wrote the household's DTSEN desil). */
  resultStamp: string | null;
  /** Ids of the steps that moved the proposal; the others lost to a concurrent step. */
  applied: Set<string>;
}

/** The order steps are replayed in: the HLC stamp of the step (unique per office and tick), then the id. */
export const stepOrder = <T extends StepRow>(steps: readonly T[]): T[] =>
  steps
    .map((s) => ({ s, key: stampOf(parseRowClock(s.clocks), 'step') }))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.s.id < b.s.id ? -1 : 1))
    .map((x) => x.s);

/*
 * Replays the steps from `draft`: a step applies when it may follow the state reached so far, otherwise it is
 * kept (it is history) but has no effect. Two offices taking steps concurrently (the office withdraws while
 * Dinsos verifies) thus converge on the same state everywhere, whichever bundle arrived first: the earlier
 * stamp wins. The core refuses such a step locally, so this only arises across offices.
 */
export function deriveState(steps: readonly StepRow[]): DerivedState {
  let state: UsulanState = 'draft';
  let desil: number | null = null;
  let effectiveDate: string | null = null;
  let resultStamp: string | null = null;
  const applied = new Set<string>();
  for (const s of stepOrder(steps)) {
    if (s.deleted) continue;
    const step = s.step as UsulanStep;
    if (!follows(state, step)) continue;
    state = step;
    applied.add(s.id);
    if (step === 'hasil_diterima') {
      desil = s.desil;
      effectiveDate = s.effective_date;
      resultStamp = stampOf(parseRowClock(s.clocks), 'step');
    }
  }
  return { state, desil, effectiveDate, resultStamp, applied };
}
