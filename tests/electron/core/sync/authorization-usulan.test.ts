// Abuse suite for DTSEN proposals: who may write a proposal and which steps, at Dinsos and at the office.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importBundle } from '../../../../electron/core/sync/import.ts';
import { createWriter } from '../../../../electron/core/sync/writer.ts';
import { tempDir, type TestOffice, openSetUpOffice } from '../../../support/register.ts';
import {
  DINSOS_SETUP,
  digestOf,
  exportTo,
  importAll,
  KECAMATAN_2_SETUP,
  link,
  officeIdOf,
  written,
} from '../../../support/sync-network.ts';
import { editedRecord, forgeBundle, newRecord, stampAt } from '../../../support/sync-forge.ts';
import { householdWithMember, proposal, takeStep } from '../../../support/usulan.ts';

let a: TestOffice; // a kecamatan (Jeruklegi), hostile here
let b: TestOffice; // another kecamatan (Kawunganten)
let dinsos: TestOffice;
let dir: string;
const ids = { a: '', b: '', d: '', aUsulan: '', bUsulan: '' };
let n = 0;
const newId = (): string => `0190ffff-0000-7000-8000-${String(++n).padStart(12, '0')}`;

const reasonsAt = (o: TestOffice): string[] =>
  o.register.deps.sqlite
    .prepare(`select reason from sync_quarantine order by rowid`)
    .pluck()
    .all() as string[];

/** Imports a forged bundle at `at`; returns the quarantine reasons it added (the bundle itself applies). */
async function attack(path: string, at: TestOffice): Promise<string[]> {
  const before = reasonsAt(at).length;
  expect((await importBundle(at.register.deps, path)).status).toBe('applied');
  return reasonsAt(at).slice(before);
}

const stepValues = (usulanId: string, step: string) => ({
  usulan_id: usulanId,
  step,
  actor_name: 'Penyerang Uji',
  actor_role: 'koordinator',
  at: '2026-03-02T02:00:00.000Z',
});

const stepCount = (o: TestOffice, usulanId: string): number =>
  Number(
    o.register.deps.sqlite
      .prepare(`select count(*) from usulan_steps where usulan_id = ?`)
      .pluck()
      .get(usulanId),
  );

beforeAll(async () => {
  a = await openSetUpOffice();
  b = await openSetUpOffice({ setup: KECAMATAN_2_SETUP });
  dinsos = await openSetUpOffice({ setup: DINSOS_SETUP });
  link(dinsos.register, [a.register, b.register]);
  dir = tempDir();
  ids.a = officeIdOf(a.register);
  ids.b = officeIdOf(b.register);
  ids.d = officeIdOf(dinsos.register);
  ids.aUsulan = (await proposal(a, (await householdWithMember(a, 1701)).householdId)).id;
  ids.bUsulan = (await proposal(b, (await householdWithMember(b, 1702)).householdId)).id;
  for (const o of [a, b]) {
    await takeStep(o, 'petugas', o === a ? ids.aUsulan : ids.bUsulan, 'siap_musdes');
    await importAll(dinsos.register, written(await exportTo(o.register, dir)));
  }
}, 120_000);
afterAll(async () => {
  await a.register.close();
  await b.register.close();
  await dinsos.dispose();
});

describe('usulan at Dinsos, from a kecamatan', () => {
  it("refuses a Dinsos step, a step on another office's proposal and an edit of another office's proposal", async () => {
    const bDigest = digestOf(dinsos.register, ids.b);
    const attacks: [string, ReturnType<typeof newRecord>][] = [
      [
        'peran-penulis',
        newRecord('usulan_steps', newId(), ids.a, stampAt(a, 1), stepValues(ids.aUsulan, 'diverifikasi')),
      ],
      [
        'induk-milik-sendiri',
        newRecord('usulan_steps', newId(), ids.a, stampAt(a, 2), stepValues(ids.bUsulan, 'ditarik')),
      ],
      [
        'hanya-milik-sendiri',
        editedRecord(dinsos, 'usulan', ids.bUsulan, stampAt(a, 3), { reason: 'Diubah oleh kantor lain.' }),
      ],
      [
        'hanya-milik-sendiri',
        newRecord('usulan_steps', newId(), ids.b, stampAt(a, 4), stepValues(ids.bUsulan, 'ditarik')),
      ],
    ];
    for (const [rule, record] of attacks) {
      const reasons = await attack(await forgeBundle(a, dinsos, [record], dir), dinsos);
      expect(reasons).toHaveLength(1);
      expect(reasons[0]).toContain(`[${rule}]`);
    }
    expect(digestOf(dinsos.register, ids.b)).toBe(bDigest);
    expect([stepCount(dinsos, ids.aUsulan), stepCount(dinsos, ids.bUsulan)]).toEqual([1, 1]);
  });

  it("accepts the office's own step on its own proposal", async () => {
    const honest = newRecord(
      'usulan_steps',
      newId(),
      ids.a,
      stampAt(a, 5),
      stepValues(ids.aUsulan, 'ditarik'),
    );
    expect(await attack(await forgeBundle(a, dinsos, [honest], dir), dinsos)).toEqual([]);
    expect(stepCount(dinsos, ids.aUsulan)).toBe(2);
  });
});

describe('usulan at an office, from Dinsos', () => {
  it("refuses a Dinsos-written office step and a step on another office's proposal; takes Dinsos's own step", async () => {
    const refused: [string, ReturnType<typeof newRecord>][] = [
      [
        'peran-penulis',
        newRecord(
          'usulan_steps',
          newId(),
          ids.d,
          stampAt(dinsos, 1),
          stepValues(ids.bUsulan, 'disetujui_musdes'),
        ),
      ],
      [
        'lingkup-penerima',
        newRecord(
          'usulan_steps',
          newId(),
          ids.d,
          stampAt(dinsos, 2),
          stepValues(ids.aUsulan, 'diverifikasi'),
        ),
      ],
    ];
    for (const [rule, record] of refused) {
      const reasons = await attack(await forgeBundle(dinsos, b, [record], dir), b);
      expect(reasons).toHaveLength(1);
      expect(reasons[0]).toContain(`[${rule}]`);
    }
    expect(stepCount(b, ids.bUsulan)).toBe(1);
    const verify = newRecord(
      'usulan_steps',
      newId(),
      ids.d,
      stampAt(dinsos, 3),
      stepValues(ids.bUsulan, 'dikembalikan'),
    );
    expect(await attack(await forgeBundle(dinsos, b, [verify], dir), b)).toEqual([]);
    expect(stepCount(b, ids.bUsulan)).toBe(2);
  });

  it("Dinsos's bundle to an office carries none of another office's proposals or the steps on them", async () => {
    // Dinsos's own step on the other office's proposal (it verifies what it may).
    const { db, now } = dinsos.register.deps;
    await db.transaction().execute((trx) =>
      createWriter(trx, ids.d, now).insert('usulan_steps', {
        id: newId(),
        ...stepValues(ids.aUsulan, 'diverifikasi'),
        reason: null,
        desil: null,
        effective_date: null,
        session_date: null,
        session_place: null,
        session_chair: null,
        session_participants: null,
      }),
    );
    const toB = written(await exportTo(dinsos.register, dir)).filter((f) =>
      f.includes(`_to_${ids.b.replaceAll('-', '').slice(-8)}_`),
    );
    expect(toB).toHaveLength(1);
    const outcomes = await importAll(b.register, toB);
    expect(outcomes.map((o) => o.status)).toEqual(['applied']);
    const sq = b.register.deps.sqlite;
    expect(sq.prepare(`select count(*) from usulan where origin_office_id <> ?`).pluck().get(ids.b)).toBe(0);
    expect(sq.prepare(`select count(*) from usulan_steps where usulan_id = ?`).pluck().get(ids.aUsulan)).toBe(
      0,
    );
    expect(reasonsAt(b).filter((r) => r.includes('lingkup-penerima'))).toHaveLength(1); // only the forged one above
  });
});
