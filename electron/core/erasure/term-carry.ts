// Carries erasure term hashes (with their key) into a register that lacks them: a restored backup copy, a re-seeded office.
import type BetterSqlite3 from 'better-sqlite3-multiple-ciphers';
import { TERM_KEY_SQL, TERM_ROWS_SQL, type TermDigestRow } from './term-digests.ts';
import { retireTerms } from './term-retire.ts';
import { hasTable } from '../db/has-table.ts';

type Sqlite = BetterSqlite3.Database;

/** Term hashes as one register holds them: the key they were made with, the rows, and the erasures retired. */
export interface TermsPackage {
  key: string | null;
  rows: TermDigestRow[];
  retired: string[];
}

/** The term hashes `sqlite` holds (of the erasures `only` names, when given). */
export function termsPackageOf(sqlite: Sqlite, only?: ReadonlySet<string>): TermsPackage {
  if (!hasTable(sqlite, 'erasure_terms')) return { key: null, rows: [], retired: [] };
  const rows = (sqlite.prepare(TERM_ROWS_SQL).all() as TermDigestRow[]).filter(
    (r) => !only || only.has(r.erasure_id),
  );
  const key = (sqlite.prepare(TERM_KEY_SQL).pluck().get() as string | undefined) ?? null;
  const retired = hasTable(sqlite, 'erasure_terms_retired')
    ? (sqlite.prepare('select erasure_id from erasure_terms_retired').pluck().all() as string[])
    : [];
  return { key, rows, retired: retired.filter((id) => !only || only.has(id)) };
}

export interface AdoptedTerms {
  /** Term rows added. */
  added: number;
  /** False when the target already had a different key: its rows cannot be compared, nothing was added. */
  keyMatched: boolean;
}

/**
 * Adds to `target` (inside the caller's transaction, or alone) the hashes it lacks: first the retirements (an
 * erasure retired in the package loses its hashes here too), then the key when the target has none, then the
 * rows of erasures not retired here. A target already holding another key keeps it and gets no rows: hashes
 * under two keys cannot share one table, and the hashes cannot be made again without the terms in clear.
 */
export function adoptTerms(target: Sqlite, pkg: TermsPackage, nowIso: string): AdoptedTerms {
  if (!hasTable(target, 'erasure_terms') || !hasTable(target, 'erasure_terms_retired'))
    return { added: 0, keyMatched: false };
  for (const id of pkg.retired) retireTerms(target, id, nowIso);
  if (!pkg.key || pkg.rows.length === 0) return { added: 0, keyMatched: true };
  const own = target.prepare(TERM_KEY_SQL).pluck().get() as string | undefined;
  if (own && own !== pkg.key) return { added: 0, keyMatched: false };
  if (!own) {
    target
      .prepare('insert into erasure_term_key (id, term_key, created_at) values (1, ?, ?)')
      .run(pkg.key, nowIso);
  }
  const retiredHere = target.prepare('select 1 from erasure_terms_retired where erasure_id = ?');
  const insert = target.prepare(
    `insert or ignore into erasure_terms (erasure_id, kind, cls, size, length, digest, created_at)
     values (@erasure_id, @kind, @cls, @size, @length, @digest, @created_at)`,
  );
  let added = 0;
  for (const r of pkg.rows) {
    if (retiredHere.get(r.erasure_id) !== undefined) continue;
    added += insert.run({ ...r, created_at: nowIso }).changes;
  }
  return { added, keyMatched: true };
}
