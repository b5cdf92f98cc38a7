// The duplicate scan at Dinsos: a full scan through the dispatch beside a plain read of the same columns, its recall and
// precision on the seeded duplicates, and blocking against brute force on a sample, all in the same run.
import type { Caller } from '../electron/core/context.ts';
import type { Register } from '../electron/core/register.ts';
import { loadPersons, type LoadedPersons } from '../electron/core/duplicates/load.ts';
import { findCandidates } from '../electron/core/duplicates/find.ts';
import { columnsOf } from '../electron/core/duplicates/columns.ts';
import { matchPair, type DupPerson } from '../electron/core/duplicates/match.ts';
import type { SeededPair } from '../electron/core/demo/seeded-pairs.ts';
import { scanQuality, type ScanQuality } from '../electron/core/demo/seeded-quality.ts';
import { ADMIN } from './dataset.ts';

export interface DuplicatesResult {
  persons: number;
  scanMs: number;
  /** The baseline: the scan's person query read in full, nothing computed. */
  readMs: number;
  comparisons: number;
  found: number;
  oversizedBlocks: number;
  quality: ScanQuality;
  sample: BruteSample;
}

export interface BruteSample {
  persons: number;
  /** Pairs brute force finds (every pair of the sample through the matchers). */
  brute: number;
  /** Of those, pairs blocking did not propose. */
  missed: number;
  bruteMs: number;
}

/** The same query loadPersons runs, read row by row into memory. */
const READ = `
  select p.id, p.origin_office_id, p.nik, p.name, p.sex, p.birth_date, p.desa_code, p.household_id,
         h.no_kk, p.local_seq
  from persons p left join households h on h.id = p.household_id and h.deleted = 0
  where p.deleted = 0 and p.name != ''
    and not exists (select 1 from erasures e where e.person_id = p.id and e.deleted = 0)
  order by p.id`;

const pairKey = (a: DupPerson, b: DupPerson): string => (a.id < b.id ? `${a.id}|${b.id}` : `${b.id}|${a.id}`);

/** Every pair of a sample (up to half of it seeded records, the rest spread over the register) through the matchers, against blocking. */
function bruteSample(loaded: LoadedPersons, truth: readonly SeededPair[], size: number): BruteSample {
  const seeded = new Set(truth.flatMap((t) => [t.home.id, t.again.id]));
  const indexes = loaded.ids.map((_, i) => i);
  const first = indexes.filter((i) => seeded.has(loaded.ids[i] ?? '')).slice(0, Math.floor(size / 2));
  const step = Math.max(1, Math.floor(loaded.size / size));
  const rest = indexes
    .filter((i) => i % step === 0 && !seeded.has(loaded.ids[i] ?? ''))
    .slice(0, size - first.length);
  const sample = [...first, ...rest].map((i) => loaded.person(i));
  const t0 = performance.now();
  const brute = new Set<string>();
  for (let i = 0; i < sample.length; i++)
    for (let j = i + 1; j < sample.length; j++) {
      const a = sample[i] as DupPerson;
      const b = sample[j] as DupPerson;
      if (matchPair(a, b)) brute.add(pairKey(a, b));
    }
  const bruteMs = performance.now() - t0;
  const blocked = new Set(findCandidates(columnsOf(sample)).pairs.map((p) => `${p.a}|${p.b}`));
  return {
    persons: sample.length,
    brute: brute.size,
    missed: [...brute].filter((k) => !blocked.has(k)).length,
    bruteMs,
  };
}

export async function measureDuplicates(
  reg: Register,
  truth: readonly SeededPair[],
  sampleSize = 2000,
): Promise<DuplicatesResult> {
  const web = (sessionId: string | null): Caller => ({ channel: 'web', sessionId });
  const s = await reg.call(web(null), 'auth.signIn', { username: ADMIN.username, password: ADMIN.password });
  if (!s.ok) throw new Error(`sign-in failed: ${s.error.message}`);
  const caller = web(s.value.sessionId);
  try {
    const { sqlite, db } = reg.deps;
    const r0 = performance.now();
    const rows = sqlite.prepare(READ).all().length;
    const readMs = performance.now() - r0;
    const t0 = performance.now();
    const scan = await reg.call(caller, 'duplicates.scan', { mode: 'penuh' });
    const scanMs = performance.now() - t0;
    if (!scan.ok) throw new Error(`duplicates.scan: ${scan.error.code} ${scan.error.message}`);
    const candidates = sqlite
      .prepare(`select person_a as a, person_b as b, score from duplicate_candidates where status = 'baru'`)
      .all() as { a: string; b: string; score: number }[];
    const loaded = await loadPersons(db);
    const live = new Set(loaded.ids);
    return {
      persons: rows,
      scanMs,
      readMs,
      comparisons: scan.value.comparisons,
      found: scan.value.found,
      oversizedBlocks: scan.value.oversizedBlocks,
      quality: scanQuality(candidates, truth, (id) => live.has(id)),
      sample: bruteSample(loaded, truth, sampleSize),
    };
  } finally {
    await reg.call(caller, 'auth.signOut', {});
  }
}
