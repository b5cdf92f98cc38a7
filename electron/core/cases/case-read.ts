// Reads cases for the contract: summary rows (with beneficiary name and overdue flag) and the full case detail.
import { sqlFor } from '../storage/sql-for.ts';
import type { DbOrTrx } from '../db/database.ts';
import type { CasesTable } from '../db/tables/cases.ts';
import { CoreError } from '../errors.ts';
import type { Role } from '../../../shared/api/roles.ts';
import { isDecision, type CaseStatus } from '../../../shared/reference/case-status.ts';
import type {
  CaseDecision,
  CaseDetail,
  CaseEvent,
  CaseKind,
  CaseSubKind,
  CaseSummary,
  FollowUp,
} from '../../../shared/types/cases.ts';
import { caseOverdueSql, isOverdue } from './overdue.ts';
import { listReferrals } from './referral-read.ts';
import { manualTransitions, referralEntry } from './workflow.ts';

export type CaseRow = CasesTable;

/** The case row (not deleted), or NOT_FOUND. */
export async function getCaseRow(db: DbOrTrx, id: string): Promise<CaseRow> {
  const row = await db
    .selectFrom('cases')
    .selectAll()
    .where('id', '=', id)
    .where('deleted', '=', 0)
    .executeTakeFirst();
  if (!row) throw new CoreError('NOT_FOUND', 'Kasus tidak ditemukan.');
  return row;
}

/** Cases `c` (not deleted) joined with their beneficiary `p`; callers add filters. */
export const caseBase = (db: DbOrTrx) =>
  db.selectFrom('cases as c').leftJoin('persons as p', 'p.id', 'c.beneficiary_id').where('c.deleted', '=', 0);

export type CaseBase = ReturnType<typeof caseBase>;

/** The columns of a summary row, with the overdue flag as of the office's `today`. */
export const withSummaryColumns = (q: CaseBase, today: string) =>
  q
    .select([
      'c.id',
      'c.case_number',
      'c.kind',
      'c.sub_kind',
      'c.category',
      'c.status',
      'c.fast_track',
      'c.beneficiary_id',
      'c.desa_code',
      'c.received_at',
      'c.closed_at',
      'p.name as beneficiary_name',
    ])
    .select(caseOverdueSql(today).as('overdue'));

export interface CaseSummaryRow {
  id: string;
  case_number: string;
  kind: string;
  sub_kind: string | null;
  category: string;
  status: string;
  fast_track: number;
  beneficiary_id: string;
  desa_code: string;
  received_at: string;
  closed_at: string | null;
  beneficiary_name: string | null;
  overdue: unknown;
}

export const toCaseSummary = (r: CaseSummaryRow): CaseSummary => ({
  id: r.id,
  caseNumber: r.case_number,
  kind: r.kind as CaseKind,
  subKind: r.sub_kind as CaseSubKind | null,
  category: r.category,
  status: r.status as CaseStatus,
  fastTrack: r.fast_track === 1,
  beneficiaryId: r.beneficiary_id,
  beneficiaryName: r.beneficiary_name ?? '(data warga belum tersedia)',
  desaCode: r.desa_code,
  receivedAt: r.received_at,
  closedAt: r.closed_at,
  overdue: Boolean(r.overdue),
});

async function personName(db: DbOrTrx, id: string | null): Promise<string | null> {
  if (!id) return null;
  const row = await db.selectFrom('persons').select('name').where('id', '=', id).executeTakeFirst();
  return row?.name ?? null;
}

async function caseEvents(db: DbOrTrx, caseId: string): Promise<CaseEvent[]> {
  const rows = await db
    .selectFrom('case_events')
    .selectAll()
    .where('case_id', '=', caseId)
    .where('deleted', '=', 0)
    .orderBy('at')
    .orderBy(sqlFor(db).insertionOrder())
    .execute();
  return rows.map((e) => ({
    id: e.id,
    at: e.at,
    type: e.type as CaseEvent['type'],
    fromStatus: e.from_status as CaseStatus | null,
    toStatus: e.to_status as CaseStatus | null,
    reason: e.reason,
    note: e.note,
    actorName: e.actor_name,
    actorRole: e.actor_role,
  }));
}

async function caseFollowUps(db: DbOrTrx, caseId: string, today: string): Promise<FollowUp[]> {
  const rows = await db
    .selectFrom('follow_ups')
    .selectAll()
    .where('case_id', '=', caseId)
    .where('deleted', '=', 0)
    .orderBy('due_date')
    .orderBy(sqlFor(db).insertionOrder())
    .execute();
  return rows.map((f) => ({
    id: f.id,
    caseId: f.case_id,
    referralId: f.referral_id,
    dueDate: f.due_date,
    doneDate: f.done_date,
    note: f.note,
    overdue: isOverdue(f.due_date, f.done_date, today),
  }));
}

/** Everything the case screen shows; `allowedTransitions` are those the caller's role may make now. */
export async function loadCaseDetail(
  db: DbOrTrx,
  id: string,
  role: Role | null,
  today: string,
): Promise<CaseDetail> {
  const c = await getCaseRow(db, id);
  const beneficiaryName = await personName(db, c.beneficiary_id);
  const reporterPerson = await personName(db, c.reporter_id);
  const followUps = await caseFollowUps(db, id, today);
  const status = c.status as CaseStatus;
  const events = await caseEvents(db, id);
  return {
    id: c.id,
    originOfficeId: c.origin_office_id,
    caseNumber: c.case_number,
    kind: c.kind as CaseKind,
    subKind: c.sub_kind as CaseSubKind | null,
    category: c.category,
    subCategory: c.sub_category,
    channel: c.channel,
    fastTrack: c.fast_track === 1,
    fastTrackReason: c.fast_track_reason,
    beneficiaryId: c.beneficiary_id,
    beneficiaryName: beneficiaryName ?? '(data warga belum tersedia)',
    reporterId: c.reporter_id,
    reporterName: c.reporter_name,
    reporterDisplayName: c.reporter_name ?? reporterPerson,
    description: c.description,
    assignedTo: c.assigned_to,
    status,
    desaCode: c.desa_code,
    receivedAt: c.received_at,
    closedAt: c.closed_at,
    overdue: followUps.some((f) => f.overdue),
    events,
    referrals: await listReferrals(db, today, (q) => q.where('r.case_id', '=', id).orderBy('r.letter_date')),
    followUps,
    allowedTransitions: role ? manualTransitions(status, role) : [],
    canRefer: role ? referralEntry(status, role).ok : false,
    decision: decisionOf(events),
  };
}

/** The latest penetapan with its text (events are oldest first). */
function decisionOf(events: CaseEvent[]): CaseDecision | null {
  const e = events.findLast((x) => x.toStatus !== null && isDecision(x.toStatus) && x.reason);
  return e?.reason ? { text: e.reason, at: e.at, actorName: e.actorName } : null;
}
