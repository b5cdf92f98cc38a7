// A deterministic SHA-256 of the register's logical content: synced tables only, rows by id, canonical values.
import { createHash } from 'node:crypto';
import type { Sqlite } from '../db/cipher.ts';
import { sqliteDigestRows } from '../storage/sqlite/digest-rows.ts';
import { digestColumns, SYNCED_TABLES, type SyncedTable } from './synced-tables.ts';

export interface TableDigest {
  table: string;
  rows: number;
  sha256: string;
}

export interface RegisterDigest {
  tables: TableDigest[];
  register: string;
}

/** What a store reads for the digest: one table's columns in this order, rows ordered by id bytewise. */
export interface DigestQuery {
  table: string;
  columns: readonly string[];
  originColumn: string;
  /** Only the rows this office originated, or every row. */
  origin: string | null;
}

/** Each store's reader (storage/sqlite/digest-rows.ts streams synchronously; PostgreSQL pages asynchronously). */
export type DigestRows = (q: DigestQuery) => Iterable<readonly unknown[]>;
export type AsyncDigestRows = (q: DigestQuery) => AsyncIterable<readonly unknown[]>;

/**
 * Canonical value: JSON of a number, a string or null; blobs as base64 so they compare by content. Both stores
 * return integers and reals as JS numbers and text as strings, so the same rows give the same line in both.
 */
const canonical = (v: unknown): unknown =>
  v instanceof Uint8Array ? { b64: Buffer.from(v).toString('base64') } : v;

const queryOf = (t: SyncedTable, origin: string | null): DigestQuery => ({
  table: t.name,
  columns: digestColumns(t),
  originColumn: t.originColumn,
  origin,
});

function tableHasher(table: string) {
  const hash = createHash('sha256');
  let rows = 0;
  return {
    add(row: readonly unknown[]): void {
      hash.update(JSON.stringify(row.map(canonical)));
      hash.update('\n');
      rows++;
    },
    done: (): TableDigest => ({ table, rows, sha256: hash.digest('hex') }),
  };
}

function combine(tables: TableDigest[]): RegisterDigest {
  const all = createHash('sha256');
  for (const t of tables) all.update(`${t.table} ${t.rows} ${t.sha256}\n`);
  return { tables, register: all.digest('hex') };
}

/** The digest from any store's synchronous reader. */
export function digestOf(read: DigestRows, origin: string | null = null): RegisterDigest {
  return combine(
    SYNCED_TABLES.map((t) => {
      const h = tableHasher(t.name);
      for (const row of read(queryOf(t, origin))) h.add(row);
      return h.done();
    }),
  );
}

/** The same digest from an asynchronous reader (PostgreSQL). */
export async function digestOfAsync(
  read: AsyncDigestRows,
  origin: string | null = null,
): Promise<RegisterDigest> {
  const tables: TableDigest[] = [];
  for (const t of SYNCED_TABLES) {
    const h = tableHasher(t.name);
    for await (const row of read(queryOf(t, origin))) h.add(row);
    tables.push(h.done());
  }
  return combine(tables);
}

/** The office register's digest (SQLite). */
export const registerDigest = (sqlite: Sqlite, origin: string | null = null): RegisterDigest =>
  digestOf(sqliteDigestRows(sqlite), origin);

export const formatDigest = (d: RegisterDigest): string =>
  [...d.tables.map((t) => `${t.table} ${t.rows} ${t.sha256}`), `register ${d.register}`].join('\n');
