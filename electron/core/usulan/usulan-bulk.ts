// Proposals in bulk: one kind and reason for several households chosen from a list, all created or none.
import type { ParsedInput } from '../../../shared/api/contract.ts';
import type { CaseWork } from '../cases/work.ts';
import { CoreError } from '../errors.ts';
import type { StepSide } from './transitions.ts';
import { createUsulan } from './usulan-write.ts';

/** "Keluarga Sutinah (No KK …)", so the clerk finds the household a refusal is about. */
async function whose(work: CaseWork, householdId: string): Promise<string> {
  const h = await work.db
    .selectFrom('households')
    .select(['head_name', 'no_kk'])
    .where('id', '=', householdId)
    .executeTakeFirst();
  return h ? `Keluarga ${h.head_name || '(tanpa nama)'} (No KK ${h.no_kk || '-'})` : 'Keluarga';
}

/**
 * usulan.createBulk: a draft proposal per household, each checked as usulan.create checks one, inside the call's
 * transaction; the first refusal (naming its household) undoes the others. Returns the ids in the input's order.
 */
export async function createUsulanBulk(
  work: CaseWork,
  side: StepSide,
  input: ParsedInput<'usulan.createBulk'>,
): Promise<string[]> {
  const seen = new Set<string>();
  const ids: string[] = [];
  for (const householdId of input.householdIds) {
    if (seen.has(householdId)) {
      const message = `${await whose(work, householdId)} tercantum dua kali.`;
      throw new CoreError('VALIDATION', message, { fields: { householdIds: message } });
    }
    seen.add(householdId);
    try {
      ids.push(
        await createUsulan(work, side, {
          householdId,
          caseId: null,
          personIds: [],
          kind: input.kind,
          reason: input.reason,
          evidence: input.evidence,
        }),
      );
    } catch (e) {
      if (!(e instanceof CoreError)) throw e;
      const message = `${await whose(work, householdId)}: ${e.message}`;
      throw new CoreError(e.code, message, { fields: { householdIds: message } });
    }
  }
  return ids;
}
