// Whether two normalised names probably belong to the same person (typing variants, missing parts, word order).

/** Levenshtein distance, giving up (returning max + 1) as soon as it must exceed `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const v = Math.min((prev[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      row.push(v);
      if (v < best) best = v;
    }
    if (best > max) return max + 1;
    prev = row;
  }
  return prev[b.length] ?? max + 1;
}

/** Typos tolerated: none for very short names, one for short, two from eight letters on. */
const allowedEdits = (length: number): number => (length < 4 ? 0 : length < 8 ? 1 : 2);

/**
 * Inputs are already normalised (normalizeName). Similar when equal ignoring spaces, when one
 * contains the other ("siti" / "siti aminah"), when the words are the same in another order, or
 * when a few letters differ ("nuraini" / "nuraeni"). Used only together with an equal birth date and
 * desa, so a loose rule costs one extra confirmation, while a missed duplicate splits a person's history.
 */
export function namesSimilar(a: string, b: string): boolean {
  if (a === '' || b === '') return false;
  const ca = a.replace(/ /g, '');
  const cb = b.replace(/ /g, '');
  if (ca === cb) return true;
  const [short, long] = ca.length <= cb.length ? [ca, cb] : [cb, ca];
  if (short.length >= 3 && long.includes(short)) return true;
  const words = (s: string): string => s.split(' ').sort().join(' ');
  if (words(a) === words(b)) return true;
  const max = allowedEdits(short.length);
  return max > 0 && editDistance(ca, cb, max) <= max;
}
