// PostgreSQL for the province tests: a throwaway cluster per test file (or the server in PUSKESOS_TEST_PG), a fresh database per call.
import pg from 'pg';
import type { Kysely } from 'kysely';
import { afterAll, beforeAll } from 'vitest';
import { findPgBin, HOW_TO_START, startCluster, type Cluster } from '../../scripts/test-postgres.ts';
import type { Sqlite } from '../../electron/core/db/cipher.ts';
import type { Database } from '../../electron/core/db/database.ts';
import { MIGRATIONS } from '../../electron/core/db/migrations/index.ts';
import { SYNCED_TABLES } from '../../electron/core/digest/synced-tables.ts';
import { migratePostgres } from '../../electron/core/storage/postgres/migrate.ts';
import { openPostgres, type OpenedPostgres } from '../../electron/core/storage/postgres/open.ts';
import type { TestOffice } from './register.ts';

/**
 * Starts the server in beforeAll and stops it in afterAll; returns how to get its URL. Without PostgreSQL the
 * file's tests fail with HOW_TO_START (what to install, or how to point at a server by hand): never a skip.
 */
export function usePostgresServer(): () => string {
  let cluster: Cluster | null = null;
  let url = '';
  beforeAll(async () => {
    const given = process.env.PUSKESOS_TEST_PG;
    if (given) {
      url = given;
      return;
    }
    const bin = findPgBin();
    if (!bin) throw new Error(HOW_TO_START);
    cluster = await startCluster(bin);
    url = cluster.url;
  }, 120_000);
  afterAll(() => cluster?.stop());
  return () => {
    if (!url) throw new Error(HOW_TO_START);
    return url;
  };
}

let made = 0;

/** A new, empty database on the server; its URL. */
export async function freshDatabase(serverUrl: string): Promise<string> {
  const name = `puskesos_${process.pid}_${++made}`;
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(`drop database if exists "${name}"`);
    await client.query(`create database "${name}"`);
  } finally {
    await client.end();
  }
  const u = new URL(serverUrl);
  u.pathname = `/${name}`;
  return u.toString();
}

/** A fresh province register: a new database brought to the newest version (the baseline, then every later step). */
export async function openProvinceRegister(serverUrl: string): Promise<OpenedPostgres> {
  const opened = openPostgres(await freshDatabase(serverUrl));
  await migratePostgres(opened.db, MIGRATIONS);
  return opened;
}

/**
 * Copies every synced row of an office's SQLite register into a province register, unchanged, in rowid order: the
 * province numbers them (insert_order, migration 028) in the order the office wrote them.
 */
export async function copySyncedRows(sqlite: Sqlite, db: Kysely<Database>): Promise<void> {
  for (const t of SYNCED_TABLES) {
    const rows = sqlite.prepare(`select * from "${t.name}" order by rowid`).all() as Record<
      string,
      unknown
    >[];
    for (let i = 0; i < rows.length; i += 500) {
      await db
        .insertInto(t.name as 'persons')
        .values(rows.slice(i, i + 500) as never)
        .execute();
    }
  }
}

/** A fresh province register holding a copy of the office's synced rows. */
export async function copiedToProvince(serverUrl: string, office: TestOffice): Promise<OpenedPostgres> {
  const pg = await openProvinceRegister(serverUrl);
  await copySyncedRows(office.register.deps.sqlite, pg.db);
  return pg;
}

/** afterAll: the province register and the office, whichever were opened. */
export async function closeBoth(
  pg: OpenedPostgres | undefined,
  office: TestOffice | undefined,
): Promise<void> {
  await pg?.close();
  await office?.dispose();
}
