// A session's decisions in one call: each proposal put to it gets its musdes step naming the session, all or none.
import type { ParsedInput } from '../../../shared/api/contract.ts';
import type { CaseWork } from '../cases/work.ts';
import { CoreError } from '../errors.ts';
import { sessionRow } from './musdes-read.ts';
import { ownSession } from './musdes-write.ts';
import type { StepSide } from './transitions.ts';
import { summariesOf } from './usulan-read.ts';
import { transitionUsulan } from './usulan-write.ts';

/** The household a refusal names ("Keluarga Sutinah (No KK …)"), so the clerk finds the row. */
async function whose(work: CaseWork, usulanId: string): Promise<string> {
  const s = (await summariesOf(work.db, [usulanId])).get(usulanId)?.summary;
  return s ? `Usulan keluarga ${s.headName || '(tanpa nama)'} (No KK ${s.noKk || '-'})` : 'Usulan';
}

/**
 * musdes.decide: every decision is checked and written inside the call's transaction; the first refusal
 * (naming its household) undoes the others, so a session's list is never half recorded.
 */
export async function decideAtSession(
  work: CaseWork,
  side: StepSide,
  input: ParsedInput<'musdes.decide'>,
): Promise<void> {
  if (side !== 'office') {
    throw new CoreError(
      'FORBIDDEN',
      'Keputusan musdes dicatat oleh kantor desa atau kecamatan, bukan Dinas Sosial.',
    );
  }
  await sessionRow(work.db, input.sessionId);
  await ownSession(work, input.sessionId);
  const seen = new Set<string>();
  for (const d of input.decisions) {
    if (seen.has(d.usulanId)) {
      throw new CoreError('VALIDATION', `${await whose(work, d.usulanId)} tercantum dua kali.`, {
        fields: { decisions: 'Satu usulan satu keputusan.' },
      });
    }
    seen.add(d.usulanId);
    try {
      await transitionUsulan(work, side, {
        id: d.usulanId,
        step: d.decision,
        reason: d.reason,
        desil: null,
        effectiveDate: null,
        sessionId: input.sessionId,
        session: null,
      });
    } catch (e) {
      if (!(e instanceof CoreError)) throw e;
      const message = `${await whose(work, d.usulanId)}: ${e.message}`;
      throw new CoreError(e.code, message, { fields: { decisions: message } });
    }
  }
}
