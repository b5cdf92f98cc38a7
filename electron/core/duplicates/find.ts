// The candidate pairs among loaded person records: blocked pairs run through the matchers.
import type { DuplicateReason } from '../../../shared/types/duplicates.ts';
import { blockedPairs, FAMILIES, type BlockStats } from './blocking.ts';
import type { PersonColumns } from './columns.ts';
import { matchPair } from './match.ts';

export interface FoundPair {
  a: string;
  b: string;
  score: number;
  reasons: DuplicateReason[];
}

export interface Found extends BlockStats {
  pairs: FoundPair[];
}

/** The blocked pairs' walk, with the matcher keeping the candidates. */
function walk(cols: PersonColumns, changed: ReadonlySet<number> | undefined) {
  const pairs: FoundPair[] = [];
  const steps = blockedPairs(
    cols,
    (i, j) => {
      const pa = cols.person(i);
      const pb = cols.person(j);
      const m = matchPair(pa, pb);
      if (!m) return;
      const [a, b] = pa.id < pb.id ? [pa.id, pb.id] : [pb.id, pa.id];
      pairs.push({ a, b, score: m.score, reasons: m.reasons });
    },
    changed,
  );
  return { pairs, steps };
}

/** The candidate pairs among the records (with `changed`, only those involving a changed record). */
export function findCandidates(cols: PersonColumns, changed?: ReadonlySet<number>): Found {
  const { pairs, steps } = walk(cols, changed);
  for (let r = steps.next(); ; r = steps.next()) if (r.done) return { pairs, ...r.value };
}

/**
 * findCandidates with a pause after each key family: `between(done, total)` may report progress, yield the event
 * loop and throw to stop (nothing is kept).
 */
export async function findCandidatesStepwise(
  cols: PersonColumns,
  changed: ReadonlySet<number> | undefined,
  between: (done: number, total: number) => Promise<void>,
): Promise<Found> {
  const { pairs, steps } = walk(cols, changed);
  for (let done = 1, r = steps.next(); ; r = steps.next(), done++) {
    if (r.done) return { pairs, ...r.value };
    await between(done, FAMILIES.length);
  }
}
