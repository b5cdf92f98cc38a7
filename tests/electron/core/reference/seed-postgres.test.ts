// Reference lists are seeded on the province's PostgreSQL as on SQLite; the table check reads each store's catalog.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbOrTrx } from '../../../../electron/core/db/database.ts';
import { REFERENCE_META_KEY, seedReference } from '../../../../electron/core/reference/seed.ts';
import { getMeta } from '../../../../electron/core/office/office-repo.ts';
import type { OpenedPostgres } from '../../../../electron/core/storage/postgres/open.ts';
import { existingTables } from '../../../../electron/core/storage/tables.ts';
import { REFERENCE_VERSION } from '../../../../shared/reference/index.ts';
import { openProvinceRegister, usePostgresServer } from '../../../support/postgres.ts';
import { openSetUpOffice, T0, type TestOffice } from '../../../support/register.ts';

const server = usePostgresServer();
let office: TestOffice;
let pg: OpenedPostgres;

beforeAll(async () => {
  office = await openSetUpOffice();
  pg = await openProvinceRegister(server());
}, 180_000);
afterAll(async () => {
  await pg?.close();
  await office?.dispose();
});

const items = (db: DbOrTrx) =>
  db
    .selectFrom('reference_items')
    .select(['list', 'code', 'label', 'data', 'sort', 'active', 'edited'])
    .orderBy('list')
    .orderBy('code')
    .execute();

describe('existingTables', () => {
  it.each([['sqlite'], ['postgres']])(
    '%s: the tables that exist among those named, nothing else',
    async (d) => {
      const db = d === 'sqlite' ? office.register.deps.db : pg.db;
      const found = await existingTables(db, ['meta', 'sync_quarantine', 'reference_items', 'tidak_ada']);
      expect([...found].sort()).toEqual(['meta', 'reference_items', 'sync_quarantine']);
      expect(await existingTables(db, [])).toEqual(new Set());
    },
  );
});

describe('seedReference on PostgreSQL', () => {
  it('fills the same lists as on the office, once', async () => {
    await seedReference(office.register.deps.db, T0);
    expect(await seedReference(pg.db, T0)).toBe(true);
    expect(await seedReference(pg.db, T0)).toBe(false);
    expect(await getMeta(pg.db, REFERENCE_META_KEY)).toBe(String(REFERENCE_VERSION));
    const lite = await items(office.register.deps.db);
    expect(lite.length).toBeGreaterThan(20);
    expect(await items(pg.db)).toEqual(lite);
  });
});
