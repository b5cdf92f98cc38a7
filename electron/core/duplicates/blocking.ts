// Blocking for duplicate finding: only records sharing a block key are compared, and each pair once, under its first shared key.
import type { PersonColumns } from './columns.ts';
import { blockFacts, wordKey, type BlockFacts } from './block-facts.ts';
import { distinctSorted, keyBlocks, rankOf } from './key-blocks.ts';
import { nikKeys } from './nik-keys.ts';

/**
 * Key families, in the order a pair's first shared key is looked for:
 * - 'n': the NIK;
 * - 'm00'…'m15': the NIK with digit i left out (two NIKs one substitution apart share one of them);
 * - 't00'…'t14': the NIK with digits i and i+1 unordered (two NIKs with that pair swapped share it);
 * - 'w': birth day and month, sex and the first three letters of one word of the name key (or the last three of
 *   a long word), and a birth year one apart at most, or day and month swapped in the same year (exact date, a
 *   year off, a date told from memory; any word order, a missing word, a typo in a word's first letters);
 * - 'e': birth date, sex and desa (a typo in the first letters of a name, within one desa).
 * Two different 16-digit NIKs share at most one key of the NIK families (where they differ fixes it), so those
 * families need no look-back; the name families skip pairs where both records have a NIK (their only match
 * is found in the NIK families). Keys are exact numbers, not strings: a kabupaten holds ~10^6 records.
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

export interface BlockStats {
  comparisons: number;
  oversizedBlocks: number;
}

type Visit = (i: number, j: number) => void;

interface Pass {
  cols: PersonColumns;
  facts: BlockFacts;
  visit: Visit;
  changed: ReadonlySet<number> | undefined;
  stats: BlockStats;
  /** One family's keys and their sorted copy, reused by every family (33 of them: not 66 arrays of n doubles). */
  keys: Float64Array;
  sorted: Float64Array;
}

/**
 * Indexes grouped by key (NaN: no key), groups of two or more; with `only`, just the groups holding one of them.
 * `scratch` (as long as `keys`) is overwritten with the sorted keys.
 */
function groupsOf(
  keys: Float64Array,
  only: ReadonlySet<number> | undefined,
  scratch: Float64Array,
): Map<number, number[]> {
  const shared = new Set<number>();
  if (only) {
    for (const i of only) if (!Number.isNaN(keys[i] ?? Number.NaN)) shared.add(keys[i] ?? 0);
  } else {
    scratch.set(keys);
    const sorted = scratch.sort();
    for (let k = 1; k < sorted.length; k++) if (sorted[k] === sorted[k - 1]) shared.add(sorted[k] ?? 0);
  }
  const groups = new Map<number, number[]>();
  if (shared.size === 0) return groups;
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i] ?? Number.NaN;
    if (!shared.has(k)) continue;
    const g = groups.get(k);
    if (g) g.push(i);
    else groups.set(k, [i]);
  }
  return groups;
}

const involvesChanged = (p: Pass, i: number, j: number): boolean =>
  !p.changed || p.changed.has(i) || p.changed.has(j);

function emit(p: Pass, i: number, j: number): void {
  p.stats.comparisons += 1;
  p.visit(Math.min(i, j), Math.max(i, j));
}

/**
 * Every pair inside each block (an oversized block skipped and counted) that involves a changed record and that
 * `wanted` accepts.
 */
function eachBlockPair(p: Pass, blocks: Iterable<number[]>, wanted: (i: number, j: number) => boolean): void {
  for (const members of blocks) {
    if (members.length < 2) continue;
    if (members.length > MAX_BLOCK) {
      p.stats.oversizedBlocks += 1;
      continue;
    }
    for (let x = 0; x < members.length; x++) {
      const i = members[x] ?? 0;
      for (let y = x + 1; y < members.length; y++) {
        const j = members[y] ?? 0;
        if (involvesChanged(p, i, j) && wanted(i, j)) emit(p, i, j);
      }
    }
  }
}

/** One NIK family: the pairs of different NIKs in a block (equal NIKs are compared in 'n' only). */
function nikFamily(p: Pass, family: string): void {
  const { nikHi, nikLo } = p.cols;
  eachBlockPair(p, groupsOf(nikKeys(p.facts, family, p.keys), p.changed, p.sorted).values(), (i, j) => {
    const same = nikHi[i] === nikHi[j] && nikLo[i] === nikLo[j];
    return family === 'n' ? same : !same;
  });
}

/** Equal NIKs that are not 16 digits (a short or lettered number typed as it was). */
function otherNiks(p: Pass): void {
  const groups = new Map<string, number[]>();
  for (const [i, nik] of p.cols.otherNik) {
    const g = groups.get(nik);
    if (g) g.push(i);
    else groups.set(nik, [i]);
  }
  eachBlockPair(p, groups.values(), () => true);
}

/** Whether the two records share a name-word prefix code below `below`. */
function sharesPrefixBelow(a: readonly number[], b: readonly number[], below: number): boolean {
  for (const q of a) {
    if (q >= below) return false;
    if (b.includes(q)) return true;
  }
  return false;
}

/**
 * 'w': every record without a NIK looks up its birth day and month, sex and each word prefix in its birth year
 * and the years either side; the blocks hold only keys some lookup asks for (the changed records' neighbourhood in
 * an incremental pass). A pair is compared at its lowest shared prefix, a pair of two records without NIK from
 * the lower index. The keys asked for, the blocks and their members are typed arrays (key-blocks.ts): at a
 * kabupaten's size a Set or Map of these 41-bit keys held each one as a heap number.
 */
function wordFamily(p: Pass): void {
  const { facts } = p;
  const n = p.cols.size;
  const lookups = (i: number, each: (key: number, prefix: number) => void): void => {
    const base = facts.base[i] ?? -1;
    if (base < 0) return;
    const year = facts.year[i] ?? 0;
    const swapped = facts.swapped[i] ?? -1;
    for (const prefix of facts.prefixes(i)) {
      for (let dy = -1; dy <= 1; dy++) each(wordKey(base, prefix, year + dy), prefix);
      if (swapped >= 0) each(wordKey(swapped, prefix, year), prefix);
    }
  };
  const asking = (visit: (i: number) => void): void => {
    if (p.changed) for (const i of p.changed) visit(i);
    else for (let i = 0; i < n; i++) if (facts.hasNik[i] !== 1) visit(i);
  };
  let asked = 0;
  asking((i) => (asked += (facts.base[i] ?? -1) >= 0 ? 4 * facts.prefixes(i).length : 0));
  const wanted = distinctSorted(asked, (put) => asking((i) => lookups(i, put)));
  if (wanted.length === 0) return;
  const { starts, members } = keyBlocks(wanted, n, (j, put) => {
    const base = facts.base[j] ?? -1;
    if (base < 0) return;
    for (const prefix of facts.prefixes(j)) put(wordKey(base, prefix, facts.year[j] ?? 0));
  });
  const oversized = new Uint8Array(wanted.length);
  for (let x = 0; x < n; x++) {
    if (facts.hasNik[x] === 1) continue;
    const mine = facts.prefixes(x);
    lookups(x, (k, prefix) => {
      const r = rankOf(wanted, k);
      if (r < 0) return;
      const from = starts[r] ?? 0;
      const to = starts[r + 1] ?? 0;
      if (to - from < 1) return;
      if (to - from > MAX_BLOCK) {
        oversized[r] = 1;
        return;
      }
      for (let m = from; m < to; m++) {
        const j = members[m] ?? 0;
        if (j === x || (facts.hasNik[j] !== 1 && j < x) || !involvesChanged(p, x, j)) continue;
        if (!sharesPrefixBelow(mine, facts.prefixes(j), prefix)) emit(p, x, j);
      }
    });
  }
  for (const o of oversized) p.stats.oversizedBlocks += o;
}

/** 'e': birth date, sex and desa, for pairs with no shared word prefix (those were compared in 'w'). */
function dateDesaFamily(p: Pass): void {
  const { facts } = p;
  eachBlockPair(
    p,
    groupsOf(facts.dateDesa, p.changed, p.sorted).values(),
    (i, j) =>
      !(facts.hasNik[i] === 1 && facts.hasNik[j] === 1) &&
      !sharesPrefixBelow(facts.prefixes(i), facts.prefixes(j), Infinity),
  );
}

/**
 * Calls `visit(i, j)` (i < j, record indexes) once for every pair sharing a block key, at the pair's
 * first shared key, yielding after each family (FAMILIES.length yields) so a caller can report progress and stop.
 * With `changed`, only pairs with at least one changed person are visited (the incremental scan).
 */
export function* blockedPairs(
  cols: PersonColumns,
  visit: Visit,
  changed?: ReadonlySet<number>,
): Generator<string, BlockStats, void> {
  const stats: BlockStats = { comparisons: 0, oversizedBlocks: 0 };
  const pass: Pass = {
    cols,
    facts: blockFacts(cols),
    visit,
    changed,
    stats,
    keys: new Float64Array(cols.size),
    sorted: new Float64Array(cols.size),
  };
  for (const family of FAMILIES) {
    if (family === 'w') wordFamily(pass);
    else if (family === 'e') dateDesaFamily(pass);
    else {
      nikFamily(pass, family);
      if (family === 'n') otherNiks(pass);
    }
    yield family;
  }
  return stats;
}

/** blockedPairs run to its end without stopping. */
export function forEachBlockedPair(
  cols: PersonColumns,
  visit: Visit,
  changed?: ReadonlySet<number>,
): BlockStats {
  const it = blockedPairs(cols, visit, changed);
  for (let r = it.next(); ; r = it.next()) if (r.done) return r.value;
}
