// The same rows give the same register digest in SQLite and PostgreSQL: canonical values, bytewise order by id.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { digestOfAsync, registerDigest } from '../../../../../electron/core/digest/digest.ts';
import { postgresDigestRows } from '../../../../../electron/core/storage/postgres/digest-rows.ts';
import type { OpenedPostgres } from '../../../../../electron/core/storage/postgres/open.ts';
import { openSetUpOffice, type TestOffice } from '../../../../support/register.ts';
import { seedRegisterSamples } from '../../../../support/persons.ts';
import { closeBoth, copiedToProvince, usePostgresServer } from '../../../../support/postgres.ts';

const server = usePostgresServer();
let pg: OpenedPostgres;
let office: TestOffice;

/** Ids whose bytewise order differs from a linguistic one ('B' < 'a' < 'É'), in a table with few constraints. */
const ODD_IDS = ['a-0001', 'B-0002', 'É-0003', 'b-0004'];

beforeAll(async () => {
  office = await openSetUpOffice();
  await seedRegisterSamples(office);
  const sqlite = office.register.deps.sqlite;
  const origin = (sqlite.prepare('select id from offices limit 1').get() as { id: string }).id;
  const now = '2026-03-02T02:00:00.000Z';
  for (const id of ODD_IDS) {
    sqlite
      .prepare(
        `insert into tksk_month_notes (id, origin_office_id, office_id, month, obstacles, recommendations,
           created_at, updated_at, deleted, clocks, hlc, local_seq)
         values (?, ?, ?, ?, ?, '', ?, ?, 0, '{"b":"x","f":{}}', 'x', 1)`,
      )
      .run(id, origin, origin, '2026-02', `Catatan ${id} — “kutip” ñ 🙂`, now, now);
  }
  pg = await copiedToProvince(server(), office);
}, 120_000);
afterAll(() => closeBoth(pg, office));

describe('register digest across stores', () => {
  it('is equal for the same rows, table by table and overall', async () => {
    const lite = registerDigest(office.register.deps.sqlite);
    const post = await digestOfAsync(postgresDigestRows(pg.db));
    expect(post.tables).toEqual(lite.tables);
    expect(post.register).toBe(lite.register);
    expect(lite.tables.find((t) => t.table === 'persons')?.rows).toBeGreaterThan(0);
  });

  it('is equal per origin office too', async () => {
    const sqlite = office.register.deps.sqlite;
    const origin = (sqlite.prepare('select id from offices limit 1').get() as { id: string }).id;
    expect((await digestOfAsync(postgresDigestRows(pg.db), origin)).register).toBe(
      registerDigest(sqlite, origin).register,
    );
  });

  it('differs when one value differs (the comparison can fail)', async () => {
    const before = (await digestOfAsync(postgresDigestRows(pg.db))).register;
    await sql`update tksk_month_notes set obstacles = 'lain' where id = 'B-0002'`.execute(pg.db);
    expect((await digestOfAsync(postgresDigestRows(pg.db))).register).not.toBe(before);
  });
});
