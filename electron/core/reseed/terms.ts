// The erasure term hashes a re-seed bundle carries (Dinsos side) and their adoption by the new installation.
import type BetterSqlite3 from 'better-sqlite3-multiple-ciphers';
import { syncedTable } from '../digest/synced-tables.ts';
import { adoptTerms, termsPackageOf, type AdoptedTerms } from '../erasure/term-carry.ts';
import type { BundleTerms } from '../sync/bundle/payload-lines.ts';
import { scopeFor } from '../sync/scope.ts';

type Sqlite = BetterSqlite3.Database;

/**
 * At most this many term rows ride in the preamble (three per erasure, about 200 bytes each): the preamble
 * is one line of the payload, and a line is capped at 8 MiB. An office with more erasures whose hashes
 * Dinsos still keeps gets none; Dinsos still scrubs what arrives from it.
 */
export const MAX_RESEED_TERM_ROWS = 30_000;

/**
 * The hashes Dinsos keeps for the erasures that go to `officeId` (the re-seed bundle's own scope), with
 * Dinsos's term key: the new installation receives its residents already scrubbed and could not hash their
 * terms itself. Null when there are none (or too many).
 */
export function reseedTerms(sqlite: Sqlite, officeId: string): BundleTerms | null {
  const s = scopeFor(syncedTable('erasures'), 'dinsos', officeId);
  const ids = new Set(
    sqlite
      .prepare(`select id from erasures where ${s.where}`)
      .pluck()
      .all(...s.params) as string[],
  );
  if (ids.size === 0) return null;
  const pkg = termsPackageOf(sqlite, ids);
  if (!pkg.key || pkg.rows.length === 0 || pkg.rows.length > MAX_RESEED_TERM_ROWS) return null;
  return {
    key: pkg.key,
    rows: pkg.rows.map((r) => ({
      erasureId: r.erasure_id,
      kind: r.kind,
      cls: r.cls,
      size: r.size,
      length: r.length,
      digest: r.digest,
    })),
  };
}

/** The office side: the carried hashes join the register's (term-carry.ts), in one transaction. */
export function adoptReseedTerms(sqlite: Sqlite, terms: BundleTerms, nowIso: string): AdoptedTerms {
  const rows = terms.rows.map((r) => ({
    erasure_id: r.erasureId,
    kind: r.kind,
    cls: r.cls,
    size: r.size,
    length: r.length,
    digest: r.digest,
  }));
  return sqlite.transaction(() => adoptTerms(sqlite, { key: terms.key, rows, retired: [] }, nowIso))();
}
