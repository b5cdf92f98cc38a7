// The duplicate scan and review list on the province's PostgreSQL answer what they answer on SQLite (JSON id lists).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countPending, listCandidates } from '../../../../electron/core/duplicates/list.ts';
import { scanDuplicates } from '../../../../electron/core/duplicates/scan.ts';
import type { OpenedPostgres } from '../../../../electron/core/storage/postgres/open.ts';
import { KEC_A, KEC_B, originPerson, type PersonFields } from '../../../support/duplicates-sample.ts';
import { makeNik } from '../../../support/persons.ts';
import { closeBoth, copiedToProvince, usePostgresServer } from '../../../support/postgres.ts';
import { openSetUpOffice, type TestOffice } from '../../../support/register.ts';
import { DINSOS_SETUP } from '../../../support/sync-network.ts';

const server = usePostgresServer();
let office: TestOffice;
let pg: OpenedPostgres;
const at = (): string => new Date(office.clock.ms).toISOString();
const person = (origin: string, f: PersonFields): Promise<string> => originPerson(office, origin, f);
const both = () => [office.register.deps.db, pg.db] as const;

beforeAll(async () => {
  office = await openSetUpOffice({ setup: DINSOS_SETUP });
  const nik = makeNik('1985-07-12', 'P', 21);
  await person(KEC_A, { name: 'Hj. Siti Aminah', nik, birth_date: '1985-07-12' });
  await person(KEC_B, { name: 'St. Aminah', nik, birth_date: '1985-07-12', desa_code: '33.01.09.2001' });
  const joko = makeNik('1970-02-03', 'L', 1234);
  await person(KEC_A, { name: 'Djoko Susanto', sex: 'L', nik: joko, birth_date: '1970-02-03' });
  await person(KEC_B, {
    name: 'Joko Soesanto',
    sex: 'L',
    nik: `${joko.slice(0, 12)}1324`,
    birth_date: '1970-02-03',
  });
  await person(KEC_A, { name: 'Rina Marlina', birth_date: '1985-07-12' });
  pg = await copiedToProvince(server(), office);
}, 180_000);
afterAll(() => closeBoth(pg, office));

describe('duplicates on both stores', () => {
  it('a full scan stores the same pairs; the review list, its side facts and the pending count agree', async () => {
    const [lite, post] = await Promise.all(both().map((db) => scanDuplicates(db, at(), 'penuh')));
    expect(post).toEqual(lite);
    expect(lite).toMatchObject({ mode: 'penuh', found: 2, added: 2 });
    const lists = await Promise.all(both().map((db) => listCandidates(db, 10)));
    expect(lists[1]).toEqual(lists[0]);
    expect(lists[0]?.map((c) => c.a.birthDate)).toEqual(['1985-07-12', '1970-02-03']);
    const byOffice = await Promise.all(both().map((db) => listCandidates(db, 10, 'baru', KEC_B)));
    expect(byOffice[1]).toEqual(byOffice[0]);
    expect(byOffice[0]).toHaveLength(2);
    expect(await countPending(pg.db)).toBe(await countPending(office.register.deps.db));
  });

  it('an incremental scan looks up the changed record’s neighbours by NIK and birth date alike', async () => {
    const id = await person(KEC_B, { name: 'Rina Marlinah', birth_date: '1985-07-12' });
    const row = await office.register.deps.db
      .selectFrom('persons')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    await pg.db.insertInto('persons').values(row).execute();
    const [lite, post] = await Promise.all(both().map((db) => scanDuplicates(db, at(), 'bertahap')));
    expect(post).toEqual(lite);
    expect(lite).toMatchObject({ mode: 'bertahap', persons: 1, found: 1, added: 1 });
    expect(await countPending(pg.db)).toBe(3);
  });
});
