// The full person record: fields, household and members, PPKS, programs, cases as beneficiary, audit history.
import type { DbOrTrx } from '../db/database.ts';
import { caseBase, toCaseSummary, withSummaryColumns } from '../cases/case-read.ts';
import type { PersonsTable } from '../db/tables/persons.ts';
import { CoreError } from '../errors.ts';
import type { CaseSummary } from '../../../shared/types/cases.ts';
import type { PersonDetail, PersonHistoryEntry } from '../../../shared/types/register.ts';
import { suggestDisdukcapilReferral } from '../../../shared/validation/person.ts';
import { loadHousehold } from './households.ts';
import { toPersonFields, toPpks, toProgram } from './rows.ts';
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

/** Cases where the person is the beneficiary, newest first, with the cases module's own overdue rule. */
async function casesOf(db: DbOrTrx, today: string, person: PersonsTable): Promise<CaseSummary[]> {
  const rows = await withSummaryColumns(caseBase(db), today)
    .where('c.beneficiary_id', '=', person.id)
    .orderBy('c.received_at', 'desc')
    .orderBy('c.id', 'desc')
    .execute();
  return rows.map(toCaseSummary);
}

/** Who viewed or changed this person's record, from the audit log. */
async function historyOf(db: DbOrTrx, id: string): Promise<PersonHistoryEntry[]> {
  const rows = await db
    .selectFrom('audit_log')
    .leftJoin('users', 'users.id', 'audit_log.user_id')
    .select(['audit_log.at', 'audit_log.username', 'users.full_name', 'audit_log.action', 'audit_log.detail'])
    .where('audit_log.entity_type', '=', 'person')
    .where('audit_log.entity_id', '=', id)
    .orderBy('audit_log.id', 'desc')
    .limit(HISTORY_LIMIT)
    .execute();
  return rows.map((r) => ({
    at: r.at,
    username: r.username,
    userFullName: r.full_name ?? null,
    action: r.action,
    detail: r.detail,
  }));
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
    erased: !!(await db.selectFrom('erasures').select('id').where('person_id', '=', id).executeTakeFirst()),
  };
}
