// The Dinsos recap's total counts a resident served at two kecamatan once when Dinsos linked the records, as the register does.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { as, caseIn, insertPerson } from '../../../support/cases.ts';
import { unwrap, type TestOffice } from '../../../support/register.ts';
import { openSyncTrio, type SyncTrio } from '../../../support/sync-trio.ts';
import type { RecapData } from '../../../../shared/types/reports.ts';

const MONTH = '2026-03';
const DESA_K2 = '33.01.09.2001';
let trio: SyncTrio;
const ids = { a: '', b: '' };

const recap = async (): Promise<RecapData> =>
  unwrap(
    await trio.dinsos.register.call(await as(trio.dinsos, 'pengamat'), 'reports.recap', { month: MONTH }),
  );

/** Persons served in the month over the whole register, as Dinsos's own monthly report counts them. */
const servedInRegister = async (): Promise<number> =>
  unwrap(
    await trio.dinsos.register.call(await as(trio.dinsos, 'pengamat'), 'reports.monthly', { month: MONTH }),
  ).data.total.served.persons;

const link = async (method: 'duplicates.decide' | 'duplicates.undo'): Promise<void> => {
  const reviewer = await as(trio.dinsos, 'koordinator');
  const pair = { personA: ids.a, personB: ids.b, reason: 'Pindah dari Jeruklegi ke Kawunganten' };
  const { register } = trio.dinsos;
  if (method === 'duplicates.undo') unwrap(await register.call(reviewer, method, pair));
  else unwrap(await register.call(reviewer, method, { ...pair, decision: 'sama', primaryPersonId: ids.b }));
};

beforeAll(async () => {
  trio = await openSyncTrio();
  // One resident served at both kecamatan in March, and another only at the second.
  ids.a = await insertPerson(trio.k1.register, { name: 'Sri Wahjoeni' });
  await caseIn(trio.k1, 'DITERIMA', ids.a);
  ids.b = await insertPerson(trio.k2.register, { name: 'Sri Wahyuni', desaCode: DESA_K2 });
  await caseIn(trio.k2, 'DITERIMA', ids.b);
  await caseIn(
    trio.k2,
    'DITERIMA',
    await insertPerson(trio.k2.register, { name: 'Warga Lain', desaCode: DESA_K2 }),
  );
  for (const k of [trio.k1, trio.k2] as TestOffice[]) {
    k.clock.ms = Date.parse('2026-04-02T02:00:00.000Z');
    unwrap(await k.register.call(await as(k, 'tksk'), 'reports.finalize', { month: MONTH }));
    expect(await trio.send(k.register, trio.dinsos.register)).toEqual(['applied']);
  }
}, 120_000);
afterAll(() => trio.close());

describe('recap total with linked residents', () => {
  it('before any decision: the offices signed 1 and 2 persons, the total is their sum', async () => {
    const r = await recap();
    expect(r.rows.map((row) => row.totals?.persons)).toEqual([1, 2]);
    expect(r.totals.persons).toBe(3);
    expect(r.linkedOverlap).toBe(0);
    expect(await servedInRegister()).toBe(3);
  });

  it('linked as one resident: the total counts them once, as the register does; the signed rows stay', async () => {
    await link('duplicates.decide');
    const r = await recap();
    expect(r.rows.map((row) => row.totals?.persons)).toEqual([1, 2]);
    expect(r.linkedOverlap).toBe(1);
    expect(r.totals.persons).toBe(2);
    expect(r.totals.persons).toBe(await servedInRegister());
    expect(r.totals.contacts).toBe(3);
  });

  it('undone: counted at both offices again', async () => {
    await link('duplicates.undo');
    const r = await recap();
    expect(r.linkedOverlap).toBe(0);
    expect(r.totals.persons).toBe(3);
  });
});
