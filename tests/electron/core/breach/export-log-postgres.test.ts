// The export log writes the same entry and the same persons with their data categories on PostgreSQL as on SQLite.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CategoryMap } from '../../../../electron/core/breach/categories.ts';
import { logExport } from '../../../../electron/core/breach/export-log.ts';
import type { DbOrTrx } from '../../../../electron/core/db/database.ts';
import type { OpenedPostgres } from '../../../../electron/core/storage/postgres/open.ts';
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

/** 700 persons: more than two of logExport's 300-row inserts. */
const persons = (): CategoryMap => {
  const m = new CategoryMap();
  for (let i = 0; i < 700; i++)
    m.add(
      `0190bbbb-0000-7000-8000-${String(i).padStart(12, '0')}`,
      i % 2 ? ['identitas'] : ['identitas', 'kesehatan'],
    );
  return m;
};

async function logged(db: DbOrTrx, id: string) {
  const entry = await db.selectFrom('export_log').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
  const carried = await db
    .selectFrom('export_log_persons')
    .select(['person_id', 'categories'])
    .where('export_id', '=', id)
    .orderBy('person_id')
    .execute();
  return { entry: { ...entry, id: 'x' }, carried };
}

describe('logExport on both stores', () => {
  it('the same entry and persons, in one transaction of its own', async () => {
    const e = {
      kind: 'report' as const,
      fileName: 'rekap.xlsx',
      atMs: T0,
      sha256: 'ab'.repeat(32),
      detail: 'Maret',
    };
    const lite = await logged(
      office.register.deps.db,
      await logExport(office.register.deps.db, e, persons()),
    );
    const post = await logged(pg.db, await logExport(pg.db, e, persons()));
    expect(post).toEqual(lite);
    expect(lite.entry).toMatchObject({ scope: 'listed', person_count: 700, at: T0, bundle_ref: null });
    expect(lite.carried).toHaveLength(700);
  });
});
