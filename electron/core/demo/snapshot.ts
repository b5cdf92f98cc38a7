// What the generator needs to know about the register it adds to: used numbers, latest activity, residents, open work.
import type BetterSqlite3 from 'better-sqlite3-multiple-ciphers';
import type { FlowCase } from './case-flow.ts';
import type { Candidate } from './cases.ts';
import type { SeqByYear } from './numbering.ts';
import type { CaseRow, FollowUpRow, ReferralRow } from './types.ts';

export interface OwnOffice {
  id: string;
  type: 'kecamatan' | 'desa' | 'dinsos';
  regionCode: string;
}

export interface Snapshot {
  niks: string[];
  noKks: string[];
  caseSeqs: SeqByYear;
  letterSeqs: SeqByYear;
  /** Newest intake, event or registration in the register (ms), or null when it is empty. */
  latestMs: number | null;
  persons: number;
  /** Changes with every write the register has seen: mixed into the seed so each run differs. */
  mark: string;
}

const all = <T>(sqlite: BetterSqlite3.Database, text: string, ...params: unknown[]): T[] =>
  sqlite.prepare(text).all(...params) as T[];
const one = <T>(sqlite: BetterSqlite3.Database, text: string, ...params: unknown[]): T =>
  sqlite.prepare(text).get(...params) as T;

export function ownOffice(sqlite: BetterSqlite3.Database): OwnOffice | null {
  const id = one<{ value: string } | undefined>(
    sqlite,
    `select value from meta where key = 'office_id'`,
  )?.value;
  if (!id) return null;
  const row = one<{ type: OwnOffice['type']; region_code: string } | undefined>(
    sqlite,
    'select type, region_code from offices where id = ?',
    id,
  );
  return row ? { id, type: row.type, regionCode: row.region_code } : null;
}

const seqMap = (rows: { year: number | string; seq: number | null }[]): SeqByYear =>
  new Map(rows.map((r) => [Number(r.year), Number(r.seq ?? 0)]));

export function readSnapshot(sqlite: BetterSqlite3.Database, officeId: string): Snapshot {
  const pluck = (text: string): string[] => sqlite.prepare(text).pluck().all() as string[];
  const latest = one<{ t: string | null }>(
    sqlite,
    `select max(t) as t from (select max(received_at) as t from cases union all select max(at) from case_events
      union all select max(created_at) from persons)`,
  ).t;
  const counts = one<{ p: number; c: number; e: number }>(
    sqlite,
    `select (select count(*) from persons) as p, (select count(*) from cases) as c, (select count(*) from case_events) as e`,
  );
  const hlc = one<{ value: string } | undefined>(
    sqlite,
    `select value from meta where key = 'hlc_last'`,
  )?.value;
  return {
    niks: pluck('select nik from persons where nik is not null'),
    noKks: [
      ...pluck('select no_kk from households where no_kk is not null'),
      ...pluck('select no_kk from household_kk_history'),
    ],
    caseSeqs: seqMap(
      all(
        sqlite,
        'select case_year as year, max(case_seq) as seq from cases where origin_office_id = ? group by case_year',
        officeId,
      ),
    ),
    letterSeqs: seqMap(
      all(
        sqlite,
        `select substr(letter_date, 1, 4) as year,
          max(cast(substr(letter_number, 1, instr(letter_number, '/') - 1) as integer)) as seq
        from referrals where origin_office_id = ? group by year`,
        officeId,
      ),
    ),
    latestMs: latest ? Date.parse(latest) : null,
    persons: counts.p,
    mark: `${hlc ?? ''}|${counts.p}|${counts.c}|${counts.e}`,
  };
}

interface ResidentRow {
  id: string;
  household_id: string | null;
  sex: string;
  birth_date: string | null;
  desa_code: string;
  has_nik: number;
  disabled: number;
  desil: number | null;
  created_at: string;
}

/** These persons as case candidates, with their household's desil and adult relatives. */
export function readResidents(
  sqlite: BetterSqlite3.Database,
  ids: readonly string[],
  today: string,
): Candidate[] {
  const person = sqlite.prepare(
    `select p.id, p.household_id, p.sex, p.birth_date, p.desa_code, p.nik is not null as has_nik,
       p.disability_types <> '[]' as disabled, h.dtsen_desil as desil, p.created_at
     from persons p left join households h on h.id = p.household_id where p.id = ?`,
  );
  const adults = sqlite
    .prepare(
      `select id from persons where household_id = ? and id <> ? and deleted = 0
       and (birth_date is null or birth_date <= ?) order by id`,
    )
    .pluck();
  const adultBorn = `${Number(today.slice(0, 4)) - 17}${today.slice(4)}`;
  return ids.map((id) => {
    const r = person.get(id) as ResidentRow;
    return {
      id: r.id,
      householdId: r.household_id,
      sex: r.sex === 'P' ? 'P' : 'L',
      birthDate: r.birth_date,
      desaCode: r.desa_code,
      desil: r.desil,
      hasNik: r.has_nik === 1,
      disabled: r.disabled === 1,
      createdMs: Date.parse(r.created_at),
      relatives: r.household_id ? (adults.all(r.household_id, r.id, adultBorn) as string[]) : [],
    };
  });
}

/** Ids of live rows of a table (optionally filtered), in id order, for sampling. */
export function liveIds(sqlite: BetterSqlite3.Database, table: string, where = ''): string[] {
  return sqlite
    .prepare(`select id from "${table}" where deleted = 0 ${where ? `and ${where}` : ''} order by id`)
    .pluck()
    .all() as string[];
}

/** An open case with its live referrals and follow-ups, ready for the case flow to move on. */
export function readOpenCase(sqlite: BetterSqlite3.Database, id: string): FlowCase {
  const kase = sqlite.prepare('select * from cases where id = ?').get(id) as CaseRow & { created_at: string };
  const referrals = sqlite
    .prepare('select * from referrals where case_id = ? and deleted = 0 order by letter_date, created_at, id')
    .all(id) as (ReferralRow & { created_at: string })[];
  const followUps = sqlite
    .prepare('select * from follow_ups where case_id = ? and deleted = 0 order by due_date, id')
    .all(id) as (FollowUpRow & { created_at: string })[];
  const last = sqlite.prepare('select max(at) from case_events where case_id = ?').pluck().get(id) as
    string | null;
  const track = <R extends { created_at: string }>(row: R) => ({
    row,
    createdMs: Date.parse(row.created_at),
    isNew: false,
    touched: false,
  });
  return {
    kase: track(kase),
    referrals: referrals.map(track),
    followUps: followUps.map(track),
    events: [],
    lastMs: Math.max(Date.parse(last ?? kase.received_at), Date.parse(kase.received_at)),
  };
}
