// The candidate pairs among loaded person records: blocked pairs run through the matchers.
import type { DuplicateReason } from '../../../shared/types/duplicates.ts';
import { forEachBlockedPair } from './blocking.ts';
import { matchPair, type DupPerson } from './match.ts';

export interface FoundPair {
  a: string;
  b: string;
  score: number;
  reasons: DuplicateReason[];
}

/** The candidate pairs among `persons` (with `changed`, only those involving a changed person). */
export function findCandidates(
  persons: readonly DupPerson[],
  changed?: ReadonlySet<number>,
): { pairs: FoundPair[]; comparisons: number; oversizedBlocks: number } {
  const pairs: FoundPair[] = [];
  const stats = forEachBlockedPair(
    persons,
    (i, j) => {
      const pa = persons[i] as DupPerson;
      const pb = persons[j] as DupPerson;
      const m = matchPair(pa, pb);
      if (!m) return;
      const [a, b] = pa.id < pb.id ? [pa.id, pb.id] : [pb.id, pa.id];
      pairs.push({ a, b, score: m.score, reasons: m.reasons });
    },
    changed,
  );
  return { pairs, ...stats };
}
