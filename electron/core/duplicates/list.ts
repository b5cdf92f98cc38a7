// The duplicate candidates as a list: highest score first, each side with its office, id, name and NIK.
import { sql } from 'kysely';
import type { DbOrTrx } from '../db/database.ts';
import type {
  DuplicateCandidate,
  DuplicateReason,
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

/**
 * Candidates with the given status (default 'baru'), by score, then by the first record's office and id. A
 * pair with a live decision (made here or received from another Dinsos PC) is never 'baru' in the queue.
 */
export async function listCandidates(
  db: DbOrTrx,
  limit: number,
  status: DuplicateStatus = 'baru',
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
    order by c.score desc, oa.name, c.person_a, c.person_b
    limit ${limit}`.execute(db);
  return rows.rows.map((r) => ({
    a: {
      personId: r.person_a,
      officeId: r.a_office,
      officeName: r.a_office_name,
      name: r.a_name,
      nik: r.a_nik,
    },
    b: {
      personId: r.person_b,
      officeId: r.b_office,
      officeName: r.b_office_name,
      name: r.b_name,
      nik: r.b_nik,
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
