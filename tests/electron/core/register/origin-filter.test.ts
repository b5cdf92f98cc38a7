// persons.search and cases.search with originOfficeId: rows of two origins, the filter returns only that office's.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Caller } from '../../../../electron/core/context.ts';
import { openSetUpOffice, unwrap, type TestOffice } from '../../../support/register.ts';
import { asRole, insertCase, makeNik, newPerson } from '../../../support/persons.ts';

const OTHER_OFFICE = '01900000-0000-7000-8000-0000000000aa';

let office: TestOffice;
let pengamat: Caller;
let ownId: string;
const ids: Record<'own' | 'other', { person: string; case: string }> = {
  own: { person: '', case: '' },
  other: { person: '', case: '' },
};

beforeAll(async () => {
  office = await openSetUpOffice();
  const petugas = await asRole(office, 'petugas');
  pengamat = await asRole(office, 'pengamat');
  const add = async (name: string, n: number): Promise<{ person: string; case: string }> => {
    const person = unwrap(
      await office.register.call(
        petugas,
        'persons.create',
        newPerson(
          { name, sex: 'L', nik: makeNik('1980-01-01', 'L', n), birthDate: '1980-01-01' },
          { confirmNotDuplicate: true },
        ),
      ),
    ).id;
    return { person, case: await insertCase(office, person) };
  };
  ids.own = await add('Bagus Setiawan', 71);
  ids.other = await add('Bagus Santoso', 72);
  // The second resident and case came from another office (as a bundle at Dinsos would bring them).
  const { db } = office.register.deps;
  ownId = (
    await db
      .selectFrom('persons')
      .select('origin_office_id')
      .where('id', '=', ids.own.person)
      .executeTakeFirstOrThrow()
  ).origin_office_id;
  await db
    .updateTable('persons')
    .set({ origin_office_id: OTHER_OFFICE })
    .where('id', '=', ids.other.person)
    .execute();
  await db
    .updateTable('cases')
    .set({ origin_office_id: OTHER_OFFICE })
    .where('id', '=', ids.other.case)
    .execute();
});

afterAll(async () => office.dispose());

describe('originOfficeId filter', () => {
  it('persons.search returns only the persons that office originated', async () => {
    const all = unwrap(await office.register.call(pengamat, 'persons.search', { query: 'bagus' }));
    expect(all.rows.map((r) => r.id).sort()).toEqual([ids.own.person, ids.other.person].sort());
    for (const [origin, key] of [
      [OTHER_OFFICE, 'other'],
      [ownId, 'own'],
    ] as const) {
      const one = unwrap(
        await office.register.call(pengamat, 'persons.search', { query: 'bagus', originOfficeId: origin }),
      );
      expect(one.rows.map((r) => r.id)).toEqual([ids[key].person]);
      expect(one.total).toBe(1);
    }
  });

  it('cases.search returns only the cases that office originated', async () => {
    const all = unwrap(await office.register.call(pengamat, 'cases.search', { query: 'bagus' }));
    expect(all.rows.map((r) => r.id).sort()).toEqual([ids.own.case, ids.other.case].sort());
    const one = unwrap(
      await office.register.call(pengamat, 'cases.search', { query: 'bagus', originOfficeId: OTHER_OFFICE }),
    );
    expect(one.rows.map((r) => r.id)).toEqual([ids.other.case]);
    expect(one.total).toBe(1);
  });
});
