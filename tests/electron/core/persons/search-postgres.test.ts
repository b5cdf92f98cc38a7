// persons.search gives the same page on the province's PostgreSQL (pg_trgm) as on the office's SQLite (FTS5).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { searchPersons, type PersonSearch } from '../../../../electron/core/persons/search.ts';
import type { OpenedPostgres } from '../../../../electron/core/storage/postgres/open.ts';
import { asRole, DESA_B, makeNik, newPerson, seedRegisterSamples } from '../../../support/persons.ts';
import { insertPerson } from '../../../support/cases.ts';
import { closeBoth, copiedToProvince, usePostgresServer } from '../../../support/postgres.ts';
import { openSetUpOffice, unwrap, type TestOffice } from '../../../support/register.ts';

const server = usePostgresServer();
const TODAY = '2026-03-02';
let office: TestOffice;
let pg: OpenedPostgres;

const NAMES = [
  'Siti Aminah',
  'Siti Rahayu',
  'Sri Sitiawati',
  'Budi Santoso',
  'Bu Dewi',
  'Ahmad Sitorus',
  'Élodie Siti',
];

beforeAll(async () => {
  office = await openSetUpOffice();
  await seedRegisterSamples(office);
  for (const name of NAMES) await insertPerson(office.register, { name });
  await insertPerson(office.register, { name: 'Siti Desa Lain', desaCode: DESA_B });
  await insertPerson(office.register, { name: 'Siti Terhapus', deleted: true });
  const petugas = await asRole(office, 'petugas');
  for (const [i, name] of ['Nur Hidayah', 'Nur Hasanah'].entries()) {
    const nik = makeNik('1990-01-01', 'P', 900 + i);
    unwrap(
      await office.register.call(
        petugas,
        'persons.create',
        newPerson({ name, nik, birthDate: '1990-01-01' }),
      ),
    );
  }
  pg = await copiedToProvince(server(), office);
}, 180_000);
afterAll(() => closeBoth(pg, office));

const QUERIES: Partial<PersonSearch>[] = [
  { query: 'siti' },
  { query: 'sit', desaCode: DESA_B },
  { query: 'santo' },
  { query: 'bu' },
  { query: 's' },
  { query: 'elodie' },
  { query: makeNik('1990-01-01', 'P', 900).slice(0, 8) },
  { query: '' },
  { query: 'siti', limit: 2, offset: 1 },
  { query: 'tidak ada' },
];

describe('persons.search on PostgreSQL', () => {
  it.each(QUERIES.map((q) => [JSON.stringify(q), q] as const))(
    '%s: the same page and total as SQLite',
    async (_, q) => {
      const f: PersonSearch = { query: '', limit: 50, offset: 0, ...q };
      const lite = await searchPersons(office.register.deps.db, TODAY, f);
      const post = await searchPersons(pg.db, TODAY, f);
      expect(post).toEqual(lite);
    },
  );

  it('finds what it should (the comparison is not between two empty pages)', async () => {
    const r = await searchPersons(pg.db, TODAY, { query: 'siti', limit: 50, offset: 0 });
    // Prefixes first, then word starts, each by name; 'Ahmad Sitorus' has no 'siti'; 'Siti Terhapus' is deleted.
    expect(r.rows.map((p) => p.name)).toEqual([
      'Siti Aminah',
      'Siti Desa Lain',
      'Siti Rahayu',
      'Élodie Siti',
      'Sri Sitiawati',
    ]);
    expect(r.total).toBe(5);
  });
});
