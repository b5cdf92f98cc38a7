// Opens a province register on PostgreSQL: a `pg` pool behind Kysely's PostgresDialect, integers read as numbers.
import pg from 'pg';
import { Kysely, PostgresDialect } from 'kysely';
import type { Database } from '../../db/database.ts';

/** int8 (bigint) and numeric counts: the register's integers are all below 2^53, so rows match SQLite's. */
const INT8 = 20;
const NUMERIC = 1700;

const toNumber = (text: string): number => {
  const n = Number(text);
  if (!Number.isSafeInteger(n) && Number.isInteger(n)) throw new Error(`Integer out of range: ${text}`);
  return n;
};

export interface OpenedPostgres {
  db: Kysely<Database>;
  close(): Promise<void>;
}

/** `max` connections: several analysts at once on the web host, plus the import run. */
export function openPostgres(url: string, opts: { max?: number } = {}): OpenedPostgres {
  const pool = new pg.Pool({
    connectionString: url,
    max: opts.max ?? 10,
    types: {
      getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
        oid === INT8 || oid === NUMERIC
          ? toNumber
          : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
    },
  });
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return { db, close: () => db.destroy() };
}
