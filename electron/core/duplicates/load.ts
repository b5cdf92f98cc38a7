// Loads the register's live person records (tombstoned and erased ones left out) as columns, page by page, as the duplicate matchers see them.
import { sql } from 'kysely';
import type { DbOrTrx } from '../db/database.ts';
import { nameKey } from '../../../shared/text/name-key.ts';
import { ColumnArrays, grown, type PersonColumns } from './columns.ts';
import type { DupPerson } from './match.ts';

export interface PersonRow {
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

/** The register's records as columns, with what the scan needs beyond blocking. */
export interface LoadedPersons extends PersonColumns {
  ids: readonly string[];
  /** local_seq of each record. */
  seqs: Float64Array;
  /** The records of i's household (i included); empty without a household. */
  householdOf(i: number): readonly number[];
}

/** A household larger than this is no family (a placeholder of an import): its members tie no one. */
const MAX_HOUSEHOLD = 50;
/** Rows read per query: memory stays bounded by the columns, not by the result set. */
const PAGE = 5000;

/** The loader's columns: the blocking columns plus ids, sequence numbers, offices and households. */
export class RegisterColumns extends ColumnArrays {
  readonly ids: string[] = [];
  seqs = new Float64Array(1024);
  officeOf = new Uint32Array(1024);
  householdIdx = new Int32Array(1024);
  private householdIndex = new Map<string, number>();
  /** Per household: its id, its No. KK (pool index, -1 none) and its records. */
  private readonly householdIds: string[] = [];
  private readonly householdKk: number[] = [];
  private readonly members: number[][] = [];
  /** Names repeat (a kabupaten has far fewer distinct names than residents): each is folded once. */
  private readonly folded = new Map<string, string>();

  add(r: PersonRow): number {
    let key = this.folded.get(r.name);
    if (key === undefined) {
      key = nameKey(r.name);
      this.folded.set(r.name, key);
    }
    const i = this.push({ nik: r.nik, key, sex: r.sex, birthDate: r.birth_date, desa: r.desa_code });
    this.ids.push(r.id);
    this.seqs[i] = r.local_seq;
    this.officeOf[i] = this.pool.of(r.origin_office_id);
    this.householdIdx[i] = r.household_id === null ? -1 : this.household(r.household_id, r.no_kk, i);
    return i;
  }

  private household(id: string, noKk: string | null, i: number): number {
    let h = this.householdIndex.get(id);
    if (h === undefined) {
      h = this.members.length;
      this.householdIndex.set(id, h);
      this.householdIds.push(id);
      const kk = noKk?.trim() ?? '';
      this.householdKk.push(kk === '' ? -1 : this.pool.of(kk));
      this.members.push([]);
    }
    this.members[h]?.push(i);
    return h;
  }

  protected override grow(size: number): void {
    super.grow(size);
    this.seqs = grown(this.seqs, size);
    this.officeOf = grown(this.officeOf, size);
    this.householdIdx = grown(this.householdIdx, size);
  }

  /** Loading is over: the lookups only loading needs are let go. */
  loaded(): void {
    this.householdIndex = new Map();
    this.folded.clear();
  }

  householdId(i: number): string | null {
    const h = this.householdIdx[i] ?? -1;
    return h < 0 ? null : (this.householdIds[h] ?? null);
  }

  householdOf(i: number): readonly number[] {
    const h = this.householdIdx[i] ?? -1;
    return h < 0 ? [] : (this.members[h] ?? []);
  }

  /** Record i as the matchers see it: the other members' name keys, none for an oversized household. */
  person(i: number): DupPerson {
    const h = this.householdIdx[i] ?? -1;
    const list = this.householdOf(i);
    const key = (j: number): string => this.pool.values[this.nameOf[j] ?? 0] ?? '';
    return {
      id: this.ids[i] ?? '',
      officeId: this.str(this.officeOf[i] ?? -1) ?? '',
      nik: this.nik(i),
      key: key(i),
      sex: this.str(this.sexOf[i] ?? -1) ?? '',
      birthDate: this.str(this.birthOf[i] ?? -1),
      desa: this.str(this.desaOf[i] ?? -1) ?? '',
      householdId: this.householdId(i),
      noKk: h < 0 ? null : this.str(this.householdKk[h] ?? -1),
      members: list.length > MAX_HOUSEHOLD ? [] : list.filter((j) => j !== i).map(key),
    };
  }
}

/** The columns the scan reads of a person, with its household's No. KK. */
export const PERSON_COLUMNS = sql`p.id, p.origin_office_id, p.nik, p.name, p.sex, p.birth_date, p.desa_code,
  p.household_id, h.no_kk, p.local_seq`;
/** Persons joined to their household: the live ones only (not tombstoned, not erased: name scrubbed or an erasure row). */
export const LIVE_PERSONS = sql`persons p left join households h on h.id = p.household_id and h.deleted = 0`;
export const IS_LIVE = sql`p.deleted = 0 and p.name != ''
  and not exists (select 1 from erasures e where e.person_id = p.id and e.deleted = 0)`;

/** One page of live records after `after` (by id). */
const page = (db: DbOrTrx, after: string, size: number) =>
  sql<PersonRow>`select ${PERSON_COLUMNS} from ${LIVE_PERSONS}
    where p.id > ${after} and ${IS_LIVE} order by p.id limit ${size}`.execute(db);

/** The loaded columns as the scan reads them (typed arrays cut to the records loaded). */
export function loadedOf(c: RegisterColumns): LoadedPersons {
  c.loaded();
  return {
    ...c.view((i) => c.person(i)),
    ids: c.ids,
    seqs: c.seqs.subarray(0, c.size),
    householdOf: (i) => c.householdOf(i),
  };
}

/**
 * Every person not tombstoned and not erased, read a page at a time into columns (no result set of the whole
 * register is ever held), with the name key, the household's No. KK and its members.
 */
export async function loadPersons(db: DbOrTrx, pageSize = PAGE): Promise<LoadedPersons> {
  const c = new RegisterColumns();
  for (let after = ''; ;) {
    const { rows } = await page(db, after, pageSize);
    for (const r of rows) c.add(r);
    const last = rows.at(-1);
    if (!last || rows.length < pageSize) break;
    after = last.id;
  }
  return loadedOf(c);
}
