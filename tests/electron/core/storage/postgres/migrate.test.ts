// The province register's migrations on a real PostgreSQL: the baseline, later steps, refusals; SQLite's columns exactly (and PostgreSQL's insert_order).
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MIGRATIONS, type Migration } from '../../../../../electron/core/db/migrations/index.ts';
import { NewerSchemaError } from '../../../../../electron/core/errors.ts';
import { openPostgres, type OpenedPostgres } from '../../../../../electron/core/storage/postgres/open.ts';
import { migratePostgres } from '../../../../../electron/core/storage/postgres/migrate.ts';
import { readSchemaVersion } from '../../../../../electron/core/storage/schema-version.ts';
import {
  BASELINE_VERSION,
  POSTGRES_STEPS,
  type PostgresStep,
} from '../../../../../electron/core/storage/postgres/migrations/steps.ts';
import { INSERT_ORDER_COLUMN, INSERT_ORDER_TABLES } from '../../../../../electron/core/storage/port.ts';
import { sqliteAt } from '../../../../../scripts/postgres-baseline.ts';
import type { Sqlite } from '../../../../../electron/core/db/cipher.ts';
import { freshDatabase, usePostgresServer } from '../../../../support/postgres.ts';

const server = usePostgresServer();
let pg: OpenedPostgres;
/** SQLite at the baseline version: what the PostgreSQL baseline must equal. */
let lite: Sqlite;

beforeAll(async () => {
  pg = openPostgres(await freshDatabase(server()));
  lite = await sqliteAt(BASELINE_VERSION);
}, 120_000);
afterAll(async () => {
  await pg?.close();
  lite?.close();
});

/** Table → "column type-class null?" lines, from a catalog. */
type Shape = Record<string, string[]>;

const typeClass = (t: string): string =>
  /int/i.test(t) ? 'integer' : /real|double|floa/i.test(t) ? 'real' : /blob|bytea/i.test(t) ? 'blob' : 'text';

function sqliteShape(sqlite: Sqlite): Shape {
  const tables = sqlite
    .prepare(
      `select name from sqlite_master where type = 'table' and name not like 'sqlite_%'
         and name not like 'persons_fts%' order by name`,
    )
    .all() as { name: string }[];
  return Object.fromEntries(
    tables.map(({ name }) => [
      name,
      (
        sqlite.prepare('select name, type, "notnull", pk from pragma_table_info(?)').all(name) as {
          name: string;
          type: string;
          notnull: number;
          pk: number;
        }[]
      ).map((c) => `${c.name} ${typeClass(c.type)} ${c.notnull || c.pk ? 'not null' : 'null'}`),
    ]),
  );
}

async function postgresShape(): Promise<Shape> {
  const { rows } = await sql<{
    table_name: string;
    column_name: string;
    data_type: string;
    is_nullable: string;
  }>`
    select table_name, column_name, data_type, is_nullable from information_schema.columns
    where table_schema = 'public' and table_name <> 'schema_version' and column_name <> ${INSERT_ORDER_COLUMN}
    order by table_name, ordinal_position`.execute(pg.db);
  const shape: Shape = {};
  for (const r of rows) {
    (shape[r.table_name] ??= []).push(
      `${r.column_name} ${typeClass(r.data_type)} ${r.is_nullable === 'NO' ? 'not null' : 'null'}`,
    );
  }
  return shape;
}

const upToBaseline = MIGRATIONS.filter((m) => m.version <= BASELINE_VERSION);

describe('migratePostgres', () => {
  it('creates the register at the baseline version, with SQLite’s tables, columns and nullability', async () => {
    expect(await migratePostgres(pg.db, upToBaseline)).toEqual({ from: 0, to: BASELINE_VERSION });
    expect(await readSchemaVersion(pg.db)).toBe(BASELINE_VERSION);
    expect(await postgresShape()).toEqual(sqliteShape(lite));
  });

  it('a second run does nothing', async () => {
    expect(await migratePostgres(pg.db, upToBaseline)).toEqual({
      from: BASELINE_VERSION,
      to: BASELINE_VERSION,
    });
  });

  it("searches names with pg_trgm's index", async () => {
    const { rows } = await sql<{ indexdef: string }>`select indexdef from pg_indexes
      where indexname = 'persons_name_trgm'`.execute(pg.db);
    expect(rows[0]?.indexdef).toMatch(/gin \(name_norm gin_trgm_ops\)/);
  });

  it('applies a later step in its own transaction; a failing step leaves the version and the DDL unchanged', async () => {
    const v20: Migration = {
      version: BASELINE_VERSION + 1,
      name: '0xx-uji',
      up: async (db) => {
        await sql`alter table persons add column uji_kolom text`.execute(db);
      },
    };
    const broken: Migration = {
      ...v20,
      up: async (db) => {
        await v20.up(db);
        throw new Error('migrasi gagal di tengah jalan');
      },
    };
    const same = new Map<number, PostgresStep>([[v20.version, { kind: 'same' }]]);
    await expect(migratePostgres(pg.db, [...upToBaseline, broken], same)).rejects.toThrow('di tengah jalan');
    expect(await readSchemaVersion(pg.db)).toBe(BASELINE_VERSION);
    expect((await postgresShape()).persons?.some((c) => c.startsWith('uji_kolom'))).toBe(false);
    await migratePostgres(pg.db, [...upToBaseline, v20], same);
    expect(await readSchemaVersion(pg.db)).toBe(v20.version);
    expect((await postgresShape()).persons?.some((c) => c.startsWith('uji_kolom'))).toBe(true);
  });

  it('refuses a migration without a PostgreSQL step, naming it, before anything runs', async () => {
    const v21: Migration = { version: BASELINE_VERSION + 2, name: '0yy-tanpa-langkah', up: async () => {} };
    const v20: Migration = { version: BASELINE_VERSION + 1, name: '0xx-uji', up: async () => {} };
    await expect(migratePostgres(pg.db, [...upToBaseline, v20, v21], new Map())).rejects.toThrow(
      /0yy-tanpa-langkah belum punya langkah PostgreSQL/,
    );
  });

  it('refuses a register written by a newer version', async () => {
    await expect(migratePostgres(pg.db, upToBaseline)).rejects.toBeInstanceOf(NewerSchemaError);
  });
});

describe('one list for both dialects', () => {
  it('every migration after the baseline has a PostgreSQL step (same, up, or none with a reason)', () => {
    const missing = MIGRATIONS.filter((m) => m.version > BASELINE_VERSION && !POSTGRES_STEPS.has(m.version));
    expect(missing.map((m) => m.name)).toEqual([]);
  });

  it('the whole list gives PostgreSQL the tables, columns and nullability SQLite has at the latest version', async () => {
    const latest = await sqliteAt(MIGRATIONS.length);
    try {
      await pg.close();
      pg = openPostgres(await freshDatabase(server()));
      expect(await migratePostgres(pg.db, MIGRATIONS)).toEqual({ from: 0, to: MIGRATIONS.length });
      expect(await postgresShape()).toEqual(sqliteShape(latest));
      // Beside them, PostgreSQL's stand-in for rowid (028), on exactly the tables read in insertion order.
      const { rows } = await sql<{ table_name: string; is_identity: string }>`
        select table_name, is_identity from information_schema.columns
        where table_schema = 'public' and column_name = ${INSERT_ORDER_COLUMN} order by table_name`.execute(
        pg.db,
      );
      expect(rows).toEqual(
        [...INSERT_ORDER_TABLES].sort().map((table_name) => ({ table_name, is_identity: 'YES' })),
      );
    } finally {
      latest.close();
    }
  }, 120_000);
});
