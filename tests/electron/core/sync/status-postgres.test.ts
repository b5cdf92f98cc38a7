// The Sinkronisasi screen's pending counts (scope, watermark, echoes left out) are the same on PostgreSQL as on SQLite.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbOrTrx } from '../../../../electron/core/db/database.ts';
import { getOwnOfficeId } from '../../../../electron/core/office/office-repo.ts';
import type { OpenedPostgres } from '../../../../electron/core/storage/postgres/open.ts';
import { pendingFor } from '../../../../electron/core/sync/status.ts';
import { createWriter } from '../../../../electron/core/sync/writer.ts';
import { KEC_A, KEC_B, originPerson } from '../../../support/duplicates-sample.ts';
import { closeBoth, copiedToProvince, usePostgresServer } from '../../../support/postgres.ts';
import { openSetUpOffice, type TestOffice } from '../../../support/register.ts';
import { DINSOS_SETUP } from '../../../support/sync-network.ts';

const server = usePostgresServer();
let office: TestOffice;
let pg: OpenedPostgres;
let dinsosId = '';

beforeAll(async () => {
  office = await openSetUpOffice({ setup: DINSOS_SETUP });
  const { db } = office.register.deps;
  dinsosId = (await getOwnOfficeId(db)) ?? '';
  const edited = await originPerson(office, KEC_A, { name: 'Warga Kecamatan A Satu' });
  await originPerson(office, KEC_A, { name: 'Warga Kecamatan A Dua' });
  await originPerson(office, KEC_B, { name: 'Warga Kecamatan B' });
  // Dinsos edits one of Kecamatan A's records: no longer an echo for Kecamatan A.
  await createWriter(db, dinsosId, () => office.clock.ms).update('persons', edited, {
    notes: 'dicek Dinsos',
  });
  pg = await copiedToProvince(server(), office);
}, 180_000);
afterAll(() => closeBoth(pg, office));

const STORES = ['sqlite', 'postgres'] as const;
const store = (d: (typeof STORES)[number]): DbOrTrx => (d === 'sqlite' ? office.register.deps.db : pg.db);
const pendingAt = (db: DbOrTrx, type: string, own: string, peer: string, after = -1) =>
  pendingFor(db, { officeId: own, type }, { id: peer, below: type === 'dinsos' }, after);

describe('pendingFor on both stores', () => {
  it.each(STORES)('%s: Dinsos sends each kecamatan only its records it did not write itself', async (d) => {
    const db = store(d);
    const a = await pendingAt(db, 'dinsos', dinsosId, KEC_A);
    const b = await pendingAt(db, 'dinsos', dinsosId, KEC_B);
    // The same rows besides (the offices' own rows); Kecamatan A's one edited record on top.
    expect(a - b).toBe(1);
    expect(a).toBe(await pendingAt(office.register.deps.db, 'dinsos', dinsosId, KEC_A));
  });

  it.each(STORES)('%s: an office counts the rows holding its stamps, above the watermark only', async (d) => {
    const db = store(d);
    const all = await pendingAt(db, 'kecamatan', KEC_A, dinsosId);
    expect(all).toBe(2);
    const top = await db
      .selectFrom('persons')
      .select((eb) => eb.fn.max('local_seq').as('m'))
      .executeTakeFirstOrThrow();
    expect(await pendingAt(db, 'kecamatan', KEC_A, dinsosId, Number(top.m))).toBe(0);
  });
});
