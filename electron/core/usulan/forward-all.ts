// Dinsos forwards every verified proposal of a filter to the national system at once: all in one transaction, or none.
import type { ParsedInput } from '../../../shared/api/contract.ts';
import type { CaseWork } from '../cases/work.ts';
import { CoreError } from '../errors.ts';
import type { StepSide } from './transitions.ts';
import { listUsulan } from './usulan-read.ts';
import { transitionUsulan } from './usulan-write.ts';

/**
 * usulan.forwardAll: the proposals in `diverifikasi` matching the filter (kind, desa, proposing office), oldest
 * first, each taken to `diteruskan` exactly as usulan.transition takes one (state, side and role checked, its own
 * step row and stamp). The caller's transaction holds them all: a refusal leaves every one verified. Returns
 * their ids; none matching is refused with a message.
 */
export async function forwardAll(
  work: CaseWork,
  side: StepSide,
  input: ParsedInput<'usulan.forwardAll'>,
): Promise<string[]> {
  if (side !== 'dinsos') {
    throw new CoreError('FORBIDDEN', 'Usulan diteruskan ke pusat oleh Dinas Sosial, bukan kantor ini.');
  }
  const verified = await listUsulan(work.db, {
    state: 'diverifikasi',
    ...(input.kind ? { kind: input.kind } : {}),
    ...(input.desaCode ? { desaCode: input.desaCode } : {}),
    ...(input.originOfficeId ? { originOfficeId: input.originOfficeId } : {}),
    limit: Number.MAX_SAFE_INTEGER,
    offset: 0,
  });
  if (verified.items.length === 0) {
    throw new CoreError(
      'VALIDATION',
      'Tidak ada usulan terverifikasi yang bisa diteruskan ke pusat pada saringan ini.',
    );
  }
  const ids = verified.items
    .sort((a, b) => a.proposedAt.localeCompare(b.proposedAt) || a.id.localeCompare(b.id))
    .map((u) => u.id);
  for (const id of ids) {
    await transitionUsulan(work, side, {
      id,
      step: 'diteruskan',
      reason: input.reason,
      desil: null,
      effectiveDate: null,
      sessionId: null,
      session: null,
    });
  }
  return ids;
}
