// Writing proposals: create one about an own household, and take a step (role, office kind and state checked).
import type { ParsedInput } from '../../../shared/api/contract.ts';
import {
  EVIDENCE_LABELS,
  EVIDENCE_REQUIRED,
  FINAL_USULAN_STATES,
  USULAN_KIND_LABELS,
  USULAN_STATE_LABELS,
  type UsulanKind,
  type UsulanStep,
} from '../../../shared/reference/usulan.ts';
import { newRowId, type CaseWork } from '../cases/work.ts';
import { CoreError } from '../errors.ts';
import { sessionForDecision } from './musdes-write.ts';
import { conditionJson } from './condition.ts';
import { deriveState } from './state.ts';
import { checkStep, needsReason, type StepSide } from './transitions.ts';

const isDecision = (step: UsulanStep): boolean => step === 'disetujui_musdes' || step === 'ditolak_musdes';

const invalid = (field: string, message: string): CoreError =>
  new CoreError('VALIDATION', message, { fields: { [field]: message } });

/** usulan.create: a draft proposal about one of this office's households; returns its id. */
export async function createUsulan(
  work: CaseWork,
  side: StepSide,
  input: ParsedInput<'usulan.create'>,
): Promise<string> {
  const { db, w, clock, actor } = work;
  if (side === 'dinsos') {
    throw new CoreError(
      'FORBIDDEN',
      'Usulan DTSEN dibuat oleh kantor kecamatan atau desa, bukan Dinas Sosial.',
    );
  }
  const h = await db
    .selectFrom('households')
    .select(['id', 'origin_office_id', 'desa_code'])
    .where('id', '=', input.householdId)
    .where('deleted', '=', 0)
    .executeTakeFirst();
  if (!h) throw new CoreError('NOT_FOUND', 'Keluarga tidak ditemukan.');
  if (h.origin_office_id !== clock.officeId) {
    throw new CoreError('FORBIDDEN', 'Keluarga ini dicatat oleh kantor lain; usulan dibuat oleh kantor itu.');
  }
  if (input.caseId) {
    const c = await db
      .selectFrom('cases')
      .select(['origin_office_id'])
      .where('id', '=', input.caseId)
      .where('deleted', '=', 0)
      .executeTakeFirst();
    if (!c) throw invalid('caseId', 'Kasus asal tidak ditemukan.');
    if (c.origin_office_id !== clock.officeId)
      throw invalid('caseId', 'Kasus asal dicatat oleh kantor lain.');
  }
  const condition = conditionJson(input.kind, input.condition);
  await refuseOpenTwin(work, h.id, input.kind);
  const personIds = [...new Set(input.personIds)];
  if (personIds.length > 0) {
    const members = await db
      .selectFrom('persons')
      .select('id')
      .where('household_id', '=', h.id)
      .where('deleted', '=', 0)
      .where('id', 'in', personIds)
      .execute();
    if (members.length !== personIds.length) {
      throw invalid('personIds', 'Warga yang dipilih harus anggota keluarga ini.');
    }
  }
  const id = newRowId(work);
  await w.insert('usulan', {
    id,
    household_id: h.id,
    case_id: input.caseId,
    person_ids: JSON.stringify(personIds),
    kind: input.kind,
    reason: input.reason,
    evidence: JSON.stringify([...new Set(input.evidence)]),
    desa_code: h.desa_code,
    proposer_name: actor.name,
    proposer_role: actor.role,
    proposed_at: clock.at,
    household_condition: condition,
  });
  return id;
}

/** One proposal of a kind per household at a time: a second would reach the musdes and Dinsos twice. */
async function refuseOpenTwin(work: CaseWork, householdId: string, kind: string): Promise<void> {
  const twins = await work.db
    .selectFrom('usulan')
    .select('id')
    .where('household_id', '=', householdId)
    .where('kind', '=', kind)
    .where('deleted', '=', 0)
    .execute();
  for (const t of twins) {
    const steps = await work.db
      .selectFrom('usulan_steps')
      .selectAll()
      .where('usulan_id', '=', t.id)
      .execute();
    const { state } = deriveState(steps);
    if (FINAL_USULAN_STATES.includes(state)) continue;
    throw new CoreError(
      'CONFLICT',
      `Keluarga ini sudah punya usulan "${USULAN_KIND_LABELS[kind as UsulanKind].toLowerCase()}" yang masih berjalan ` +
        `(${USULAN_STATE_LABELS[state].toLowerCase()}); lanjutkan atau tarik usulan itu dulu.`,
    );
  }
}

/** What a step needs besides the state machine: a reason, the musdes session, the national result. */
function checkStepFields(step: UsulanStep, kind: string, input: ParsedInput<'usulan.transition'>): void {
  if (needsReason(step) && !input.reason?.trim()) {
    throw invalid('reason', `Isi alasan untuk langkah "${USULAN_STATE_LABELS[step].toLowerCase()}".`);
  }
  if (step === 'hasil_diterima') {
    if (kind !== 'usul_keluar' && input.desil === null) throw invalid('desil', 'Isi desil hasil (1–10).');
    if (!input.effectiveDate) throw invalid('effectiveDate', 'Isi tanggal berlaku hasil.');
  }
}

/** dikembalikan: the evidence asked for, of the kind's required list (JSON for the step), or null when none. */
function evidenceAskedOf(
  step: UsulanStep,
  kind: UsulanKind,
  asked: readonly string[] | undefined,
): string | null {
  if (!asked || asked.length === 0) return null;
  if (step !== 'dikembalikan') {
    throw invalid('evidenceAsked', 'Bukti yang diminta hanya dicatat saat usulan dikembalikan ke kantor.');
  }
  const required: readonly string[] = EVIDENCE_REQUIRED[kind];
  const other = asked.find((c) => !required.includes(c));
  if (other) {
    const label = EVIDENCE_LABELS[other as keyof typeof EVIDENCE_LABELS] ?? other;
    throw invalid(
      'evidenceAsked',
      `${label} bukan bukti yang diperlukan untuk usulan "${USULAN_KIND_LABELS[kind].toLowerCase()}".`,
    );
  }
  return JSON.stringify(required.filter((c) => asked.includes(c)));
}

/** usulan.transition: appends the step (owned by this office) after checking state, side and role. */
export async function transitionUsulan(
  work: CaseWork,
  side: StepSide,
  input: ParsedInput<'usulan.transition'>,
): Promise<void> {
  const { db, w, clock, actor } = work;
  const u = await db
    .selectFrom('usulan')
    .selectAll()
    .where('id', '=', input.id)
    .where('deleted', '=', 0)
    .executeTakeFirst();
  if (!u) throw new CoreError('NOT_FOUND', 'Usulan tidak ditemukan.');
  if (side === 'office' && u.origin_office_id !== clock.officeId) {
    throw new CoreError('FORBIDDEN', 'Usulan ini milik kantor lain; langkahnya dicatat oleh kantor itu.');
  }
  const steps = await db.selectFrom('usulan_steps').selectAll().where('usulan_id', '=', u.id).execute();
  const check = checkStep(deriveState(steps).state, input.step, side, actor.role);
  if (!check.ok) {
    throw check.kind === 'FORBIDDEN'
      ? new CoreError('FORBIDDEN', check.message)
      : invalid('step', check.message);
  }
  checkStepFields(input.step, u.kind, input);
  const evidenceAsked = evidenceAskedOf(input.step, u.kind as UsulanKind, input.evidenceAsked);
  if (input.evidence !== undefined) {
    if (side === 'dinsos') throw invalid('evidence', 'Bukti usulan dilengkapi oleh kantor yang mengusulkan.');
    await w.update('usulan', u.id, { evidence: JSON.stringify([...new Set(input.evidence)]) });
  }
  const result = input.step === 'hasil_diterima';
  const session = isDecision(input.step)
    ? await sessionForDecision(work, side, input.step, u.desa_code, input)
    : null;
  await w.insert('usulan_steps', {
    id: newRowId(work),
    usulan_id: u.id,
    step: input.step,
    reason: input.reason,
    desil: result ? input.desil : null,
    effective_date: result ? input.effectiveDate : null,
    session_date: session?.held_on ?? null,
    session_place: session?.place ?? null,
    session_chair: session?.chair ?? null,
    session_participants: session?.participants ?? null,
    session_id: session?.id ?? null,
    actor_name: actor.name,
    actor_role: actor.role,
    at: clock.at,
    evidence_asked: evidenceAsked,
  });
  // The accepted result is the household's DTSEN desil from now on; written in the step's transaction, so its field
  // stamp is the step's and the history (dtsen-timeline.ts) knows the value came from the result, not a clerk.
  if (result) {
    await w.update('households', u.household_id, {
      dtsen_desil: u.kind === 'usul_keluar' ? null : input.desil,
    });
  }
}
