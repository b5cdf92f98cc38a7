// An erased resident's terms kept as keyed hashes (never in clear), so free text that arrives after the erasure gets the same scrub.
import { createHmac, randomBytes } from 'node:crypto';
import type BetterSqlite3 from 'better-sqlite3-multiple-ciphers';
import { termKey, type TermHit, type TermIndex, type TermKind } from './term-scan.ts';
import { hasTable } from '../db/has-table.ts';

type Sqlite = BetterSqlite3.Database;

/** A term in clear, as read from the holder's rows at the moment of the erasure. */
export interface ClearTerm extends TermHit {
  text: string;
}

/** The register's term key, created on first use (inside the caller's transaction). */
function termKeyOf(sqlite: Sqlite, nowIso: string): Buffer {
  const found = sqlite.prepare(TERM_KEY_SQL).pluck().get() as string | undefined;
  if (found) return Buffer.from(found, 'hex');
  const key = randomBytes(32);
  sqlite
    .prepare('insert into erasure_term_key (id, term_key, created_at) values (1, ?, ?)')
    .run(key.toString('hex'), nowIso);
  return key;
}

const digestOf = (key: Buffer, cls: string, size: number, normal: string): string =>
  createHmac('sha256', key).update(`${cls}:${size}:${normal}`).digest('hex');

/**
 * Stores the terms of erasures as keyed hashes (a register restored from before the table skips it). Terms too
 * short to be looked for are not stored.
 */
export function storeTermDigests(sqlite: Sqlite, terms: readonly ClearTerm[], nowIso: string): void {
  if (terms.length === 0 || !hasTable(sqlite, 'erasure_terms')) return;
  const key = termKeyOf(sqlite, nowIso);
  const insert = sqlite.prepare(
    `insert or ignore into erasure_terms (erasure_id, kind, cls, size, length, digest, created_at)
     values (?, ?, ?, ?, ?, ?, ?)`,
  );
  for (const t of terms) {
    const k = termKey(t.kind, t.text);
    if (!k) continue;
    insert.run(
      t.erasureId,
      t.kind,
      k.cls,
      k.size,
      k.normal.length,
      digestOf(key, k.cls, k.size, k.normal),
      nowIso,
    );
  }
}

/** One stored term, as `erasure_terms` holds it. */
export interface TermDigestRow {
  erasure_id: string;
  kind: TermKind;
  cls: 'nik' | 'phrase';
  size: number;
  length: number;
  digest: string;
}

export const TERM_ROWS_SQL = 'select erasure_id, kind, cls, size, length, digest from erasure_terms';
export const TERM_KEY_SQL = 'select term_key from erasure_term_key where id = 1';

/**
 * The stored terms as an index: a candidate is hashed only when a term of its class, size and length exists,
 * then compared by its hash. Null when no erasure left terms here.
 */
export function digestIndex(sqlite: Sqlite): TermIndex | null {
  if (!hasTable(sqlite, 'erasure_terms')) return null;
  const rows = sqlite.prepare(TERM_ROWS_SQL).all() as TermDigestRow[];
  const key = sqlite.prepare(TERM_KEY_SQL).pluck().get() as string | undefined;
  return indexOfDigests(rows, key);
}

/** The index over stored term rows and the key they were hashed with (null: none). */
export function indexOfDigests(rows: readonly TermDigestRow[], keyHex: string | undefined): TermIndex | null {
  if (rows.length === 0 || !keyHex) return null;
  const key = Buffer.from(keyHex, 'hex');
  const shapes = new Set<string>();
  const byDigest = new Map<string, TermHit[]>();
  const sizes = { nik: new Set<number>(), phrase: new Set<number>() };
  let maxPhraseLength = 0;
  for (const r of rows) {
    if (r.cls === 'phrase') maxPhraseLength = Math.max(maxPhraseLength, r.length);
    shapes.add(`${r.cls}:${r.size}:${r.length}`);
    sizes[r.cls].add(r.size);
    byDigest.set(r.digest, [...(byDigest.get(r.digest) ?? []), { erasureId: r.erasure_id, kind: r.kind }]);
  }
  return {
    nikSizes: [...sizes.nik].sort((a, b) => a - b),
    phraseSizes: [...sizes.phrase].sort((a, b) => a - b),
    maxPhraseLength,
    lookup(cls, size, normal) {
      if (!shapes.has(`${cls}:${size}:${normal.length}`)) return [];
      return byDigest.get(digestOf(key, cls, size, normal)) ?? [];
    },
  };
}
