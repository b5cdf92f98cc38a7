// Jaro-Winkler similarity of two strings (0..1), and the name similarity duplicate finding scores with.

/** Jaro similarity: matching characters within half the longer length, less half the transpositions. */
export function jaro(a: string, b: string): number {
  if (a === b) return a === '' ? 0 : 1;
  if (a === '' || b === '') return 0;
  const window = Math.max(0, Math.floor(Math.max(a.length, b.length) / 2) - 1);
  const usedB = new Array<boolean>(b.length).fill(false);
  const matchedA: string[] = [];
  for (let i = 0; i < a.length; i++) {
    const lo = Math.max(0, i - window);
    const hi = Math.min(b.length - 1, i + window);
    for (let j = lo; j <= hi; j++) {
      if (!usedB[j] && a[i] === b[j]) {
        usedB[j] = true;
        matchedA.push(a[i] ?? '');
        break;
      }
    }
  }
  const m = matchedA.length;
  if (m === 0) return 0;
  let k = 0;
  let half = 0;
  for (let j = 0; j < b.length; j++) {
    if (!usedB[j]) continue;
    if (b[j] !== matchedA[k]) half += 1;
    k += 1;
  }
  const t = half / 2;
  return (m / a.length + m / b.length + (m - t) / m) / 3;
}

/** Jaro-Winkler: Jaro raised for a common prefix of up to four characters (scaling 0.1). */
export function jaroWinkler(a: string, b: string): number {
  const j = jaro(a, b);
  let prefix = 0;
  while (prefix < 4 && prefix < a.length && prefix < b.length && a[prefix] === b[prefix]) prefix += 1;
  return j + prefix * 0.1 * (1 - j);
}

/** Length-weighted mean of the words' Jaro-Winkler, word i with word i (as many words on both sides). */
function byWords(wa: readonly string[], wb: readonly string[]): number {
  let sum = 0;
  let len = 0;
  for (let i = 0; i < wa.length; i++) {
    const x = wa[i] ?? '';
    const y = wb[i] ?? '';
    const w = Math.max(x.length, y.length);
    sum += w * jaroWinkler(x, y);
    len += w;
  }
  return len === 0 ? 0 : sum / len;
}

const sorted = (ws: readonly string[]): string[] => [...ws].sort();

/**
 * Similarity of two name keys (nameKey): 1 when equal; with as many words on both sides (two or more), the
 * words compared one by one, as written and with their words sorted (word order differs between forms), the
 * mean weighted by length — a whole-string comparison lets a shared long surname carry two different given
 * names ("rina kusumawati" / "yuli kusumawati") and lets a letter match across words; otherwise the best
 * Jaro-Winkler of the keys as written and with their words sorted; and at least 0.9 when every word of the
 * shorter name is a word of the longer ("siti aminah" / "aminah"), since a missing part is common.
 */
export function nameSimilarity(a: string, b: string): number {
  if (a === '' || b === '') return 0;
  if (a === b) return 1;
  const wa = a.split(' ');
  const wb = b.split(' ');
  let s =
    wa.length === wb.length && wa.length > 1
      ? Math.max(byWords(wa, wb), byWords(sorted(wa), sorted(wb)))
      : Math.max(jaroWinkler(a, b), jaroWinkler(sorted(wa).join(' '), sorted(wb).join(' ')));
  const [short, long] = wa.length <= wb.length ? [wa, new Set(wb)] : [wb, new Set(wa)];
  if (short.some((w) => w.length >= 3) && short.every((w) => long.has(w))) s = Math.max(s, 0.9);
  return s;
}
