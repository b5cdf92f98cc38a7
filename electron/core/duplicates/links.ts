// "Juga terdaftar di …": a resident's other records, linked by a live 'sama' decision, as an office may see them.
import { sql } from 'kysely';
import type { DbOrTrx } from '../db/database.ts';
import type { PersonLink } from '../../../shared/types/duplicates.ts';

interface Row {
  other: string;
  other_office: string;
  office_name: string | null;
  decided_at: string;
  primary_person_id: string | null;
}

/**
 * The other records of this person, from the decisions this office holds (at a kecamatan only those about its
 * own residents travel here): the other office's name, the other record's id and the decision's date.
 */
export async function personLinks(db: DbOrTrx, personId: string): Promise<PersonLink[]> {
  const rows = await sql<Row>`
    select case when d.person_a = ${personId} then d.person_b else d.person_a end as other,
           case when d.person_a = ${personId} then d.office_b else d.office_a end as other_office,
           o.name as office_name, d.decided_at, d.primary_person_id
    from duplicate_decisions d
    left join offices o on o.id = case when d.person_a = ${personId} then d.office_b else d.office_a end
    where (d.person_a = ${personId} or d.person_b = ${personId})
      and d.decision = 'sama' and d.undone = 0 and d.deleted = 0
    order by d.decided_at, other`.execute(db);
  return rows.rows.map((r) => ({
    personId: r.other,
    officeId: r.other_office,
    officeName: r.office_name,
    decidedAt: r.decided_at,
    otherIsPrimary: r.primary_person_id === r.other,
  }));
}
