// The full person record: fields, household and members, PPKS, programs, cases as beneficiary, audit history.
import type { DbOrTrx } from '../db/database.ts';
import type { PersonsTable } from '../db/tables/persons.ts';
import { CoreError } from '../errors.ts';
import type { CaseKind, CaseStatus, CaseSubKind, CaseSummary } from '../../../shared/types/cases.ts';
import type { PersonDetail, PersonHistoryEntry } from '../../../shared/types/register.ts';
import { suggestDisdukcapilReferral } from '../../../shared/validation/person.ts';
import { loadHousehold } from './households.ts';
import { toPersonFields, toPpks, toProgram } from './rows.ts';
import { rawRows } from './scope.ts';
import { householdMembers } from './summaries.ts';

/** How many audit entries the person screen shows (newest first). */
export const HISTORY_LIMIT = 200;

export async function getPersonRow(db: DbOrTrx, id: string): Promise<PersonsTable> {
  const row = await db
    .selectFrom('persons')
    .selectAll()
    .where('id', '=', id)
    .where('deleted', '=', 0)
    .executeTakeFirst();
  if (!row) throw new CoreError('NOT_FOUND', 'Data orang tidak ditemukan.');
  return row;
}

const nullIfNotFound = (err: unknown): null => {
  if (err instanceof CoreError && err.code === 'NOT_FOUND') return null;
  throw err;
};

interface CaseRow {
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
  overdue: number;
}

/** Cases where the person is the beneficiary, newest first; overdue = an open follow-up due before today. */
async function casesOf(db: DbOrTrx, today: string, person: PersonsTable): Promise<CaseSummary[]> {
  const rows = await rawRows<CaseRow>(
    db,
    `select c.id, c.case_number, c.kind, c.sub_kind, c.category, c.status, c.fast_track, c.beneficiary_id,
       c.desa_code, c.received_at, c.closed_at,
       exists (select 1 from follow_ups f where f.case_id = c.id and f.deleted = 0
         and f.done_date is null and f.due_date < ?) as overdue
     from cases c where c.beneficiary_id = ? and c.deleted = 0
     order by c.received_at desc, c.id desc`,
    [today, person.id],
  );
  return rows.map((r) => ({
    id: r.id,
    caseNumber: r.case_number,
    kind: r.kind as CaseKind,
    subKind: r.sub_kind as CaseSubKind | null,
    category: r.category,
    status: r.status as CaseStatus,
    fastTrack: r.fast_track === 1,
    beneficiaryId: r.beneficiary_id,
    beneficiaryName: person.name,
    desaCode: r.desa_code,
    receivedAt: r.received_at,
    closedAt: r.closed_at,
    overdue: r.overdue === 1,
  }));
}

/** Who viewed or changed this person's record, from the audit log. */
async function historyOf(db: DbOrTrx, id: string): Promise<PersonHistoryEntry[]> {
  const rows = await db
    .selectFrom('audit_log')
    .select(['at', 'username', 'action', 'detail'])
    .where('entity_type', '=', 'person')
    .where('entity_id', '=', id)
    .orderBy('id', 'desc')
    .limit(HISTORY_LIMIT)
    .execute();
  return rows.map((r) => ({ at: r.at, username: r.username, action: r.action, detail: r.detail }));
}

export async function loadPersonDetail(db: DbOrTrx, today: string, id: string): Promise<PersonDetail> {
  const row = await getPersonRow(db, id);
  const fields = toPersonFields(row);
  // A household deleted elsewhere (sync) leaves the person without one rather than unreadable.
  const household = row.household_id ? await loadHousehold(db, row.household_id).catch(nullIfNotFound) : null;
  const ppks = await db
    .selectFrom('ppks_assignments')
    .selectAll()
    .where('person_id', '=', id)
    .where('deleted', '=', 0)
    .orderBy('active', 'desc')
    .orderBy('since', 'desc')
    .orderBy('id')
    .execute();
  const programs = await db
    .selectFrom('program_memberships')
    .selectAll()
    .where('person_id', '=', id)
    .where('deleted', '=', 0)
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .execute();
  return {
    ...fields,
    id: row.id,
    originOfficeId: row.origin_office_id,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    household,
    members: household ? await householdMembers(db, today, household.id) : [],
    ppks: ppks.map(toPpks),
    programs: programs.map(toProgram),
    cases: await casesOf(db, today, row),
    history: await historyOf(db, id),
    suggestDisdukcapil: suggestDisdukcapilReferral(fields),
  };
}
