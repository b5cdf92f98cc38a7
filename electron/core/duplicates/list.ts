// The duplicate candidates as a list: highest score first, each side with its office, id, name, NIK, birth, desa and household.
import { sql } from 'kysely';
import { sqlFor } from '../storage/sql-for.ts';
import type { DbOrTrx } from '../db/database.ts';
import type { CaseStatus } from '../../../shared/reference/case-status.ts';
import type {
  DuplicateCandidate,
  DuplicateReason,
  DuplicateSide,
  DuplicateSideCase,
  DuplicateStatus,
} from '../../../shared/types/duplicates.ts';

interface Row {
  person_a: string;
  person_b: string;
  score: number;
  reasons: string;
  status: string;
  found_at: string;
  a_office: string;
  a_office_name: string | null;
  a_name: string;
  a_nik: string | null;
  b_office: string;
  b_office_name: string | null;
  b_name: string;
  b_nik: string | null;
}

interface SideFacts {
  id: string;
  birth_date: string | null;
  sex: string;
  desa_code: string | null;
  head_name: string | null;
  members: number;
  cases: number;
}

type Facts = Pick<
  DuplicateSide,
  'birthDate' | 'sex' | 'desaCode' | 'householdHead' | 'householdSize' | 'caseCount' | 'latestCase'
>;

const NO_FACTS: Facts = {
  birthDate: null,
  sex: '',
  desaCode: null,
  householdHead: null,
  householdSize: 0,
  caseCount: 0,
  latestCase: null,
};

/** The latest live case of each listed person (as beneficiary). */
async function latestCases(db: DbOrTrx, ids: string[]): Promise<Map<string, DuplicateSideCase>> {
  const rows = await sql<{
    person: string;
    id: string;
    case_number: string;
    status: CaseStatus;
    category: string;
    received_at: string;
  }>`
    select c.beneficiary_id as person, c.id, c.case_number, c.status, c.category, c.received_at from cases c
    where c.deleted = 0 and c.beneficiary_id in ${sqlFor(db).jsonArrayValues(JSON.stringify(ids))}
      and c.id = (select l.id from cases l where l.beneficiary_id = c.beneficiary_id and l.deleted = 0
                  order by l.received_at desc, l.id desc limit 1)`.execute(db);
  return new Map(
    rows.rows.map((r) => [
      r.person,
      {
        caseId: r.id,
        caseNumber: r.case_number,
        status: r.status,
        category: r.category,
        receivedAt: r.received_at,
      },
    ]),
  );
}

/** Birth date, sex, desa, household and cases of the listed persons, for the reviewer's side-by-side view. */
async function sideFacts(db: DbOrTrx, ids: string[]): Promise<Map<string, Facts>> {
  if (ids.length === 0) return new Map();
  const rows = await sql<SideFacts>`
    select p.id, p.birth_date, p.sex, p.desa_code, h.head_name,
           (select count(*) from persons m where m.household_id = p.household_id and m.deleted = 0) as members,
           (select count(*) from cases c where c.beneficiary_id = p.id and c.deleted = 0) as cases
    from persons p left join households h on h.id = p.household_id
    where p.id in ${sqlFor(db).jsonArrayValues(JSON.stringify(ids))}`.execute(db);
  const latest = await latestCases(db, ids);
  return new Map(
    rows.rows.map((r) => [
      r.id,
      {
        birthDate: r.birth_date,
        sex: r.sex,
        desaCode: r.desa_code,
        householdHead: r.head_name,
        householdSize: r.members,
        caseCount: r.cases,
        latestCase: latest.get(r.id) ?? null,
      },
    ]),
  );
}

/**
 * Candidates with the given status (default 'baru'), by score, then by the first record's office and id. A
 * pair with a live decision (made here or received from another Dinsos PC) is never 'baru' in the queue. With
 * `office`, only pairs with a record of that office.
 */
export async function listCandidates(
  db: DbOrTrx,
  limit: number,
  status: DuplicateStatus = 'baru',
  office?: string,
): Promise<DuplicateCandidate[]> {
  const rows = await sql<Row>`
    select c.person_a, c.person_b, c.score, c.reasons, c.status, c.found_at,
           pa.origin_office_id as a_office, oa.name as a_office_name, pa.name as a_name, pa.nik as a_nik,
           pb.origin_office_id as b_office, ob.name as b_office_name, pb.name as b_name, pb.nik as b_nik
    from duplicate_candidates c
    join persons pa on pa.id = c.person_a
    join persons pb on pb.id = c.person_b
    left join offices oa on oa.id = pa.origin_office_id
    left join offices ob on ob.id = pb.origin_office_id
    where c.status = ${status} and (${status} <> 'baru' or not exists (select 1 from duplicate_decisions d
      where d.person_a = c.person_a and d.person_b = c.person_b and d.undone = 0 and d.deleted = 0))
      and (cast(${office ?? null} as text) is null or ${office ?? null} in (pa.origin_office_id, pb.origin_office_id))
    order by c.score desc, oa.name nulls first, c.person_a, c.person_b
    limit ${limit}`.execute(db);
  const facts = await sideFacts(
    db,
    rows.rows.flatMap((r) => [r.person_a, r.person_b]),
  );
  return rows.rows.map((r) => ({
    a: {
      personId: r.person_a,
      officeId: r.a_office,
      officeName: r.a_office_name,
      name: r.a_name,
      nik: r.a_nik,
      ...(facts.get(r.person_a) ?? NO_FACTS),
    },
    b: {
      personId: r.person_b,
      officeId: r.b_office,
      officeName: r.b_office_name,
      name: r.b_name,
      nik: r.b_nik,
      ...(facts.get(r.person_b) ?? NO_FACTS),
    },
    score: r.score,
    reasons: JSON.parse(r.reasons) as DuplicateReason[],
    status: r.status as DuplicateStatus,
    foundAt: r.found_at,
  }));
}

/** How many candidates await review ('baru'). */
export async function countPending(db: DbOrTrx): Promise<number> {
  const r = await sql<{
    n: number;
  }>`select count(*) as n from duplicate_candidates c where status = 'baru' and not exists (select 1
      from duplicate_decisions d where d.person_a = c.person_a and d.person_b = c.person_b
      and d.undone = 0 and d.deleted = 0)`.execute(db);
  return r.rows[0]?.n ?? 0;
}
