// The import history lists the same batches in the same order on the province's PostgreSQL as on SQLite.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbOrTrx } from '../../../../electron/core/db/database.ts';
import { listBatches } from '../../../../electron/core/imports/batches.ts';
import { openProvinceRegister, usePostgresServer } from '../../../support/postgres.ts';
import type { OpenedPostgres } from '../../../../electron/core/storage/postgres/open.ts';
import { openSetUpOffice, type TestOffice } from '../../../support/register.ts';

const server = usePostgresServer();
let office: TestOffice;
let pg: OpenedPostgres;
/** Written in this order; three share one millisecond and their ids sort neither way round. */
const WRITTEN = [
  ['0190aaaa-0000-7000-8000-000000000002', '2026-03-01T02:00:00.000Z'],
  ['0190aaaa-0000-7000-8000-000000000003', '2026-03-02T02:00:00.000Z'],
  ['0190aaaa-0000-7000-8000-000000000001', '2026-03-02T02:00:00.000Z'],
  ['0190aaaa-0000-7000-8000-000000000004', '2026-03-02T02:00:00.000Z'],
] as const;

async function writeBatches(db: DbOrTrx): Promise<void> {
  for (const [i, [id, at]] of WRITTEN.entries()) {
    await sql`insert into import_batches (id, at, username, kind, file_name, file_sha256, counts)
      values (${id}, ${at}, 'petugas', 'warga', ${`impor-${i}.xlsx`}, ${`sha-${i}`}, '{"dibuat":1}')`.execute(
      db,
    );
  }
}

beforeAll(async () => {
  office = await openSetUpOffice();
  pg = await openProvinceRegister(server());
  await writeBatches(office.register.deps.db);
  await writeBatches(pg.db);
}, 180_000);
afterAll(async () => {
  await pg?.close();
  await office?.dispose();
});

describe('imports.batches on both stores', () => {
  it('newest first, and within one millisecond the one written last first', async () => {
    const lite = await listBatches(office.register.deps.db);
    expect(await listBatches(pg.db)).toEqual(lite);
    expect(lite.map((b) => b.id.slice(-1))).toEqual(['4', '1', '3', '2']);
    expect(lite[0]).toMatchObject({ fileName: 'impor-3.xlsx', counts: { dibuat: 1 }, undoneAt: null });
  });
});
