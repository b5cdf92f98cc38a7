// Loads the register's live person records (tombstoned and erased ones left out) as the duplicate matchers see them.
import { sql } from 'kysely';
import type { DbOrTrx } from '../db/database.ts';
import { nameKey } from '../../../shared/text/name-key.ts';
import type { DupPerson } from './match.ts';

interface PersonRow {
  id: string;
  origin_office_id: string;
  nik: string | null;
  name: string;
  sex: string;
  birth_date: string | null;
  desa_code: string;
  household_id: string | null;
  no_kk: string | null;
  local_seq: number;
}

export interface LoadedPersons {
  persons: DupPerson[];
  /** local_seq of each person, by index. */
  seqs: number[];
  /** Indexes of the members of each household. */
  households: Map<string, number[]>;
}

/** A household larger than this is no family (a placeholder of an import): its members tie no one. */
const MAX_HOUSEHOLD = 50;

function membersOf(
  households: Map<string, number[]>,
  id: string | null,
  self: number,
  keys: string[],
): string[] {
  const list = id ? (households.get(id) ?? []) : [];
  if (list.length > MAX_HOUSEHOLD) return [];
  return list.filter((j) => j !== self).map((j) => keys[j] ?? '');
}

/**
 * Every person not tombstoned and not erased (an erased resident's name is empty; the erasure row also says
 * so), with the name key, the household's No. KK and the name keys of the other members of the household.
 */
export async function loadPersons(db: DbOrTrx): Promise<LoadedPersons> {
  const rows = await sql<PersonRow>`
    select p.id, p.origin_office_id, p.nik, p.name, p.sex, p.birth_date, p.desa_code, p.household_id,
           h.no_kk, p.local_seq
    from persons p left join households h on h.id = p.household_id and h.deleted = 0
    where p.deleted = 0 and p.name != ''
      and not exists (select 1 from erasures e where e.person_id = p.id and e.deleted = 0)
    order by p.id`.execute(db);
  const households = new Map<string, number[]>();
  // Names repeat (a kabupaten has far fewer distinct names than residents): each is folded once.
  const folded = new Map<string, string>();
  const keys = rows.rows.map((r) => {
    let key = folded.get(r.name);
    if (key === undefined) {
      key = nameKey(r.name);
      folded.set(r.name, key);
    }
    return key;
  });
  rows.rows.forEach((r, i) => {
    if (!r.household_id) return;
    const list = households.get(r.household_id);
    if (list) list.push(i);
    else households.set(r.household_id, [i]);
  });
  const persons = rows.rows.map((r, i): DupPerson => ({
    id: r.id,
    officeId: r.origin_office_id,
    nik: r.nik && r.nik.trim() !== '' ? r.nik.trim() : null,
    key: keys[i] ?? '',
    sex: r.sex,
    birthDate: r.birth_date,
    desa: r.desa_code,
    householdId: r.household_id,
    noKk: r.no_kk && r.no_kk.trim() !== '' ? r.no_kk.trim() : null,
    members: membersOf(households, r.household_id, i, keys),
  }));
  return { persons, seqs: rows.rows.map((r) => r.local_seq), households };
}
