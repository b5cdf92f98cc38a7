// Duplicate decisions are Dinsos's: a kecamatan accepts one from its Dinsos about its own resident, and nothing else.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { syncedTable } from '../../../../electron/core/digest/synced-tables.ts';
import type { ChangeRecord } from '../../../../electron/core/sync/bundle/change-record.ts';
import { authorizerFor } from '../../../../electron/core/sync/authorize-for.ts';
import { createWriter } from '../../../../electron/core/sync/writer.ts';
import { formatStamp } from '../../../../electron/core/sync/hlc.ts';
import { decisionId } from '../../../../electron/core/duplicates/decide.ts';
import { insertPerson } from '../../../support/cases.ts';
import type { TestOffice } from '../../../support/register.ts';
import { officeIdOf } from '../../../support/sync-network.ts';
import { openSyncTrio, type SyncTrio } from '../../../support/sync-trio.ts';

let trio: SyncTrio;
let k1: TestOffice;
let k2: TestOffice;
let dinsos: TestOffice;
const ids = { k1Person: '', k2Person: '', k2Other: '' };

/** A decision record as a bundle would carry it, authored (origin and stamp) by `author`. */
function decision(author: TestOffice, a: string, b: string, officeA: string, officeB: string): ChangeRecord {
  const [pa, pb, oa, ob] = a < b ? [a, b, officeA, officeB] : [b, a, officeB, officeA];
  const origin = officeIdOf(author.register);
  return {
    table: 'duplicate_decisions',
    id: decisionId(pa, pb),
    origin,
    deleted: false,
    clocks: { b: formatStamp({ ms: author.clock.ms, counter: 3 }, origin), f: {} },
    values: {
      person_a: pa,
      office_a: oa,
      person_b: pb,
      office_b: ob,
      decision: 'sama',
      primary_person_id: pa,
      reason: 'NIK sama',
      decided_at: '2026-03-02T03:00:00.000Z',
      decided_by_name: 'Pengguna koordinator',
      undone: 0,
      undo_reason: null,
    },
  };
}

const judge = async (at: TestOffice, sender: TestOffice, r: ChangeRecord): Promise<string | null> => {
  const { db, sqlite } = at.register.deps;
  const authorize = await authorizerFor(db, sqlite, officeIdOf(sender.register), at.clock.ms);
  return authorize(r, syncedTable('duplicate_decisions'), undefined)?.rule ?? null;
};

beforeAll(async () => {
  trio = await openSyncTrio();
  ({ k1, k2, dinsos } = trio);
  ids.k1Person = await insertPerson(k1.register, { name: 'Siti Aminah' });
  ids.k2Person = await insertPerson(k2.register, { name: 'St. Aminah', desaCode: '33.01.09.2001' });
  ids.k2Other = await insertPerson(k2.register, { name: 'Aminah', desaCode: '33.01.09.2001' });
  await trio.send(k1.register, dinsos.register);
  await trio.send(k2.register, dinsos.register);
}, 120_000);
afterAll(() => trio.close());

describe('authorization of duplicate decisions', () => {
  it("a kecamatan accepts its Dinsos's decision naming its resident beside another office's", async () => {
    const [k1Id, k2Id] = [officeIdOf(k1.register), officeIdOf(k2.register)];
    expect(await judge(k1, dinsos, decision(dinsos, ids.k1Person, ids.k2Person, k1Id, k2Id))).toBeNull();
    expect(await judge(k2, dinsos, decision(dinsos, ids.k1Person, ids.k2Person, k1Id, k2Id))).toBeNull();
  });

  it('a kecamatan refuses a decision from Dinsos about residents of another office only', async () => {
    const k2Id = officeIdOf(k2.register);
    expect(await judge(k1, dinsos, decision(dinsos, ids.k2Person, ids.k2Other, k2Id, k2Id))).toBe(
      'lingkup-penerima',
    );
  });

  it('Dinsos refuses a decision a kecamatan authored, even about its own residents', async () => {
    const k2Id = officeIdOf(k2.register);
    expect(await judge(dinsos, k2, decision(k2, ids.k2Person, ids.k2Other, k2Id, k2Id))).toBe('hanya-dinsos');
  });

  it("a kecamatan's decision written through its own writer is quarantined at Dinsos, with the rule", async () => {
    const { db, now } = k2.register.deps;
    const k2Id = officeIdOf(k2.register);
    const r = decision(k2, ids.k2Person, ids.k2Other, k2Id, k2Id);
    await createWriter(db, k2Id, now).insert('duplicate_decisions', {
      id: r.id,
      ...(r.values as Record<string, string | number | null>),
    });
    expect(await trio.send(k2.register, dinsos.register)).toEqual(['applied']);
    const reasons = dinsos.register.deps.sqlite
      .prepare('select reason from sync_quarantine')
      .pluck()
      .all() as string[];
    expect(reasons).toEqual([expect.stringMatching(/^Ditolak \[hanya-dinsos\]: .*hanya Dinas Sosial/)]);
    expect(
      dinsos.register.deps.sqlite.prepare('select count(*) from duplicate_decisions').pluck().get(),
    ).toBe(0);
  });
});
