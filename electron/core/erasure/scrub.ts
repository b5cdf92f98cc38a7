// Erasure scrubbing: which fields of which rows an erasure empties, applied locally and to arriving records.
import type BetterSqlite3 from 'better-sqlite3-multiple-ciphers';
import type { ChangeRecord, ChangeValue } from '../sync/bundle/change-record.ts';
import { clearTermsOf, noteMentions, readMentionTerms, scrubMentionsOf } from './mentions.ts';
import { storeTermDigests } from './term-digests.ts';
import { attachmentErasure, erasedAttachmentFields, scrubAttachments } from '../attachments/erasure.ts';

/** An erasure as every holder reads it from its `erasures` row (deterministic: the same scrub everywhere). */
export interface ErasureFacts {
  /** The `erasures` row's id (names the review list's entries). */
  erasureId: string;
  personId: string;
  householdId: string | null;
  householdPart: HouseholdPart;
}

export type HouseholdPart = 'all' | 'head' | 'none';

type Fields = Readonly<Record<string, ChangeValue>>;

/**
 * The values an erased resident's rows take. What reports count stays (sex, birth date, desa, disability,
 * PPKS and programs, case kind, category, status and dates), so past reports keep their figures; what
 * identifies the resident or tells their story goes (NIK, name, address, No KK, phone, free text).
 */
export const SCRUB = {
  person: {
    nik: null,
    name: '',
    name_norm: '',
    birth_place: null,
    religion: null,
    marital_status: null,
    education: null,
    occupation: null,
    phone: null,
    nik_override_reason: null,
    notes: null,
  },
  household: {
    no_kk: null,
    head_name: null,
    address: '',
    rt: null,
    rw: null,
    dusun: null,
    phone: null,
    dtsen_id: null,
    notes: null,
  },
  householdHead: { head_name: null },
  kkHistory: { no_kk: '', reason: '' },
  caseOfBeneficiary: { description: '', fast_track_reason: null, reporter_name: null },
  caseOfReporter: { reporter_name: null },
  caseEvent: { reason: null, note: null },
  referral: { reason: '', outcome_note: null },
  followUp: { note: null },
  usulan: { reason: '', household_condition: null },
  usulanStep: { reason: null },
} as const satisfies Record<string, Fields>;

/*
 * DTSEN proposals: a proposal concerning the erased resident (named among its persons) or about a household
 * that goes whole loses its reason and its household condition (migration 27), and its steps their reasons (a
 * return or a musdes refusal tells the story).
 * Kind, states, desil and dates stay, as case statuses do, for the counts.
 */
const USULAN_OF = `select u.id from usulan u where exists (select 1 from json_each(u.person_ids) j where j.value = @pid)
  or (@hid is not null and @part = 'all' and u.household_id = @hid)`;

const CASE_CHILDREN: Readonly<Record<string, Fields>> = {
  case_events: SCRUB.caseEvent,
  referrals: SCRUB.referral,
  follow_ups: SCRUB.followUp,
};

const setList = (f: Fields): string =>
  Object.keys(f)
    .map((c) => `"${c}" = @${c}`)
    .join(', ');

export const isHouseholdPart = (v: unknown): v is HouseholdPart =>
  v === 'all' || v === 'head' || v === 'none';

/**
 * Empties the erased resident's fields in every local row and log (inside the caller's transaction), and
 * their mentions in free text (mentions.ts); a mention elsewhere is added to the review list.
 */
export function scrubLocal(sqlite: BetterSqlite3.Database, e: ErasureFacts, nowIso: string): void {
  scrubLocalBatch(sqlite, [e], nowIso);
}

/**
 * Erasures applied together: each free-text column is read once for the whole batch (mentions.ts), and the
 * result is the same as applying them one by one. Every resident's terms are read before anything is emptied,
 * and kept only as keyed hashes (term-digests.ts) for free text that arrives later.
 */
export function scrubLocalBatch(
  sqlite: BetterSqlite3.Database,
  es: readonly ErasureFacts[],
  nowIso: string,
): void {
  const batch = es.flatMap((e) => {
    const terms = readMentionTerms(sqlite, e);
    return terms ? [{ subject: e, terms }] : [];
  });
  noteMentions(sqlite, scrubMentionsOf(sqlite, batch), nowIso);
  storeTermDigests(
    sqlite,
    batch.flatMap((b) => clearTermsOf(b.subject.erasureId, b.terms)),
    nowIso,
  );
  for (const e of es) scrubFields(sqlite, e);
}

/** The erased resident's own fields, their household's, their cases' and proposals', and the logs of those rows. */
function scrubFields(sqlite: BetterSqlite3.Database, e: ErasureFacts): void {
  const pid = e.personId;
  const run = (text: string, params: Record<string, ChangeValue>): void => {
    sqlite.prepare(text).run(params);
  };
  run(`update persons set ${setList(SCRUB.person)} where id = @pid`, { ...SCRUB.person, pid });
  const caseIds = sqlite
    .prepare('select id from cases where beneficiary_id = ?')
    .pluck()
    .all(pid) as string[];
  run(`update cases set ${setList(SCRUB.caseOfBeneficiary)} where beneficiary_id = @pid`, {
    ...SCRUB.caseOfBeneficiary,
    pid,
  });
  run(`update cases set ${setList(SCRUB.caseOfReporter)} where reporter_id = @pid`, {
    ...SCRUB.caseOfReporter,
    pid,
  });
  for (const [table, fields] of Object.entries(CASE_CHILDREN)) {
    run(
      `update "${table}" set ${setList(fields)}
       where case_id in (select id from cases where beneficiary_id = @pid)`,
      { ...fields, pid },
    );
  }
  // A restored copy from before migration 14 has no proposals (its reopen migrates it afterwards).
  const hasUsulan = sqlite
    .prepare("select 1 from sqlite_master where type = 'table' and name = 'usulan'")
    .get();
  const usulanIds = (
    hasUsulan ? sqlite.prepare(USULAN_OF).pluck().all({ pid, hid: e.householdId, part: e.householdPart }) : []
  ) as string[];
  for (const id of usulanIds) {
    run(`update usulan set ${setList(SCRUB.usulan)} where id = @id`, { ...SCRUB.usulan, id });
    run(`update usulan_steps set ${setList(SCRUB.usulanStep)} where usulan_id = @id`, {
      ...SCRUB.usulanStep,
      id,
    });
  }
  const hid = e.householdId;
  if (hid && e.householdPart === 'all') {
    run(`update households set ${setList(SCRUB.household)} where id = @hid`, { ...SCRUB.household, hid });
    run(`update household_kk_history set ${setList(SCRUB.kkHistory)} where household_id = @hid`, {
      ...SCRUB.kkHistory,
      hid,
    });
  } else if (hid && e.householdPart === 'head') {
    run(`update households set ${setList(SCRUB.householdHead)} where id = @hid`, {
      ...SCRUB.householdHead,
      hid,
    });
  }
  scrubAttachments(sqlite, {
    personId: pid,
    caseIds,
    householdId: e.householdPart === 'all' ? hid : null,
    usulanIds,
  });
  dropLogs(sqlite, e, [...caseIds, ...usulanIds]);
}

/**
 * Conflict and quarantine entries that hold the resident's values go: the erasure leaves no copy behind.
 * `caseIds` are the scrubbed parents: cases and proposals (ids never collide, both are UUIDs).
 */
function dropLogs(sqlite: BetterSqlite3.Database, e: ErasureFacts, caseIds: readonly string[]): void {
  const childIds = (table: string): string[] =>
    caseIds.length === 0
      ? []
      : (sqlite
          .prepare(`select id from "${table}" where case_id in (${caseIds.map(() => '?').join(', ')})`)
          .pluck()
          .all(...caseIds) as string[]);
  const stepIds = (
    caseIds.length === 0
      ? []
      : sqlite
          .prepare(`select id from usulan_steps where usulan_id in (${caseIds.map(() => '?').join(', ')})`)
          .pluck()
          .all(...caseIds)
  ) as string[];
  const rowIds = [e.personId, ...caseIds, ...stepIds, ...Object.keys(CASE_CHILDREN).flatMap(childIds)];
  const delConflict = sqlite.prepare('delete from sync_conflicts where row_id = ?');
  for (const id of rowIds) delConflict.run(id);
  sqlite
    .prepare(
      `delete from sync_conflicts where table_name = 'cases' and column_name = 'reporter_name'
      and row_id in (select id from cases where reporter_id = ?)`,
    )
    .run(e.personId);
  if (e.householdId && e.householdPart !== 'none') {
    sqlite
      .prepare(
        `delete from sync_conflicts where table_name = 'households' and row_id = ? and (? = 'all' or column_name = 'head_name')`,
      )
      .run(e.householdId, e.householdPart);
    if (e.householdPart === 'all') {
      sqlite
        .prepare(
          `delete from sync_conflicts where table_name = 'household_kk_history'
          and row_id in (select id from household_kk_history where household_id = ?)`,
        )
        .run(e.householdId);
    }
  }
  // A quarantined record names its row, or the resident, household or case it belongs to, in its JSON.
  const marks = [...rowIds, ...(e.householdId && e.householdPart === 'all' ? [e.householdId] : [])];
  const delQuarantine = sqlite.prepare(
    `delete from sync_quarantine where row_id = @id or instr(record, @id) > 0`,
  );
  for (const id of marks) delQuarantine.run({ id });
}

/** Looks up, for an arriving record, whether it belongs to an erased resident (prepared once per merge). */
export function createErasureLens(sqlite: BetterSqlite3.Database) {
  const count = sqlite.prepare('select count(*) from erasures').pluck();
  const personErased = sqlite.prepare('select 1 from erasures where person_id = ? limit 1').pluck();
  const householdPart = sqlite
    .prepare(
      `select household_part from erasures where household_id = ? and household_part <> 'none'
       order by household_part = 'all' desc limit 1`,
    )
    .pluck();
  const caseParties = sqlite.prepare('select beneficiary_id from cases where id = ?').pluck();
  const usulanFacts = sqlite.prepare('select household_id, person_ids from usulan where id = ?');
  const attachmentErasedAt = attachmentErasure(sqlite);
  let any = (count.get() as number) > 0;

  const erased = (v: ChangeValue | undefined): boolean =>
    typeof v === 'string' && personErased.get(v) !== undefined;
  const pick = (
    values: Record<string, ChangeValue>,
    row: Record<string, ChangeValue> | undefined,
    c: string,
  ) => (values[c] !== undefined ? values[c] : row?.[c]);

  /** A proposal concerning an erased resident, or about a household that went whole. */
  const usulanErased = (
    householdId: ChangeValue | undefined,
    personIds: ChangeValue | undefined,
  ): boolean => {
    if (typeof householdId === 'string' && householdPart.get(householdId) === 'all') return true;
    if (typeof personIds !== 'string') return false;
    let ids: unknown;
    try {
      ids = JSON.parse(personIds);
    } catch {
      return false;
    }
    return Array.isArray(ids) && ids.some((id) => erased(typeof id === 'string' ? id : undefined));
  };

  /** The scrub an arriving record gets, or null when it is not an erased resident's. */
  const scrubFor = (r: ChangeRecord, row: Record<string, ChangeValue> | undefined): Fields | null => {
    if (!any) return null;
    switch (r.table) {
      case 'persons':
        return erased(r.id) ? SCRUB.person : null;
      case 'households': {
        const part = householdPart.get(r.id) as string | undefined;
        if (part === 'all') return SCRUB.household;
        return part === 'head' ? SCRUB.householdHead : null;
      }
      case 'household_kk_history': {
        const hid = pick(r.values, row, 'household_id');
        return typeof hid === 'string' && householdPart.get(hid) === 'all' ? SCRUB.kkHistory : null;
      }
      case 'usulan':
        return usulanErased(pick(r.values, row, 'household_id'), pick(r.values, row, 'person_ids'))
          ? SCRUB.usulan
          : null;
      case 'usulan_steps': {
        const uid = pick(r.values, row, 'usulan_id');
        const u = (typeof uid === 'string' ? usulanFacts.get(uid) : undefined) as
          { household_id: string; person_ids: string } | undefined;
        return u && usulanErased(u.household_id, u.person_ids) ? SCRUB.usulanStep : null;
      }
      case 'attachments': {
        const at = attachmentErasedAt(pick(r.values, row, 'owner_type'), pick(r.values, row, 'owner_id'));
        return at ? erasedAttachmentFields(at) : null;
      }
      case 'cases':
        if (erased(pick(r.values, row, 'beneficiary_id'))) return SCRUB.caseOfBeneficiary;
        return erased(pick(r.values, row, 'reporter_id')) ? SCRUB.caseOfReporter : null;
      default: {
        const fields = CASE_CHILDREN[r.table];
        if (!fields) return null;
        const cid = pick(r.values, row, 'case_id');
        return typeof cid === 'string' && erased(caseParties.get(cid) as string | undefined) ? fields : null;
      }
    }
  };

  return {
    /** The record with the erased resident's values replaced (only fields it carries); itself otherwise. */
    filter(r: ChangeRecord, row: Record<string, ChangeValue> | undefined): ChangeRecord {
      const fields = scrubFor(r, row);
      if (!fields) return r;
      const values = { ...r.values };
      for (const [c, v] of Object.entries(fields)) if (values[c] !== undefined) values[c] = v;
      return { ...r, values };
    },
    /** An erasure was applied in this merge: arriving records are checked from now on. */
    noteErasure(): void {
      any = true;
    },
  };
}

/** The facts of a stored `erasures` row. */
export function erasureFactsOf(row: Record<string, ChangeValue>): ErasureFacts {
  const part = row.household_part;
  return {
    erasureId: String(row.id),
    personId: String(row.person_id),
    householdId: typeof row.household_id === 'string' ? row.household_id : null,
    householdPart: isHouseholdPart(part) ? part : 'none',
  };
}
