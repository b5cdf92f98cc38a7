// Free text that arrives after an erasure (written elsewhere before the erasure reached there): the same scrub, from the kept hashes.
import type BetterSqlite3 from 'better-sqlite3-multiple-ciphers';
import type { ChangeRecord, ChangeValue } from '../sync/bundle/change-record.ts';
import type { ErasureMention } from '../../../shared/types/erasure.ts';
import { acceptFor, FREE_TEXT_COLUMNS } from './mentions.ts';
import { digestIndex } from './term-digests.ts';
import { scanTerms, type TermIndex } from './term-scan.ts';

type Row = Record<string, ChangeValue>;

export interface LateTextScrub {
  /** The record with the erased residents' terms removed from its free text, and the names found elsewhere. */
  scrub(r: ChangeRecord, row: Row | undefined): { record: ChangeRecord; mentions: ErasureMention[] };
  /** An erasure was applied meanwhile: its terms are read at the next record. */
  reload(): void;
}

/** The erasures a record is tied to, found through one of its columns (`id`: the record itself). */
export const TIE_SQL = {
  person: 'select id from erasures where person_id = ?',
  household: 'select id from erasures where household_id = ?',
  case: `select e.id from cases c join erasures e on e.person_id in (c.beneficiary_id, c.reporter_id)
    where c.id = ?`,
} as const;

export const TIES: Readonly<Record<string, readonly { column: string; via: keyof typeof TIE_SQL }[]>> = {
  cases: [
    { column: 'beneficiary_id', via: 'person' },
    { column: 'reporter_id', via: 'person' },
  ],
  case_events: [{ column: 'case_id', via: 'case' }],
  referrals: [{ column: 'case_id', via: 'case' }],
  follow_ups: [{ column: 'case_id', via: 'case' }],
  persons: [
    { column: 'id', via: 'person' },
    { column: 'household_id', via: 'household' },
  ],
  households: [{ column: 'id', via: 'household' }],
  household_kk_history: [{ column: 'household_id', via: 'household' }],
};

/**
 * Prepared once per merge. A record is tied to an erasure as at the erasure itself (mentions.ts): a case the
 * resident is the beneficiary or reporter of and that case's events, referrals and follow-ups; the resident,
 * their household, its No KK history and members. Tied records lose every term; others the NIK, and a name
 * found there is listed for review.
 */
export function createLateTextScrub(sqlite: BetterSqlite3.Database): LateTextScrub {
  let index: TermIndex | null | undefined;
  const statements = Object.fromEntries(
    Object.entries(TIE_SQL).map(([via, text]) => [via, sqlite.prepare(text).pluck()]),
  ) as Record<keyof typeof TIE_SQL, BetterSqlite3.Statement>;
  const tiedTo = (r: ChangeRecord, row: Row | undefined): Set<string> => {
    const pick = (c: string): ChangeValue | undefined =>
      c === 'id' ? r.id : r.values[c] !== undefined ? r.values[c] : row?.[c];
    const out = new Set<string>();
    for (const t of TIES[r.table] ?? []) {
      const v = pick(t.column);
      if (typeof v === 'string') for (const id of statements[t.via].all(v) as string[]) out.add(id);
    }
    return out;
  };

  return {
    reload() {
      index = undefined;
    },
    scrub(r, row) {
      const columns = FREE_TEXT_COLUMNS[r.table];
      if (!columns || !columns.some((c) => typeof r.values[c] === 'string'))
        return { record: r, mentions: [] };
      if (index === undefined) index = digestIndex(sqlite);
      if (!index) return { record: r, mentions: [] };
      const accept = acceptFor(tiedTo(r, row));
      const values = { ...r.values };
      const mentions: ErasureMention[] = [];
      for (const column of columns) {
        const v = values[column];
        if (typeof v !== 'string') continue;
        const out = scanTerms(v, index, accept);
        values[column] = out.text;
        for (const h of out.names)
          mentions.push({ erasureId: h.erasureId, table: r.table, rowId: r.id, column });
      }
      return { record: { ...r, values }, mentions };
    },
  };
}
