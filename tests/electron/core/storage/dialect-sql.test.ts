// The port's fragments compile to each dialect's SQL and placeholders; the dialect is read from the Kysely handle.
import Database from 'better-sqlite3-multiple-ciphers';
import {
  DummyDriver,
  Kysely,
  PostgresAdapter,
  PostgresIntrospector,
  PostgresQueryCompiler,
  SqliteDialect,
  sql,
} from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { dialectOf, sqlFor } from '../../../../electron/core/storage/sql-for.ts';
import { sqlText, toRaw } from '../../../../electron/core/storage/sql-text.ts';

/** A PostgreSQL handle that compiles queries and never connects (Kysely's cold setup). */
const pgCold = new Kysely<Record<string, never>>({
  dialect: {
    createAdapter: () => new PostgresAdapter(),
    createDriver: () => new DummyDriver(),
    createIntrospector: (db) => new PostgresIntrospector(db),
    createQueryCompiler: () => new PostgresQueryCompiler(),
  },
});
const sqliteHandle = new Database(':memory:');
const lite = new Kysely<Record<string, never>>({ dialect: new SqliteDialect({ database: sqliteHandle }) });
afterAll(async () => {
  await lite.destroy();
  await pgCold.destroy();
});

describe('sqlFor / dialectOf', () => {
  it('reads the dialect from the handle, a transaction included', async () => {
    expect(dialectOf(lite)).toBe('sqlite');
    expect(dialectOf(pgCold)).toBe('postgres');
    expect(sqlFor(pgCold).dialect).toBe('postgres');
    await lite.transaction().execute(async (trx) => {
      expect(sqlFor(trx).dialect).toBe('sqlite');
    });
  });
});

describe('toRaw', () => {
  it("compiles `?` marks to the dialect's placeholders, parameters in order", () => {
    const frag = sqlText('a = ? and b like ? and c in (?, ?)', ['x', '%y%', 1, null]);
    expect(toRaw(frag).compile(pgCold)).toMatchObject({
      sql: 'a = $1 and b like $2 and c in ($3, $4)',
      parameters: ['x', '%y%', 1, null],
    });
    expect(toRaw(frag).compile(lite)).toMatchObject({
      sql: 'a = ? and b like ? and c in (?, ?)',
      parameters: ['x', '%y%', 1, null],
    });
  });

  it('refuses a mismatch between marks and parameters before anything runs', () => {
    expect(() => toRaw(sqlText('a = ? and b = ?', ['x']))).toThrow(/2 placeholders for 1 parameters/);
  });

  it('runs on SQLite with the values bound', async () => {
    const { rows } = await toRaw<{ v: string }>(sqlText('select ? || ? as v', ['ab', 'cd'])).execute(lite);
    expect(rows).toEqual([{ v: 'abcd' }]);
  });
});

describe('name search fragments', () => {
  it('SQLite: the FTS5 trigram table, phrases quoted, words joined with AND', () => {
    const f = sqlFor(lite).personNameContainsAll(['sri', 'rahayu']);
    expect(f.text).toMatch(/persons_fts match \?/);
    expect(f.params).toEqual(['"sri" AND "rahayu"']);
    expect(sqlFor(lite).personNameStream('sri').order).toBe('persons_fts.rowid');
  });

  it('PostgreSQL: LIKE on name_norm (pg_trgm), pattern characters escaped', () => {
    const f = sqlFor(pgCold).personNameContainsAll(['sri', '50%_x']);
    expect(toRaw(f).compile(pgCold)).toMatchObject({
      sql: 'p.name_norm like $1 and p.name_norm like $2',
      parameters: ['%sri%', '%50\\%\\_x%'],
    });
    expect(sqlFor(pgCold).contains('p.name_norm')).toBe('strpos(p.name_norm, ?) > 0');
  });
});

describe('planner hints', () => {
  it("SQLite keeps the written join order and skips an index with +; PostgreSQL's plain SQL plans by statistics", () => {
    expect([sqlFor(lite).joinInOrder, sqlFor(lite).noIndex('fu.due_date')]).toEqual([
      'cross join',
      '+fu.due_date',
    ]);
    expect([sqlFor(pgCold).joinInOrder, sqlFor(pgCold).noIndex('fu.due_date')]).toEqual([
      'join',
      'fu.due_date',
    ]);
  });
});

describe('localMonth', () => {
  it('SQLite: the UTC instant shifted into the zone, then its month', async () => {
    const month = sqlFor(lite).localMonth('t', 420);
    const { rows } = await sql<{
      m: string;
    }>`select ${month} as m from (select ${'2026-10-31T17:30:00.000Z'} as t)`.execute(lite);
    expect(rows).toEqual([{ m: '2026-11' }]); // 00:30 WIB on 1 November
  });

  it('PostgreSQL: to_char of the UTC time plus the offset, whatever the session zone', () => {
    const q = sql`select ${sqlFor(pgCold).localMonth('t', 420)}`.compile(pgCold);
    expect(q.sql).toContain(`to_char(("t"::timestamptz at time zone 'UTC')`);
    expect(q.sql).toContain('make_interval(mins => $1)');
    expect(q.parameters).toEqual([420]);
  });
});

describe('leadingInteger', () => {
  it("SQLite: the letter number's leading digits, null without one", async () => {
    const { rows } = await sql<{ n: number | null }>`select ${sqlFor(lite).leadingInteger('v')} as n
      from (select '007/RUJ/33.01.08/III/2026' as v union all select 'RUJ/7' union all select '1234567890123')
      order by v`.execute(lite);
    expect(rows.map((r) => r.n)).toEqual([7, 123456789, null]);
  });

  it('PostgreSQL: a regular-expression substring of at most nine digits, cast to integer', () => {
    expect(sql`select ${sqlFor(pgCold).leadingInteger('letter_number')}`.compile(pgCold).sql).toBe(
      `select cast(substring("letter_number" from '^[0-9]{1,9}') as integer)`,
    );
  });
});

describe('insertionOrder', () => {
  it("SQLite's rowid; PostgreSQL's identity column of migration 028", () => {
    expect(sql`order by ${sqlFor(lite).insertionOrder('r')}`.compile(lite).sql).toBe('order by r.rowid');
    expect(sql`order by ${sqlFor(pgCold).insertionOrder()}`.compile(pgCold).sql).toBe(
      'order by insert_order',
    );
  });
});

describe('JSON arrays', () => {
  it('SQLite: json_extract of one item and json_each of a parameter', async () => {
    const { rows } = await sql<{ first: string | null; n: number }>`select
      ${sqlFor(lite).jsonArrayItem('a', 1)} as first,
      (select count(*) from (select 'y' as x) where x in ${sqlFor(lite).jsonArrayValues('["x","y"]')}) as n
      from (select '["a","b"]' as a)`.execute(lite);
    expect(rows).toEqual([{ first: 'b', n: 1 }]);
  });

  it('PostgreSQL: ->> and jsonb_array_elements_text, in the ids\' collation "C", the array a parameter', () => {
    expect(sql`${sqlFor(pgCold).jsonArrayItem('u.person_ids', 0)}`.compile(pgCold).sql).toBe(
      '((cast(u.person_ids as jsonb) ->> 0) collate "C")',
    );
    expect(sql`x in ${sqlFor(pgCold).jsonArrayValues('["x"]')}`.compile(pgCold)).toMatchObject({
      sql: 'x in (select value collate "C" from jsonb_array_elements_text(cast($1 as jsonb)) as value)',
      parameters: ['["x"]'],
    });
  });
});
