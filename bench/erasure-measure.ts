// Batch erasure at Dinsos (a retention approval): N residents in one call beside the same N-sized sample erased one by one.
import type { Register } from '../electron/core/register.ts';
import { eraseResidents } from '../electron/core/erasure/erase.ts';
import { getOwnOfficeId } from '../electron/core/office/office-repo.ts';
import { measure, notMeasured, type Measure } from './measure.ts';

/** Residents per side: above the prefilter's 8, so the batch reads each free-text column whole (erasure/mentions.ts). */
export const ERASE_BATCH = 20;

export interface ErasureResult {
  residents: number;
  /** The register's persons, for the note. */
  persons: number;
  batchMs: number;
  oneByOneMs: number;
}

/**
 * Picks 2N residents with a NIK spread over the register (every k-th by id), erases every other one alone,
 * each in its own call (what an admin erasing on request does), then the rest in one call (what a retention
 * approval does). Both halves are drawn alike, so their texts cost alike. Changes the register: run it last.
 */
export async function measureErasure(
  reg: Register,
  n = ERASE_BATCH,
): Promise<ErasureResult | { error: string }> {
  const { sqlite, db } = reg.deps;
  const officeId = await getOwnOfficeId(db);
  if (!officeId) return { error: 'the register is not set up' };
  const persons = Number(sqlite.prepare('select count(*) from persons where deleted = 0').pluck().get());
  const ids = sqlite
    .prepare(
      `select id from persons where deleted = 0 and nik is not null and name != ''
         and id not in (select person_id from erasures) order by id`,
    )
    .pluck()
    .all() as string[];
  const step = Math.max(1, Math.floor(ids.length / (2 * n)));
  const picked = ids.filter((_, i) => i % step === 0).slice(0, 2 * n);
  if (picked.length < 2 * n) return { error: `only ${picked.length} residents to erase (need ${2 * n})` };
  const alone = picked.filter((_, i) => i % 2 === 0);
  const together = picked.filter((_, i) => i % 2 === 1);
  const t0 = performance.now();
  for (const id of alone) await eraseResidents(reg.deps, officeId, [id], 'permintaan');
  const oneByOneMs = performance.now() - t0;
  const t1 = performance.now();
  await eraseResidents(reg.deps, officeId, together, 'retensi');
  const batchMs = performance.now() - t1;
  return { residents: n, persons, batchMs, oneByOneMs };
}

export function erasureMeasure(r: ErasureResult | { error: string }): Measure {
  const label = `batch erasure of ${ERASE_BATCH} residents at Dinsos (retention approval)`;
  const target = { on: 'ratio', op: '<=', value: 0.5 } as const;
  if ('error' in r) return notMeasured('erasure-batch', label, r.error, target);
  return measure({
    id: 'erasure-batch',
    label,
    figure: { value: r.batchMs, unit: 'ms' },
    baseline: { value: r.oneByOneMs, unit: 'ms' },
    baselineLabel: `${r.residents} other residents erased one by one, same run`,
    target,
    note: `${r.persons.toLocaleString('en-US')} residents in the register; scrub, term hashes and WAL checkpoint included`,
  });
}
