// At Dinsos a resident linked by a 'sama' decision counts once: in the month's report and on Beranda's PPKS chart.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { as, caseIn, insertPerson } from '../../../support/cases.ts';
import { openSetUpOffice, unwrap, type TestOffice } from '../../../support/register.ts';
import { DINSOS_SETUP } from '../../../support/sync-network.ts';

let dinsos: TestOffice;
const ids = { a: '', b: '' };

const served = async (): Promise<number> => {
  const view = unwrap(
    await dinsos.register.call(await as(dinsos, 'koordinator'), 'reports.monthly', { month: '2026-03' }),
  );
  return view.data.total.served.persons;
};

const ppksCount = async (): Promise<number> => {
  const charts = unwrap(await dinsos.register.call(await as(dinsos, 'koordinator'), 'dashboard.charts', {}));
  return charts.ppksByArea.reduce((n, a) => n + a.count, 0);
};

const decide = async (method: 'duplicates.decide' | 'duplicates.undo'): Promise<void> => {
  const reviewer = await as(dinsos, 'koordinator');
  const pair = { personA: ids.a, personB: ids.b };
  if (method === 'duplicates.undo') {
    unwrap(await dinsos.register.call(reviewer, method, { ...pair, reason: 'Keliru memutuskan' }));
    return;
  }
  unwrap(
    await dinsos.register.call(reviewer, method, {
      ...pair,
      decision: 'sama',
      primaryPersonId: ids.b,
      reason: 'Pindah dari Jeruklegi ke Kawunganten',
    }),
  );
};

beforeAll(async () => {
  dinsos = await openSetUpOffice({ setup: DINSOS_SETUP });
  // One resident, registered in two kecamatan (Jeruklegi, then Kawunganten), a case and PPKS in each.
  ids.a = await insertPerson(dinsos.register, { name: 'Sri Wahjoeni', desaCode: '33.01.08.2001' });
  ids.b = await insertPerson(dinsos.register, { name: 'Sri Wahyuni', desaCode: '33.01.09.2001' });
  const petugas = await as(dinsos, 'petugas');
  for (const id of [ids.a, ids.b]) {
    await caseIn(dinsos, 'DITERIMA', id);
    unwrap(
      await dinsos.register.call(petugas, 'ppks.assign', {
        personId: id,
        category: 'PPKS-24',
        disabilityType: null,
        since: '2026-01-01',
        source: 'Data uji',
      }),
    );
  }
}, 60_000);
afterAll(() => dinsos.dispose());

describe('a linked resident counts once at Dinsos', () => {
  it('two records count twice until linked, once after, twice again after the undo', async () => {
    expect([await served(), await ppksCount()]).toEqual([2, 2]);
    await decide('duplicates.decide');
    expect([await served(), await ppksCount()]).toEqual([1, 1]);
    await decide('duplicates.undo');
    expect([await served(), await ppksCount()]).toEqual([2, 2]);
  });
});
