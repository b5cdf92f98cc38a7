// The value axis of a chart: a "nice" upper bound and evenly spaced ticks (1, 2, 5 × 10^k steps).

/** Ticks from 0 to a round maximum ≥ `max`, about `target` intervals; whole-number steps when `integers`. */
export function niceTicks(max: number, target = 4, integers = true): { max: number; ticks: number[] } {
  const top = Number.isFinite(max) && max > 0 ? max : 1;
  const raw = top / Math.max(1, target);
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  let step = magnitude;
  for (const m of [1, 2, 5, 10]) {
    step = m * magnitude;
    if (step >= raw) break;
  }
  if (integers) step = Math.max(1, Math.round(step));
  const niceMax = Math.ceil(top / step - 1e-9) * step;
  const ticks: number[] = [];
  for (let v = 0; v <= niceMax + step / 2; v += step) ticks.push(Number(v.toPrecision(12)));
  return { max: niceMax, ticks };
}

/** Approximate width of a text in a proportional sans font (no DOM, no font metrics needed). */
export const textWidth = (text: string, size: number): number => text.length * size * 0.56;

/** Shortens a label to fit `width`, ending it with an ellipsis. */
export function fitLabel(text: string, width: number, size: number): string {
  if (textWidth(text, size) <= width) return text;
  const chars = Math.max(1, Math.floor(width / (size * 0.56)) - 1);
  return `${text.slice(0, chars).trimEnd()}…`;
}

/** Number label as in Indonesian texts: thousands with a dot, decimals with a comma. */
export const formatValue = (value: number): string =>
  new Intl.NumberFormat('id-ID', { maximumFractionDigits: 1 }).format(value);
