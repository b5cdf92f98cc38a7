// Two kecamatan and their Dinsos exchange bundles: origin digests match, re-import is a no-op, loss heals, outcomes return.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { as, caseIn, insertPerson } from '../../../support/cases.ts';
import { unwrap, type TestOffice } from '../../../support/register.ts';
import { digestOf, exportTo, importAll, officeIdOf, written } from '../../../support/sync-network.ts';
import { openSyncTrio, type SyncTrio } from '../../../support/sync-trio.ts';

let trio: SyncTrio;
let k1: TestOffice;
let k2: TestOffice;
let dinsos: TestOffice;
const outDir = (): string => trio.outDir();

beforeAll(async () => {
  trio = await openSyncTrio();
  ({ k1, k2, dinsos } = trio);
}, 60_000);
afterAll(() => trio.close());

describe('bundle exchange between two kecamatan and Dinsos', () => {
  it('carries each office register to Dinsos; re-import changes nothing; nothing to send writes no file', async () => {
    const p1 = await insertPerson(k1.register, { name: 'Siti Aminah' });
    await caseIn(k1, 'DIRUJUK', p1);
    await insertPerson(k2.register, { name: 'Budi Santoso', desaCode: '33.01.09.2001' });
    await insertPerson(k2.register, { name: 'Dihapus', desaCode: '33.01.09.2001', deleted: true });

    const b1 = await exportTo(k1.register, outDir());
    const b2 = await exportTo(k2.register, outDir());
    expect(b1).toHaveLength(1);
    expect(b1[0]?.path).toMatch(/33\.01\.08_[0-9a-f]{8}_to_[0-9a-f]{8}_000001_\d{8}\.pksb$/);
    const files = [...written(b1), ...written(b2)];
    const first = await importAll(dinsos.register, files);
    expect(first.map((r) => [r.status, r.reason])).toEqual([
      ['applied', null],
      ['applied', null],
    ]);
    for (const k of [k1, k2]) {
      const id = officeIdOf(k.register);
      expect(digestOf(dinsos.register, id)).toBe(digestOf(k.register, id));
    }
    const before = digestOf(dinsos.register);
    const again = await importAll(dinsos.register, files);
    expect(again.map((r) => r.status)).toEqual(['already_applied', 'already_applied']);
    expect(digestOf(dinsos.register)).toBe(before);

    // Dinsos acknowledges; once the offices have that, they have nothing to send.
    const back = await exportTo(dinsos.register, outDir());
    expect(written(back)).toHaveLength(2);
    for (const k of [k1, k2]) {
      const mine = written(back).filter((f) =>
        f.includes(`_to_${officeIdOf(k.register).replaceAll('-', '').slice(-8)}_`),
      );
      expect((await importAll(k.register, mine)).map((r) => r.status)).toEqual(['applied']);
      // The office acknowledges Dinsos's bundle (no records of its own to send) …
      const ack = await exportTo(k.register, outDir());
      expect(ack.map((b) => b.records)).toEqual([0]);
      expect((await importAll(dinsos.register, written(ack))).map((r) => r.status)).toEqual(['applied']);
      // … and an acknowledgement needs none: now neither side has anything to send.
      expect((await exportTo(k.register, outDir())).map((b) => b.path)).toEqual([null]);
    }
    expect((await exportTo(dinsos.register, outDir())).map((b) => b.path)).toEqual([null, null]);
  });

  it('heals a lost bundle with the next export', async () => {
    await insertPerson(k1.register, { name: 'Hilang Di Jalan' });
    const lost = await exportTo(k1.register, outDir());
    expect(written(lost)).toHaveLength(1);
    await insertPerson(k1.register, { name: 'Sesudahnya' });
    const next = await exportTo(k1.register, outDir());
    expect((await importAll(dinsos.register, written(next))).map((r) => r.status)).toEqual(['applied']);
    const id = officeIdOf(k1.register);
    expect(digestOf(dinsos.register, id)).toBe(digestOf(k1.register, id));
    // The lost one turning up later changes nothing.
    const d = digestOf(dinsos.register);
    expect((await importAll(dinsos.register, written(lost))).map((r) => r.status)).toEqual(['applied']);
    expect(digestOf(dinsos.register)).toBe(d);
  });

  it('brings an outcome recorded at Dinsos back to the kecamatan, clearing its overdue flag', async () => {
    const p = await insertPerson(k1.register, { name: 'Rujukan Lama' });
    const c = await caseIn(k1, 'DIRUJUK', p);
    k1.clock.ms += 20 * 86_400_000;
    dinsos.clock.ms = k1.clock.ms;
    const overdue = unwrap(await k1.register.call(await as(k1, 'petugas'), 'cases.get', { id: c.id }));
    expect(overdue.referrals[0]?.overdue).toBe(true);
    await importAll(dinsos.register, written(await exportTo(k1.register, outDir())));
    const referralId = overdue.referrals[0]?.id ?? '';
    unwrap(
      await dinsos.register.call(await as(dinsos, 'petugas'), 'referrals.recordOutcome', {
        id: referralId,
        outcome: 'DITERIMA',
        outcomeDate: new Date(dinsos.clock.ms).toISOString().slice(0, 10),
      }),
    );
    const back = written(await exportTo(dinsos.register, outDir())).filter((f) =>
      f.includes(`_to_${officeIdOf(k1.register).replaceAll('-', '').slice(-8)}_`),
    );
    expect((await importAll(k1.register, back)).map((r) => [r.status, r.reason])).toEqual([
      ['applied', null],
    ]);
    const after = unwrap(await k1.register.call(await as(k1, 'petugas'), 'cases.get', { id: c.id }));
    expect(after.referrals[0]?.outcome).toBe('DITERIMA');
    expect(after.referrals[0]?.overdue).toBe(false);
    expect(after.status).toBe('MENUNGGU_TINDAK_LANJUT');
    const id = officeIdOf(k1.register);
    await importAll(dinsos.register, written(await exportTo(k1.register, outDir())));
    expect(digestOf(dinsos.register, id)).toBe(digestOf(k1.register, id));
  });
});
