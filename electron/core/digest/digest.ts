// A deterministic SHA-256 of the register's logical content: synced tables only, rows by id, canonical values.
import { createHash } from 'node:crypto';
import type BetterSqlite3 from 'better-sqlite3-multiple-ciphers';
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

/** Canonical value: JSON of the SQLite value; blobs as base64 so they compare by content. */
const canonical = (v: unknown): unknown =>
  v instanceof Uint8Array ? { b64: Buffer.from(v).toString('base64') } : v;

function digestTable(sqlite: BetterSqlite3.Database, t: SyncedTable, origin: string | null): TableDigest {
  const cols = digestColumns(t)
    .map((c) => `"${c}"`)
    .join(', ');
  const where = origin ? ` where "${t.originColumn}" = ?` : '';
  const stmt = sqlite.prepare(`select ${cols} from "${t.name}"${where} order by "id"`).raw(true);
  const hash = createHash('sha256');
  let rows = 0;
  for (const row of (origin ? stmt.iterate(origin) : stmt.iterate()) as Iterable<unknown[]>) {
    hash.update(JSON.stringify(row.map(canonical)));
    hash.update('\n');
    rows++;
  }
  return { table: t.name, rows, sha256: hash.digest('hex') };
}

export function registerDigest(sqlite: BetterSqlite3.Database, origin: string | null = null): RegisterDigest {
  const tables = SYNCED_TABLES.map((t) => digestTable(sqlite, t, origin));
  const all = createHash('sha256');
  for (const t of tables) all.update(`${t.table} ${t.rows} ${t.sha256}\n`);
  return { tables, register: all.digest('hex') };
}

export const formatDigest = (d: RegisterDigest): string =>
  [...d.tables.map((t) => `${t.table} ${t.rows} ${t.sha256}`), `register ${d.register}`].join('\n');
