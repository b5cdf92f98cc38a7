// The columnar load: every live record read page by page into columns, each record rebuilt for the matchers as it was stored.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { v7 } from 'uuid';
import { createWriter } from '../../../../electron/core/sync/writer.ts';
import { loadPersons } from '../../../../electron/core/duplicates/load.ts';
import { nameKey } from '../../../../shared/text/name-key.ts';
import { openSetUpOffice, type TestOffice } from '../../../support/register.ts';
import { DINSOS_SETUP } from '../../../support/sync-network.ts';
import { makeNik } from '../../../support/persons.ts';
import { KEC_A, KEC_B, originPerson } from '../../../support/duplicates-sample.ts';

let office: TestOffice;
const ids: Record<string, string> = {};
const HOUSEHOLD = v7();
const nik = makeNik('1985-07-12', 'P', 21);

beforeAll(async () => {
  office = await openSetUpOffice({ setup: DINSOS_SETUP });
  const { db } = office.register.deps;
  await createWriter(db, KEC_A, () => office.clock.ms).insert('households', {
    id: HOUSEHOLD,
    no_kk: ' 3301080101990001 ',
    desa_code: '33.01.08.2001',
    address: 'Jl. Contoh 1',
    assets: '[]',
  });
  ids.aminah = await originPerson(office, KEC_A, {
    name: 'Hj. Siti Aminah',
    nik: ` ${nik} `,
    birth_date: '1985-07-12',
    household_id: HOUSEHOLD,
  });
  ids.joko = await originPerson(office, KEC_A, {
    name: 'Djoko Susanto',
    sex: 'L',
    nik: '12345',
    household_id: HOUSEHOLD,
  });
  ids.cahyo = await originPerson(office, KEC_B, { name: 'Moh. Tjahjo', sex: 'L', nik: '  ' });
  ids.gone = await originPerson(office, KEC_B, { name: 'Rina Marlina' });
  await createWriter(db, KEC_B, () => office.clock.ms).remove('persons', ids.gone);
  ids.erased = await originPerson(office, KEC_B, { name: 'Siti Aminah', nik });
  await createWriter(db, KEC_B, () => office.clock.ms).insert('erasures', {
    id: v7({ msecs: office.clock.ms }),
    person_id: ids.erased,
    household_part: 'none',
    erased_at: new Date(office.clock.ms).toISOString(),
    reason: 'permintaan',
  });
});

afterAll(() => office.dispose());

describe('loadPersons', () => {
  it('reads the live records only, and a page of two rows reads the same columns as one page', async () => {
    const { db } = office.register.deps;
    const whole = await loadPersons(db);
    const paged = await loadPersons(db, 2);
    expect([...whole.ids].sort()).toEqual([ids.aminah, ids.joko, ids.cahyo].sort());
    expect(paged.ids).toEqual(whole.ids);
    const people = (l: typeof whole) => Array.from({ length: l.size }, (_, i) => l.person(i));
    expect(people(paged)).toEqual(people(whole));
    expect([...paged.seqs]).toEqual([...whole.seqs]);
  });

  it('rebuilds each record as the matchers see it: NIK trimmed or null, name key, household and its members', async () => {
    const loaded = await loadPersons(office.register.deps.db);
    const byId = new Map(Array.from({ length: loaded.size }, (_, i) => [loaded.ids[i], loaded.person(i)]));
    expect(byId.get(ids.aminah)).toEqual({
      id: ids.aminah,
      officeId: KEC_A,
      nik,
      key: nameKey('Hj. Siti Aminah'),
      sex: 'P',
      birthDate: '1985-07-12',
      desa: '33.01.08.2001',
      householdId: HOUSEHOLD,
      noKk: '3301080101990001',
      members: [nameKey('Djoko Susanto')],
    });
    expect(byId.get(ids.joko)).toMatchObject({
      nik: '12345',
      sex: 'L',
      birthDate: null,
      members: [nameKey('Hj. Siti Aminah')],
    });
    expect(byId.get(ids.cahyo)).toMatchObject({
      nik: null,
      householdId: null,
      noKk: null,
      members: [],
      officeId: KEC_B,
    });
    const at = loaded.ids.indexOf(ids.aminah ?? '');
    expect([...loaded.householdOf(at)].map((i) => loaded.ids[i]).sort()).toEqual(
      [ids.aminah, ids.joko].sort(),
    );
    expect(loaded.nikKind[at]).toBe(1);
    expect(loaded.nikKind[loaded.ids.indexOf(ids.joko ?? '')]).toBe(2);
  });
});
