// Recall and precision of a duplicate scan against the seeded truth: per kind, and among the top-ranked candidates.
import type { SeededKind, SeededPair } from './seeded-pairs.ts';

export interface ScoredPair {
  a: string;
  b: string;
  score: number;
}

export interface ScanQuality {
  /** Seeded pairs whose two records are both in the register, by kind. */
  seeded: Record<SeededKind, number>;
  /** Of those, found among the candidates. */
  found: Record<SeededKind, number>;
  /** found / seeded (1 when none was seeded). */
  recall: Record<SeededKind, number>;
  /** How many top-ranked candidates the precision looks at: as many as pairs were seeded. */
  top: number;
  /** Share of the top-ranked candidates that are seeded pairs. */
  precisionTop: number;
  candidates: number;
}

const KINDS: readonly SeededKind[] = ['nik_sama', 'nik_typo', 'tanpa_nik'];
const pairKey = (a: string, b: string): string => (a < b ? `${a}|${b}` : `${b}|${a}`);
const perKind = (f: (k: SeededKind) => number): Record<SeededKind, number> =>
  Object.fromEntries(KINDS.map((k) => [k, f(k)])) as Record<SeededKind, number>;

/** `present(id)`: whether the record is in the register scanned (a pair with a record missing is not counted). */
export function scanQuality(
  candidates: readonly ScoredPair[],
  truth: readonly SeededPair[],
  present: (id: string) => boolean,
): ScanQuality {
  const live = truth.filter((t) => present(t.home.id) && present(t.again.id));
  const kindOf = new Map(live.map((t) => [pairKey(t.home.id, t.again.id), t.kind]));
  const found = new Set(candidates.map((c) => pairKey(c.a, c.b)).filter((k) => kindOf.has(k)));
  const seeded = perKind((k) => live.filter((t) => t.kind === k).length);
  const hits = perKind((k) => [...found].filter((p) => kindOf.get(p) === k).length);
  const top = [...candidates].sort((x, y) => y.score - x.score).slice(0, live.length);
  const topHits = top.filter((c) => kindOf.has(pairKey(c.a, c.b))).length;
  return {
    seeded,
    found: hits,
    recall: perKind((k) => (seeded[k] === 0 ? 1 : hits[k] / seeded[k])),
    top: top.length,
    precisionTop: top.length === 0 ? 1 : topHits / top.length,
    candidates: candidates.length,
  };
}
