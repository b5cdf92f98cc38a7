// usulan.history: a household's DTSEN standing from each accepted result's effective date; the register's value before.
import { describe, expect, it } from 'vitest';
import { as } from '../../../support/cases.ts';
import { unwrap } from '../../../support/register.ts';
import {
  carry,
  householdWithMember,
  kecamatanAndDinsos,
  proposal,
  takeStep,
} from '../../../support/usulan.ts';
import type { UsulanKind } from '../../../../shared/reference/usulan.ts';

const net = kecamatanAndDinsos();

/** One proposal of `kind` about the household, through the musdes and Dinsos to an accepted result. */
async function accepted(householdId: string, kind: UsulanKind, desil: number, effectiveDate: string) {
  const { k1, dinsos } = net;
  const u = await proposal(k1, householdId, { kind });
  await takeStep(k1, 'tksk', u.id, 'siap_musdes');
  await takeStep(k1, 'koordinator', u.id, 'disetujui_musdes');
  await takeStep(k1, 'petugas', u.id, 'dikirim');
  expect(await carry(k1, dinsos)).toEqual([['applied', null]]);
  await takeStep(dinsos, 'petugas', u.id, 'diverifikasi');
  await takeStep(dinsos, 'koordinator', u.id, 'diteruskan');
  await takeStep(dinsos, 'petugas', u.id, 'hasil_diterima', { desil, effectiveDate });
  expect(await carry(dinsos, k1)).toEqual([['applied', null]]);
  return u.id;
}

describe('usulan.history', () => {
  it('lists each accepted result from its effective date, newest first; today holds the one in force', async () => {
    const { k1 } = net;
    const h = await householdWithMember(k1, 2701);
    const read = async () =>
      unwrap(
        await k1.register.call(await as(k1, 'pengamat'), 'usulan.history', { householdId: h.householdId }),
      );
    const before = await read();
    expect(before.entries).toEqual([
      { from: '2026-03-02', inDtsen: false, desil: null, source: 'register', usulanId: null, kind: null },
    ]);
    expect(before.current?.source).toBe('register');

    const first = await accepted(h.householdId, 'usul_baru', 3, '2026-03-01');
    const later = await accepted(h.householdId, 'perbaikan_data', 2, '2026-06-01');
    const after = await read();
    expect(after.entries.map((e) => [e.from, e.inDtsen, e.desil, e.source, e.usulanId, e.kind])).toEqual([
      ['2026-06-01', true, 2, 'hasil_pusat', later, 'perbaikan_data'],
      ['2026-03-01', true, 3, 'hasil_pusat', first, 'usul_baru'],
    ]);
    // Today is 2 March 2026 at the office: the June result is not in force yet.
    expect(after.current?.desil).toBe(3);
  });

  it('dates a desil typed on the household by hand ("diubah di register") and keeps it after a result that did not write it', async () => {
    const { k1 } = net;
    const h = await householdWithMember(k1, 2702);
    const petugas = await as(k1, 'petugas');
    unwrap(
      await k1.register.call(petugas, 'households.update', { id: h.householdId, changes: { dtsenDesil: 5 } }),
    );
    const read = async () =>
      unwrap(
        await k1.register.call(await as(k1, 'pengamat'), 'usulan.history', { householdId: h.householdId }),
      );
    expect((await read()).entries).toEqual([
      { from: '2026-03-02', inDtsen: true, desil: 5, source: 'diubah_register', usulanId: null, kind: null },
    ]);
    // A sanggah accepted with the same desil writes nothing on the household: the typed day stays the register's.
    const same = await accepted(h.householdId, 'sanggah', 5, '2026-04-01');
    const after = await read();
    expect(after.entries.map((e) => [e.from, e.source, e.usulanId])).toEqual([
      ['2026-04-01', 'hasil_pusat', same],
      ['2026-03-02', 'diubah_register', null],
    ]);
    expect(after.current?.source).toBe('diubah_register');
  });
});
