// Numbers written as ranges, "1–12, 14, 16–20" (bundle numbers on Sinkronisasi and in the CLI); '' for none.

/** The numbers (any order, no duplicates expected) as ascending ranges joined by ", "; '' when there are none. */
export function numberRanges(ns: readonly number[]): string {
  if (ns.length === 0) return '';
  const sorted = [...ns].sort((a, b) => a - b);
  const parts: string[] = [];
  let start = sorted[0] ?? 0;
  let prev = start;
  for (const n of [...sorted.slice(1), Number.NaN]) {
    if (n === prev + 1) {
      prev = n;
      continue;
    }
    parts.push(start === prev ? String(start) : `${start}–${prev}`);
    start = n;
    prev = n;
  }
  return parts.join(', ');
}
