// A proposal's household condition: checked against its kind, stored as JSON, edited while on the office's side.
import type { ParsedInput } from '../../../shared/api/contract.ts';
import {
  CONDITION_KINDS,
  isEmptyCondition,
  normalizeCondition,
  type HouseholdCondition,
} from '../../../shared/reference/household-condition.ts';
import {
  USULAN_KIND_LABELS,
  USULAN_STATE_LABELS,
  type UsulanKind,
  type UsulanState,
} from '../../../shared/reference/usulan.ts';
import type { CaseWork } from '../cases/work.ts';
import { CoreError } from '../errors.ts';
import { deriveState } from './state.ts';
import type { StepSide } from './transitions.ts';

/** The states in which the proposal is still the office's to complete (not yet at the musdes's or Dinsos's). */
export const CONDITION_EDITABLE_STATES: readonly UsulanState[] = ['draft', 'siap_musdes', 'dikembalikan'];

const invalid = (message: string): CoreError =>
  new CoreError('VALIDATION', message, { fields: { condition: message } });

/** The JSON to store for a kind, or null when nothing is recorded; a condition on another kind is refused. */
export function conditionJson(kind: string, condition: HouseholdCondition | undefined): string | null {
  if (condition === undefined || isEmptyCondition(condition)) return null;
  if (!CONDITION_KINDS.includes(kind as UsulanKind)) {
    throw invalid(
      `Kondisi keluarga hanya dicatat pada usulan baru dan perbaikan data, bukan pada ` +
        `"${USULAN_KIND_LABELS[kind as UsulanKind]?.toLowerCase() ?? kind}".`,
    );
  }
  return JSON.stringify(normalizeCondition(condition));
}

/** The stored condition read back (null when none or unreadable). */
export function conditionOf(json: string | null): HouseholdCondition | null {
  if (!json) return null;
  try {
    const parsed: unknown = JSON.parse(json);
    return parsed && typeof parsed === 'object' && !Array.isArray(parsed)
      ? (parsed as HouseholdCondition)
      : null;
  } catch {
    return null;
  }
}

/** usulan.setCondition: replaces the condition of an own proposal still on the office's side (empty clears it). */
export async function setUsulanCondition(
  work: CaseWork,
  side: StepSide,
  input: ParsedInput<'usulan.setCondition'>,
): Promise<void> {
  const { db, w, clock } = work;
  if (side === 'dinsos') {
    throw new CoreError(
      'FORBIDDEN',
      'Kondisi keluarga diisi oleh kantor yang mengusulkan, bukan Dinas Sosial.',
    );
  }
  const u = await db
    .selectFrom('usulan')
    .select(['id', 'kind', 'origin_office_id'])
    .where('id', '=', input.id)
    .where('deleted', '=', 0)
    .executeTakeFirst();
  if (!u) throw new CoreError('NOT_FOUND', 'Usulan tidak ditemukan.');
  if (u.origin_office_id !== clock.officeId) {
    throw new CoreError('FORBIDDEN', 'Usulan ini milik kantor lain; kondisinya diisi oleh kantor itu.');
  }
  const steps = await db.selectFrom('usulan_steps').selectAll().where('usulan_id', '=', u.id).execute();
  const { state } = deriveState(steps);
  if (!CONDITION_EDITABLE_STATES.includes(state)) {
    throw invalid(
      `Usulan sudah ${USULAN_STATE_LABELS[state].toLowerCase()}; kondisi keluarga tidak bisa diubah lagi.`,
    );
  }
  await w.update('usulan', u.id, { household_condition: conditionJson(u.kind, input.condition) });
}
