// Blocking for duplicate finding: only records sharing a block key are compared, and each pair once, under its first shared key.
import type { DupPerson } from './match.ts';
import { isNik16 } from './nik.ts';

/**
 * Key families, in the order a pair's first shared key is looked for:
 * - 'n': the NIK;
 * - 'm00'…'m15': the NIK with digit i masked (two NIKs one substitution apart share one of them);
 * - 't00'…'t14': the NIK with digits i and i+1 sorted (two NIKs with that pair swapped share it);
 * - 'w': birth day and month, sex and the first three letters of one word of the name key (exact date or a
 *   year off, any word order, a missing word);
 * - 'e': birth date, sex and desa (a typo in the first letters of a name, within one desa).
 * The NIK families come first, so a pair of records that both have a NIK is found there or not at all,
 * and the name families skip such pairs without looking further.
 */
export const FAMILIES: readonly string[] = [
  'n',
  ...Array.from({ length: 16 }, (_, i) => `m${String(i).padStart(2, '0')}`),
  ...Array.from({ length: 15 }, (_, i) => `t${String(i).padStart(2, '0')}`),
  'w',
  'e',
];

/** A block larger than this is skipped and counted (a junk NIK or a default date shared by thousands). */
export const MAX_BLOCK = 2000;

const masked = (nik: string, i: number): string => `${nik.slice(0, i)}*${nik.slice(i + 1)}`;
const swapped = (nik: string, i: number): string => {
  const pair = [nik[i], nik[i + 1]].sort().join('');
  return `${nik.slice(0, i)}${pair}${nik.slice(i + 2)}`;
};
const wordPrefixes = (key: string): string[] =>
  [
    ...new Set(
      key
        .split(' ')
        .filter((w) => w.length >= 2)
        .map((w) => w.slice(0, 3)),
    ),
  ].sort();

/** The person's keys in one family (each prefixed with the family). */
export function keysIn(p: DupPerson, family: string): string[] {
  const kind = family[0];
  if (kind === 'n') return p.nik ? [`n|${p.nik}`] : [];
  if (kind === 'm' || kind === 't') {
    if (!isNik16(p.nik)) return [];
    const i = Number(family.slice(1));
    return [`${family}|${kind === 'm' ? masked(p.nik, i) : swapped(p.nik, i)}`];
  }
  if (!p.birthDate) return [];
  if (kind === 'w') return wordPrefixes(p.key).map((w) => `w|${p.birthDate?.slice(5)}|${p.sex}|${w}`);
  return [`e|${p.birthDate}|${p.sex}|${p.desa}`];
}

/** Every key of the person, family by family in FAMILIES order. */
export const blockKeys = (p: DupPerson): string[] => FAMILIES.flatMap((f) => keysIn(p, f));

/** The NIK-family key two NIKs share first, worked out from where they differ (no key lists built per pair). */
function sharedNikKey(a: string | null, b: string | null): string | null {
  if (a === null || b === null) return null;
  if (a === b) return `n|${a}`;
  if (!isNik16(a) || !isNik16(b)) return null;
  let first = -1;
  let count = 0;
  for (let i = 0; i < 16 && count <= 2; i++) {
    if (a[i] === b[i]) continue;
    if (first < 0) first = i;
    count += 1;
  }
  const at = String(first).padStart(2, '0');
  if (count === 1) return `m${at}|${masked(a, first)}`;
  if (count === 2 && a[first] === b[first + 1] && a[first + 1] === b[first])
    return `t${at}|${swapped(a, first)}`;
  return null;
}

/** The first key (in FAMILIES order, then sorted within a family) that both records have; null if none. */
export function firstSharedKey(a: DupPerson, b: DupPerson): string | null {
  const nik = sharedNikKey(a.nik, b.nik);
  if (nik) return nik;
  for (const f of ['w', 'e']) {
    const mine = keysIn(a, f);
    if (mine.length === 0) continue;
    const theirs = keysIn(b, f);
    const hit = mine.find((k) => theirs.includes(k));
    if (hit) return hit;
  }
  return null;
}

export interface BlockStats {
  comparisons: number;
  oversizedBlocks: number;
}

/**
 * Calls `visit(i, j)` (i < j, indexes into `persons`) once for every pair sharing a block key, at the pair's
 * first shared key. With `changed`, only blocks holding a changed person are built and only pairs with at
 * least one changed person are visited (the incremental scan). Memory holds one family's blocks at a time.
 */
export function forEachBlockedPair(
  persons: readonly DupPerson[],
  visit: (i: number, j: number) => void,
  changed?: ReadonlySet<number>,
): BlockStats {
  const stats: BlockStats = { comparisons: 0, oversizedBlocks: 0 };
  for (const family of FAMILIES) {
    const wanted = changed
      ? new Set([...changed].flatMap((i) => keysIn(persons[i] as DupPerson, family)))
      : null;
    if (wanted && wanted.size === 0) continue;
    const blocks = new Map<string, number[]>();
    persons.forEach((p, idx) => {
      for (const k of keysIn(p, family)) {
        if (wanted && !wanted.has(k)) continue;
        const list = blocks.get(k);
        if (list) list.push(idx);
        else blocks.set(k, [idx]);
      }
    });
    const nameFamily = family === 'w' || family === 'e';
    for (const [key, members] of blocks) {
      if (members.length < 2) continue;
      if (members.length > MAX_BLOCK) {
        stats.oversizedBlocks += 1;
        continue;
      }
      for (let x = 0; x < members.length; x++) {
        const i = members[x] as number;
        const a = persons[i] as DupPerson;
        for (let y = x + 1; y < members.length; y++) {
          const j = members[y] as number;
          if (changed && !changed.has(i) && !changed.has(j)) continue;
          const b = persons[j] as DupPerson;
          if (nameFamily && a.nik !== null && b.nik !== null) continue;
          if (firstSharedKey(a, b) !== key) continue;
          stats.comparisons += 1;
          visit(Math.min(i, j), Math.max(i, j));
        }
      }
    }
  }
  return stats;
}
