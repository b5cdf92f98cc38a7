// The review queue shows each record's cases: how many, and the latest with its number and status.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scanDuplicates } from '../../../../electron/core/duplicates/scan.ts';
import { listCandidates } from '../../../../electron/core/duplicates/list.ts';
import { caseIn } from '../../../support/cases.ts';
import { openSetUpOffice, type TestOffice } from '../../../support/register.ts';
import { DINSOS_SETUP } from '../../../support/sync-network.ts';
import { makeNik } from '../../../support/persons.ts';
import { KEC_A, KEC_B, originPerson } from '../../../support/duplicates-sample.ts';

let office: TestOffice;
const ids = { a: '', b: '', latest: '' };

beforeAll(async () => {
  office = await openSetUpOffice({ setup: DINSOS_SETUP });
  const same = { nik: makeNik('1985-07-12', 'P', 21), birth_date: '1985-07-12' };
  ids.a = await originPerson(office, KEC_A, { name: 'Siti Aminah', ...same });
  ids.b = await originPerson(office, KEC_B, { name: 'St. Aminah', ...same });
  await caseIn(office, 'DITERIMA', ids.a);
  office.clock.ms += 86_400_000;
  ids.latest = (await caseIn(office, 'DIRUJUK', ids.a)).caseNumber;
  await scanDuplicates(office.register.deps.db, new Date(office.clock.ms).toISOString(), 'penuh');
});
afterAll(() => office.dispose());

describe('the queue side by side', () => {
  it('counts each record’s cases and names the latest; a record without cases says so', async () => {
    const [pair] = await listCandidates(office.register.deps.db, 10);
    const side = (id: string) => (pair?.a.personId === id ? pair.a : pair?.b);
    expect(side(ids.a)).toMatchObject({
      caseCount: 2,
      latestCase: { caseNumber: ids.latest, status: 'DIRUJUK' },
    });
    expect(side(ids.b)).toMatchObject({ caseCount: 0, latestCase: null });
  });
});
