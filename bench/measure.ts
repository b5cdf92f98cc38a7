// One row of the benchmark's result: figure, baseline, ratio, target and verdict, built the same way for every measure.
import { ratio, verdict, type Quantity, type Target, type Verdict } from './stats.ts';

export interface Measure {
  id: string;
  label: string;
  figure: Quantity | null;
  baseline: Quantity | null;
  baselineLabel: string | null;
  /** How the ratio is formed: figure / baseline, or baseline / figure (a speed-up). */
  ratioOf: 'figure/baseline' | 'baseline/figure' | null;
  ratio: number | null;
  target: Target | null;
  verdict: Verdict;
  /** Dataset size, the reason a figure is missing, or how it was taken. */
  note: string;
}

export interface MeasureInput {
  id: string;
  label: string;
  figure: Quantity | null;
  baseline?: Quantity | null;
  baselineLabel?: string;
  ratioOf?: 'figure/baseline' | 'baseline/figure';
  target?: Target;
  note?: string;
}

export function measure(m: MeasureInput): Measure {
  const baseline = m.baseline ?? null;
  const ratioOf = m.ratioOf ?? (baseline ? 'figure/baseline' : null);
  const f = m.figure?.value ?? null;
  const b = baseline?.value ?? null;
  const r = ratioOf === 'figure/baseline' ? ratio(f, b) : ratioOf === 'baseline/figure' ? ratio(b, f) : null;
  const target = m.target ?? null;
  return {
    id: m.id,
    label: m.label,
    figure: m.figure,
    baseline,
    baselineLabel: m.baselineLabel ?? null,
    ratioOf,
    ratio: r,
    target,
    verdict: verdict(target, m.figure, r),
    note: m.note ?? '',
  };
}

/** A measure that could not be taken, with the reason in place of a figure (never a made-up number). */
export const notMeasured = (id: string, label: string, reason: string, target?: Target): Measure =>
  measure({ id, label, figure: null, note: reason, ...(target ? { target } : {}) });
