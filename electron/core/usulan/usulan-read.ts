// Reading proposals: list rows with their derived state, and one proposal with its steps and the caller's next steps.
import { CONDITION_EDITABLE_STATES, conditionOf } from './condition.ts';
import type { Role } from '../../../shared/api/roles.ts';
import type { MusdesKind } from '../../../shared/reference/musdes.ts';
import {
  EVIDENCE_CODES,
  EVIDENCE_REQUIRED,
  usulanStateText,
  type EvidenceCode,
  type UsulanKind,
  type UsulanStep,
} from '../../../shared/reference/usulan.ts';
import type {
  UsulanDetail,
  UsulanList,
  UsulanStepView,
  UsulanSummary,
} from '../../../shared/types/usulan.ts';
import type { ParsedInput } from '../../../shared/api/contract.ts';
import { sql } from 'kysely';
import type { DbOrTrx } from '../db/database.ts';
import { sqlFor } from '../storage/sql-for.ts';
import type { UsulanStepsTable, UsulanTable } from '../db/tables/usulan.ts';
import { evidenceAtHand, evidenceAttached } from '../../../shared/reference/usulan-evidence.ts';
import { CoreError } from '../errors.ts';
import { deriveState, stepOrder } from './state.ts';
import { allowedSteps, type StepSide } from './transitions.ts';

type UsulanRow = UsulanTable & { no_kk: string | null; head_name: string | null; office_name: string | null };

const parseList = (json: string): string[] => {
  const v: unknown = JSON.parse(json);
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
};

export const evidenceOf = (json: string): EvidenceCode[] =>
  parseList(json).filter((c): c is EvidenceCode => (EVIDENCE_CODES as readonly string[]).includes(c));

const baseQuery = (db: DbOrTrx) =>
  db
    .selectFrom('usulan as u')
    .leftJoin('households as h', 'h.id', 'u.household_id')
    .leftJoin('offices as o', 'o.id', 'u.origin_office_id')
    .selectAll('u')
    .select(['h.no_kk as no_kk', 'o.name as office_name'])
    // The head's name, or when the household has none recorded, the first person the proposal concerns, or (a
    // proposal about the household as a whole, e.g. made in bulk) its first registered member.
    .select(
      sql<string | null>`coalesce(nullif(h.head_name, ''),
        (select p.name from persons p where p.id = ${sqlFor(db).jsonArrayItem('u.person_ids', 0)}),
        (select p.name from persons p where p.household_id = u.household_id and p.deleted = 0
          order by p.created_at, p.id limit 1))`.as('head_name'),
    )
    .where('u.deleted', '=', 0);

/** The steps of the given proposals, by proposal. */
async function stepsOf(db: DbOrTrx, ids: readonly string[]): Promise<Map<string, UsulanStepsTable[]>> {
  const out = new Map<string, UsulanStepsTable[]>();
  for (let i = 0; i < ids.length; i += 500) {
    const rows = await db
      .selectFrom('usulan_steps')
      .selectAll()
      .where('usulan_id', 'in', ids.slice(i, i + 500))
      .execute();
    for (const r of rows) out.set(r.usulan_id, [...(out.get(r.usulan_id) ?? []), r]);
  }
  return out;
}

function summaryOf(u: UsulanRow, steps: readonly UsulanStepsTable[]): UsulanSummary {
  const d = deriveState(steps);
  const setter = stepOrder(steps).findLast((s) => d.applied.has(s.id));
  const last = steps.reduce((m, s) => (s.at > m ? s.at : m), u.proposed_at);
  return {
    id: u.id,
    householdId: u.household_id,
    noKk: u.no_kk ?? '',
    headName: u.head_name ?? '',
    desaCode: u.desa_code,
    kind: u.kind as UsulanKind,
    state: d.state,
    desil: d.desil,
    effectiveDate: d.effectiveDate,
    stateText: usulanStateText(d.state, d.desil),
    stateReason: setter?.reason ?? null,
    officeId: u.origin_office_id,
    officeName: u.office_name ?? '',
    proposedAt: u.proposed_at,
    updatedAt: last,
  };
}

/** The given proposals' list rows and the ids of the steps that moved each (a session's decisions). */
export async function summariesOf(
  db: DbOrTrx,
  ids: readonly string[],
): Promise<Map<string, { summary: UsulanSummary; applied: Set<string> }>> {
  const out = new Map<string, { summary: UsulanSummary; applied: Set<string> }>();
  if (ids.length === 0) return out;
  const steps = await stepsOf(db, ids);
  for (let i = 0; i < ids.length; i += 500) {
    for (const r of await baseQuery(db)
      .where('u.id', 'in', ids.slice(i, i + 500))
      .execute()) {
      const own = steps.get(r.id) ?? [];
      out.set(r.id, { summary: summaryOf(r, own), applied: deriveState(own).applied });
    }
  }
  return out;
}

/** usulan.list: newest first; the state filter applies to the derived state. */
export async function listUsulan(db: DbOrTrx, input: ParsedInput<'usulan.list'>): Promise<UsulanList> {
  let q = baseQuery(db);
  if (input.kind) q = q.where('u.kind', '=', input.kind);
  if (input.householdId) q = q.where('u.household_id', '=', input.householdId);
  if (input.desaCode) q = q.where('u.desa_code', '=', input.desaCode);
  if (input.originOfficeId) q = q.where('u.origin_office_id', '=', input.originOfficeId);
  const rows = await q.orderBy('u.proposed_at', 'desc').orderBy('u.id', 'desc').execute();
  const steps = await stepsOf(
    db,
    rows.map((r) => r.id),
  );
  const all = rows
    .map((r) => summaryOf(r, steps.get(r.id) ?? []))
    .filter((s) => !input.state || s.state === input.state);
  return { items: all.slice(input.offset, input.offset + input.limit), total: all.length };
}

/** The kind of each session the steps name (a step before migration 17 names none: a musdes). */
async function sessionKinds(
  db: DbOrTrx,
  steps: readonly UsulanStepsTable[],
): Promise<Map<string, MusdesKind>> {
  const ids = [...new Set(steps.map((s) => s.session_id).filter((x): x is string => x !== null))];
  if (ids.length === 0) return new Map();
  const rows = await db.selectFrom('musdes_sessions').select(['id', 'kind']).where('id', 'in', ids).execute();
  return new Map(rows.map((r) => [r.id, r.kind as MusdesKind]));
}

function sessionOfStep(
  s: UsulanStepsTable,
  kinds: ReadonlyMap<string, MusdesKind>,
): UsulanStepView['session'] {
  if (!s.session_date || !s.session_chair) return null;
  return {
    id: s.session_id,
    kind: (s.session_id ? kinds.get(s.session_id) : undefined) ?? 'musdes',
    date: s.session_date,
    place: s.session_place,
    chair: s.session_chair,
    participants: s.session_participants,
  };
}

export interface Viewer {
  /** This office and its side; office steps are only for the proposal's own office. */
  officeId: string;
  side: StepSide;
  role: Role | null;
}

/** usulan.get: the proposal, its steps in replay order, and the steps the viewer may take now. */
export async function getUsulan(db: DbOrTrx, id: string, viewer: Viewer): Promise<UsulanDetail> {
  const u = await baseQuery(db).where('u.id', '=', id).executeTakeFirst();
  if (!u) throw new CoreError('NOT_FOUND', 'Usulan tidak ditemukan.');
  const steps = (await stepsOf(db, [id])).get(id) ?? [];
  const d = deriveState(steps);
  const officeIds = [...new Set(steps.map((s) => s.origin_office_id))];
  const names = new Map(
    officeIds.length === 0
      ? []
      : (await db.selectFrom('offices').select(['id', 'name']).where('id', 'in', officeIds).execute()).map(
          (o) => [o.id, o.name] as const,
        ),
  );
  const kinds = await sessionKinds(db, steps);
  const views: UsulanStepView[] = stepOrder(steps).map((s) => ({
    id: s.id,
    step: s.step as UsulanStep,
    reason: s.reason,
    desil: s.desil,
    effectiveDate: s.effective_date,
    session: sessionOfStep(s, kinds),
    evidenceAsked: s.evidence_asked ? evidenceOf(s.evidence_asked) : [],
    actorName: s.actor_name,
    actorRole: s.actor_role,
    officeName: names.get(s.origin_office_id) ?? s.origin_office_id,
    at: s.at,
    applied: d.applied.has(s.id),
  }));
  const evidence = evidenceOf(u.evidence);
  const attachedKinds = await db
    .selectFrom('attachments')
    .select('kind')
    .where('owner_type', '=', 'usulan')
    .where('owner_id', '=', id)
    .where('removed_at', 'is', null)
    .execute();
  const attached = evidenceAttached(attachedKinds.map((a) => a.kind));
  const atHand = evidenceAtHand(evidence, attached);
  const kind = u.kind as UsulanKind;
  const returnedBy = d.state === 'dikembalikan' ? views.findLast((v) => v.applied) : undefined;
  const mayAct = viewer.role !== null && (viewer.side === 'dinsos' || u.origin_office_id === viewer.officeId);
  return {
    ...summaryOf(u, steps),
    caseId: u.case_id,
    personIds: parseList(u.person_ids),
    reason: u.reason,
    evidence,
    evidenceAttached: attached,
    missingEvidence: (EVIDENCE_REQUIRED[kind] ?? []).filter((c) => !atHand.includes(c)),
    evidenceAsked: returnedBy?.evidenceAsked ?? [],
    proposerName: u.proposer_name,
    proposerRole: u.proposer_role,
    condition: conditionOf(u.household_condition),
    conditionEditable:
      mayAct &&
      viewer.side === 'office' &&
      CONDITION_EDITABLE_STATES.includes(d.state) &&
      viewer.role !== null,
    steps: views,
    allowedSteps: mayAct && viewer.role ? allowedSteps(d.state, viewer.side, viewer.role) : [],
  };
}
