// Pure figures of the benchmark: percentiles, ratios, targets and their verdicts, human-readable units.

/** Linear-interpolated percentile (p in 0..100) of the values; NaN for no values. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  if (p < 0 || p > 100) throw new RangeError(`percentile ${p} outside 0..100`);
  const sorted = [...values].sort((a, b) => a - b);
  const rank = (p / 100) * (sorted.length - 1);
  const lo = Math.floor(rank);
  const hi = Math.ceil(rank);
  const a = sorted[lo] ?? Number.NaN;
  const b = sorted[hi] ?? Number.NaN;
  return a + (b - a) * (rank - lo);
}

export const median = (values: readonly number[]): number => percentile(values, 50);

/** a / b, or null when either is missing or b is zero. */
export function ratio(a: number | null, b: number | null): number | null {
  if (a === null || b === null || !Number.isFinite(a) || !Number.isFinite(b) || b === 0) return null;
  return a / b;
}

export type Unit = 'ms' | 'records/s' | 'bytes' | 'count';

export interface Quantity {
  value: number;
  unit: Unit;
}

export type Op = '>=' | '<' | '<=';

/** A target from the issue: a bound on the figure itself or on the ratio to the baseline. */
export interface Target {
  on: 'figure' | 'ratio';
  op: Op;
  value: number;
  /** Unit of `value` when the target is on the figure. */
  unit?: Unit;
}

export type Verdict = 'met' | 'missed' | 'not measured' | 'info';

export function holds(x: number, op: Op, bound: number): boolean {
  if (op === '>=') return x >= bound;
  if (op === '<') return x < bound;
  return x <= bound;
}

/** Whether the target holds for this figure and ratio; 'info' for a row without target. */
export function verdict(target: Target | null, figure: Quantity | null, r: number | null): Verdict {
  if (figure === null) return 'not measured';
  if (target === null) return 'info';
  const x = target.on === 'ratio' ? r : figure.value;
  if (x === null || !Number.isFinite(x)) return 'not measured';
  return holds(x, target.op, target.value) ? 'met' : 'missed';
}

const OP_TEXT: Record<Op, string> = { '>=': '≥', '<': '<', '<=': '≤' };

export function formatQuantity(q: Quantity | null): string {
  if (q === null) return '—';
  const v = q.value;
  if (!Number.isFinite(v)) return '—';
  switch (q.unit) {
    case 'ms':
      return v >= 10_000
        ? `${(v / 1000).toFixed(1)} s`
        : v >= 1000
          ? `${(v / 1000).toFixed(2)} s`
          : `${v.toFixed(1)} ms`;
    case 'records/s':
      return `${Math.round(v).toLocaleString('en-US')} rec/s`;
    case 'bytes':
      return v >= 1024 * 1024 ? `${(v / 1024 / 1024).toFixed(1)} MiB` : `${(v / 1024).toFixed(1)} KiB`;
    case 'count':
      return Math.round(v).toLocaleString('en-US');
  }
}

export function formatRatio(r: number | null): string {
  if (r === null || !Number.isFinite(r)) return '—';
  if (r < 0.01) return `${(r * 100).toFixed(2)} %`;
  if (r < 0.1) return `${(r * 100).toFixed(1)} %`;
  return `${r.toFixed(2)}×`;
}

export function formatTarget(t: Target | null): string {
  if (t === null) return '—';
  if (t.on === 'ratio') {
    return t.value < 0.1 ? `ratio ${OP_TEXT[t.op]} ${t.value * 100} %` : `ratio ${OP_TEXT[t.op]} ${t.value}×`;
  }
  return `${OP_TEXT[t.op]} ${formatQuantity({ value: t.value, unit: t.unit ?? 'ms' })}`;
}
