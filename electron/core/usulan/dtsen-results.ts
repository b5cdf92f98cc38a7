// The accepted national results in effect, per household: one household's, or every household's of a region in bulk.
import type { DbOrTrx } from '../db/database.ts';
import type { UsulanKind } from '../../../shared/reference/usulan.ts';
import type { AcceptedResult } from './dtsen-timeline.ts';
import { deriveState, type StepRow } from './state.ts';

/** Whose results: one household, or the households whose desa matches (`=` a desa, `like` a region prefix). */
export type ResultScope = { householdId: string } | { desa: ['=' | 'like', string] };

/**
 * The proposals with a `hasil_diterima` step, their steps replayed (a result that lost to a concurrent step, or a
 * tombstoned one, is not in effect); household id → its results. Two queries whatever the number of households.
 */
export async function acceptedResults(
  db: DbOrTrx,
  scope: ResultScope,
): Promise<Map<string, AcceptedResult[]>> {
  let q = db
    .selectFrom('usulan as u')
    .select(['u.id', 'u.household_id', 'u.kind'])
    .where('u.deleted', '=', 0)
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom('usulan_steps as s')
          .select('s.id')
          .whereRef('s.usulan_id', '=', 'u.id')
          .where('s.step', '=', 'hasil_diterima')
          .where('s.deleted', '=', 0),
      ),
    );
  if ('householdId' in scope) q = q.where('u.household_id', '=', scope.householdId);
  else {
    const [op, value] = scope.desa;
    q = q.where('u.household_id', 'in', (eb) =>
      eb.selectFrom('households as h').select('h.id').where('h.desa_code', op, value),
    );
  }
  const proposals = await q.execute();
  const steps = new Map<string, StepRow[]>();
  for (let i = 0; i < proposals.length; i += 500) {
    const rows = await db
      .selectFrom('usulan_steps')
      .select(['id', 'usulan_id', 'step', 'clocks', 'desil', 'effective_date', 'deleted'])
      .where(
        'usulan_id',
        'in',
        proposals.slice(i, i + 500).map((p) => p.id),
      )
      .execute();
    for (const r of rows) steps.set(r.usulan_id, [...(steps.get(r.usulan_id) ?? []), r]);
  }
  const out = new Map<string, AcceptedResult[]>();
  for (const p of proposals) {
    const d = deriveState(steps.get(p.id) ?? []);
    if (d.state !== 'hasil_diterima' || !d.effectiveDate || !d.resultStamp) continue;
    const result: AcceptedResult = {
      usulanId: p.id,
      kind: p.kind as UsulanKind,
      desil: d.desil,
      effectiveDate: d.effectiveDate,
      stamp: d.resultStamp,
    };
    out.set(p.household_id, [...(out.get(p.household_id) ?? []), result]);
  }
  return out;
}
