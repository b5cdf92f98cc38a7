// A decision taken at Dinsos travels to both kecamatan in their return bundles (and its undo), and only what they need.
import { v7 } from 'uuid';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Register } from '../../../../electron/core/register.ts';
import { getOwnOfficeId } from '../../../../electron/core/office/office-repo.ts';
import { createWriter } from '../../../../electron/core/sync/writer.ts';
import { decisionId } from '../../../../electron/core/duplicates/decide.ts';
import { makeNik } from '../../../support/persons.ts';
import { as } from '../../../support/cases.ts';
import { unwrap, type TestOffice } from '../../../support/register.ts';
import { officeIdOf } from '../../../support/sync-network.ts';
import { openSyncTrio, type SyncTrio } from '../../../support/sync-trio.ts';

let trio: SyncTrio;
let k1: TestOffice;
let k2: TestOffice;
let dinsos: TestOffice;

async function person(r: Register, name: string, nik: string | null, desa: string): Promise<string> {
  const { db, now } = r.deps;
  const id = v7({ msecs: now() });
  const officeId = (await getOwnOfficeId(db)) ?? '';
  await createWriter(db, officeId, now).insert('persons', {
    id,
    name,
    name_norm: name.toLowerCase(),
    nik,
    sex: 'P',
    birth_date: '1982-07-14',
    disability_types: '[]',
    padan_dukcapil: 'unknown',
    dtsen_status: 'tidak_diketahui',
    desa_code: desa,
  });
  return id;
}

const decisionRow = (r: Register, id: string): Record<string, unknown> | undefined =>
  r.deps.sqlite
    .prepare(
      `select id, origin_office_id, person_a, office_a, person_b, office_b, decision, primary_person_id, reason,
         decided_at, decided_by_name, undone, undo_reason, deleted from duplicate_decisions where id = ?`,
    )
    .get(id) as Record<string, unknown> | undefined;

const holdsPerson = (r: Register, id: string): boolean =>
  r.deps.sqlite.prepare('select count(*) from persons where id = ?').pluck().get(id) === 1;

const links = async (o: TestOffice, personId: string) =>
  unwrap(await o.register.call(await as(o, 'petugas'), 'persons.links', { personId }));

beforeAll(async () => {
  trio = await openSyncTrio();
  ({ k1, k2, dinsos } = trio);
}, 120_000);
afterAll(() => trio.close());

describe('a duplicate decision travels', () => {
  let p1 = '';
  let p2 = '';
  let id = '';

  it('Dinsos decides "orang yang sama"; each kecamatan gets the decision but not the other record', async () => {
    const nik = makeNik('1982-07-14', 'P', 77);
    p1 = await person(k1.register, 'Siti Aminah', nik, '33.01.08.2001');
    p2 = await person(k2.register, 'St. Aminah', nik, '33.01.09.2001');
    expect(await trio.send(k1.register, dinsos.register)).toEqual(['applied']);
    expect(await trio.send(k2.register, dinsos.register)).toEqual(['applied']);

    const reviewer = await as(dinsos, 'koordinator');
    const call = dinsos.register.call;
    unwrap(await call(reviewer, 'duplicates.scan', { mode: 'penuh' }));
    const queue = unwrap(await call(reviewer, 'duplicates.list', { limit: 10 }));
    expect(queue.map((c) => [c.a.personId, c.b.personId].sort())).toEqual([[p1, p2].sort()]);
    // Side by side for the reviewer: birth, sex, desa and office of each record.
    const sides = [queue[0]?.a, queue[0]?.b].sort((x, y) =>
      (x?.desaCode ?? '').localeCompare(y?.desaCode ?? ''),
    );
    expect(sides.map((x) => [x?.birthDate, x?.sex, x?.desaCode, x?.officeName, x?.householdSize])).toEqual([
      ['1982-07-14', 'P', '33.01.08.2001', 'Puskesos Kecamatan Jeruklegi', 0],
      ['1982-07-14', 'P', '33.01.09.2001', 'Puskesos Kecamatan Kawunganten', 0],
    ]);

    const decided = unwrap(
      await call(reviewer, 'duplicates.decide', {
        personA: p2,
        personB: p1,
        decision: 'sama',
        primaryPersonId: p1,
        reason: 'NIK sama, pindah dari Jeruklegi',
      }),
    );
    id = decided.id;
    expect(id).toBe(decisionId(p1, p2));
    expect(unwrap(await call(reviewer, 'duplicates.list', { limit: 10 }))).toEqual([]);

    expect(await trio.send(dinsos.register, k1.register)).toEqual(['applied']);
    expect(await trio.send(dinsos.register, k2.register)).toEqual(['applied']);
    const atDinsos = decisionRow(dinsos.register, id);
    expect(atDinsos).toMatchObject({ decision: 'sama', primary_person_id: p1, undone: 0 });
    expect(decisionRow(k1.register, id)).toEqual(atDinsos);
    expect(decisionRow(k2.register, id)).toEqual(atDinsos);
    // Only the decision: the other office's resident never reaches either kecamatan.
    expect([holdsPerson(k1.register, p2), holdsPerson(k2.register, p1)]).toEqual([false, false]);

    const atK1 = await links(k1, p1);
    expect(atK1).toEqual([
      {
        personId: p2,
        officeId: officeIdOf(k2.register),
        officeName: 'Puskesos Kecamatan Kawunganten',
        decidedAt: decided.decidedAt,
        otherIsPrimary: false,
      },
    ]);
    expect((await links(k2, p2)).map((l) => [l.personId, l.officeName, l.otherIsPrimary])).toEqual([
      [p1, 'Puskesos Kecamatan Jeruklegi', true],
    ]);
    expect((await links(dinsos, p1)).map((l) => l.personId)).toEqual([p2]);
  });

  it('the undo travels too, and the kecamatan have nothing of it to send back', async () => {
    const reviewer = await as(dinsos, 'admin');
    unwrap(
      await dinsos.register.call(reviewer, 'duplicates.undo', {
        personA: p1,
        personB: p2,
        reason: 'Keliru: saudara kembar',
      }),
    );
    expect(await trio.send(dinsos.register, k1.register)).toEqual(['applied']);
    expect(await trio.send(dinsos.register, k2.register)).toEqual(['applied']);
    expect(decisionRow(k1.register, id)).toMatchObject({ undone: 1, undo_reason: 'Keliru: saudara kembar' });
    expect(decisionRow(k2.register, id)).toEqual(decisionRow(dinsos.register, id));
    expect(await links(k1, p1)).toEqual([]);
    expect(await links(k2, p2)).toEqual([]);
    // The pair is proposed again.
    const queue = unwrap(await dinsos.register.call(reviewer, 'duplicates.list', { limit: 10 }));
    expect(queue).toHaveLength(1);
    // The decision row is Dinsos's: the kecamatan's next bundle to Dinsos does not carry it back.
    const back = await trio.send(k1.register, dinsos.register);
    expect(dinsos.register.deps.sqlite.prepare('select count(*) from sync_quarantine').pluck().get()).toBe(0);
    expect(back.every((s) => s === 'applied')).toBe(true);
  });

  it('"bukan orang yang sama" keeps the pair out of the queue through a full rescan', async () => {
    const reviewer = await as(dinsos, 'koordinator');
    const call = dinsos.register.call;
    unwrap(
      await call(reviewer, 'duplicates.decide', {
        personA: p1,
        personB: p2,
        decision: 'bukan',
        reason: 'Saudara kembar, KK berbeda',
      }),
    );
    unwrap(await call(reviewer, 'duplicates.scan', { mode: 'penuh' }));
    expect(unwrap(await call(reviewer, 'duplicates.list', { limit: 10 }))).toEqual([]);
    expect(decisionRow(dinsos.register, id)).toMatchObject({
      decision: 'bukan',
      primary_person_id: null,
      undone: 0,
    });
    expect(
      dinsos.register.deps.sqlite.prepare('select status from duplicate_candidates').pluck().all(),
    ).toEqual(['bukan']);
    expect(await trio.send(dinsos.register, k2.register)).toEqual(['applied']);
    expect(decisionRow(k2.register, id)).toEqual(decisionRow(dinsos.register, id));
    expect(await links(k2, p2)).toEqual([]);
  });

  it('refuses a decision without a primary record, on one record, or at a kecamatan', async () => {
    const reviewer = await as(dinsos, 'koordinator');
    const noPrimary = await dinsos.register.call(reviewer, 'duplicates.decide', {
      personA: p1,
      personB: p2,
      decision: 'sama',
      reason: 'NIK sama',
    });
    expect(noPrimary.ok ? null : [noPrimary.error.code, noPrimary.error.message]).toEqual([
      'VALIDATION',
      expect.stringContaining('data utama'),
    ]);
    const same = await dinsos.register.call(reviewer, 'duplicates.decide', {
      personA: p1,
      personB: p1,
      decision: 'bukan',
      reason: 'uji coba',
    });
    expect(same.ok ? null : same.error.message).toBe('Pilih dua data warga yang berbeda.');
    const atKec = await k1.register.call(await as(k1, 'koordinator'), 'duplicates.decide', {
      personA: p1,
      personB: p2,
      decision: 'bukan',
      reason: 'uji coba',
    });
    expect(atKec.ok ? null : atKec.error.code).toBe('FORBIDDEN');
  });
});
