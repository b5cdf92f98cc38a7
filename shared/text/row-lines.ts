// Row numbers as a clerk writes them ("5, 7-9"): read into numbers and written back; the Impor data screen and the CLI --exclude.

/** The most rows one import may leave out (the contract's cap). */
export const MAX_EXCLUDED = 100_000;

/** Row numbers from "5, 7-9 12" (commas, spaces or semicolons between; a-b a range), or an Indonesian reason. */
export function parseLines(text: string): { ok: true; lines: number[] } | { ok: false; message: string } {
  const out = new Set<number>();
  for (const part of text.split(/[\s,;]+/).filter((p) => p !== '')) {
    const m = /^(\d{1,7})(?:[-–](\d{1,7}))?$/.exec(part);
    if (!m) return { ok: false, message: `"${part}" bukan nomor baris; tulis seperti 5, 7-9.` };
    const from = Number(m[1]);
    const to = m[2] === undefined ? from : Number(m[2]);
    if (from < 1 || to < from)
      return {
        ok: false,
        message: `"${part}" tidak valid: nomor baris mulai dari 1, rentang dari kecil ke besar.`,
      };
    if (out.size + (to - from + 1) > MAX_EXCLUDED)
      return { ok: false, message: `Paling banyak ${MAX_EXCLUDED} baris dapat dikecualikan.` };
    for (let n = from; n <= to; n++) out.add(n);
  }
  return { ok: true, lines: [...out].sort((a, b) => a - b) };
}

/** Row numbers written back compactly: [5, 7, 8, 9] → "5, 7-9". */
export function formatLines(lines: readonly number[]): string {
  const sorted = [...new Set(lines)].sort((a, b) => a - b);
  const parts: string[] = [];
  for (let i = 0; i < sorted.length;) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === (sorted[j] ?? 0) + 1) j++;
    parts.push(i === j ? String(sorted[i]) : `${sorted[i]}-${sorted[j]}`);
    i = j + 1;
  }
  return parts.join(', ');
}
