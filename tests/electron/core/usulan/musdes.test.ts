// Musdes / muskel sessions and SPTJM through the contract: recording, deciding proposals all-or-none, role and desa refusals, sync to Dinsos.
import { describe, expect, it } from 'vitest';
import { as } from '../../../support/cases.ts';
import { DESA_A, DESA_B, makeNoKk } from '../../../support/persons.ts';
import { errorOf, unwrap, type TestOffice } from '../../../support/register.ts';
import {
  carry,
  holdSession,
  householdWithMember,
  proposal,
  readyProposals,
  takeStep,
  tryHoldSession,
  tryStep,
  kecamatanAndDinsos,
} from '../../../support/usulan.ts';

const net = kecamatanAndDinsos();

const decide = async (office: TestOffice, sessionId: string, decisions: unknown[]) =>
  office.register.call(await as(office, 'koordinator'), 'musdes.decide', {
    sessionId,
    decisions: decisions as never,
  });

describe('musdes sessions', () => {
  it('lists the waiting proposals of its desa and decides them in one call, each step naming the session', async () => {
    const [a, b] = await readyProposals(net.k1, [1701, 1702]);
    const s = await holdSession(net.k1);
    expect(s.kind).toBe('musdes');
    expect(s.mayDecide).toBe(true);
    expect(s.waiting.map((w) => w.id)).toEqual(expect.arrayContaining([a?.id, b?.id]));
    const after = unwrap(
      await decide(net.k1, s.id, [
        { usulanId: a?.id, decision: 'disetujui_musdes' },
        { usulanId: b?.id, decision: 'ditolak_musdes', reason: 'Masih mampu (uji).' },
      ]),
    );
    expect([after.approved, after.refused]).toEqual([1, 1]);
    expect(after.decisions.map((d) => [d.usulan.id, d.decision, d.applied])).toEqual([
      [a?.id, 'disetujui_musdes', true],
      [b?.id, 'ditolak_musdes', true],
    ]);
    expect(after.waiting.map((w) => w.id)).not.toContain(a?.id);
    const ua = unwrap(
      await net.k1.register.call(await as(net.k1, 'petugas'), 'usulan.get', { id: a?.id ?? '' }),
    );
    expect(ua.state).toBe('disetujui_musdes');
    expect(ua.steps[1]?.session).toMatchObject({ id: s.id, kind: 'musdes', place: 'Balai Desa Uji' });
    const list = unwrap(
      await net.k1.register.call(await as(net.k1, 'pengamat'), 'musdes.list', { desaCode: DESA_A }),
    );
    expect(list.items.find((x) => x.id === s.id)).toMatchObject({ approved: 1, refused: 1 });
  });

  it('writes no decision when one of the list is refused, and names that household', async () => {
    const [ready] = await readyProposals(net.k1, [1703]);
    const { householdId } = await householdWithMember(net.k1, 1704);
    const draft = await proposal(net.k1, householdId);
    const s = await holdSession(net.k1);
    const err = errorOf(
      await decide(net.k1, s.id, [
        { usulanId: ready?.id, decision: 'disetujui_musdes' },
        { usulanId: draft.id, decision: 'disetujui_musdes' },
      ]),
      'VALIDATION',
    );
    expect(err.message).toContain(`No KK ${makeNoKk(1704)}`);
    expect(err.message).toContain('tidak bisa langsung menjadi');
    const still = unwrap(
      await net.k1.register.call(await as(net.k1, 'petugas'), 'usulan.get', { id: ready?.id ?? '' }),
    );
    expect(still.state).toBe('siap_musdes');
    // A refusal needs its reason; one proposal twice is refused too.
    errorOf(await decide(net.k1, s.id, [{ usulanId: ready?.id, decision: 'ditolak_musdes' }]), 'VALIDATION');
    const twice = errorOf(
      await decide(net.k1, s.id, [
        { usulanId: ready?.id, decision: 'disetujui_musdes' },
        { usulanId: ready?.id, decision: 'disetujui_musdes' },
      ]),
      'VALIDATION',
    );
    expect(twice.message).toContain('dua kali');
  });

  it('refuses in Indonesian: the tksk, a desa outside the area, a session without place, another desa', async () => {
    errorOf(await tryHoldSession(net.k1, 'tksk'), 'FORBIDDEN');
    const outside = errorOf(
      await tryHoldSession(net.k1, 'koordinator', { desaCode: '33.02.01.2001' }),
      'VALIDATION',
    );
    expect(outside.fields?.desaCode).toContain('tidak berada di wilayah');
    const noPlace = errorOf(
      await tryHoldSession(net.k1, 'koordinator', { place: null, participants: null }),
      'VALIDATION',
    );
    expect(Object.keys(noPlace.fields ?? {}).sort()).toEqual(['participants', 'place']);
    const [u] = await readyProposals(net.k1, [1705]);
    const other = await holdSession(net.k1, { desaCode: DESA_B });
    const wrongDesa = errorOf(
      await tryStep(net.k1, 'koordinator', u?.id ?? '', 'disetujui_musdes', {
        sessionId: other.id,
        session: null,
      }),
      'VALIDATION',
    );
    expect(wrongDesa.message).toContain('desa lain');
    errorOf(
      await tryStep(net.k1, 'koordinator', u?.id ?? '', 'disetujui_musdes', { session: null }),
      'VALIDATION',
    );
  });

  it('an SPTJM needs no place nor participants and only approves', async () => {
    const [u, v] = await readyProposals(net.k1, [1706, 1707]);
    const sptjm = await holdSession(net.k1, {
      kind: 'sptjm',
      place: null,
      participants: null,
      chair: 'Kepala Desa Uji',
    });
    expect([sptjm.place, sptjm.participants]).toEqual([null, null]);
    const refused = errorOf(
      await decide(net.k1, sptjm.id, [{ usulanId: v?.id, decision: 'ditolak_musdes', reason: 'Uji.' }]),
      'VALIDATION',
    );
    expect(refused.message).toContain('SPTJM hanya');
    const ok = unwrap(await decide(net.k1, sptjm.id, [{ usulanId: u?.id, decision: 'disetujui_musdes' }]));
    expect(ok.approved).toBe(1);
  });

  it('an inline session on a decision is recorded once and named by every decision with the same data', async () => {
    const [u, v] = await readyProposals(net.k1, [1708, 1709]);
    const du = await takeStep(net.k1, 'koordinator', u?.id ?? '', 'disetujui_musdes');
    const dv = await takeStep(net.k1, 'koordinator', v?.id ?? '', 'disetujui_musdes');
    const id = du.steps[1]?.session?.id;
    expect(id).toBeTruthy();
    expect(dv.steps[1]?.session?.id).toBe(id);
  });

  it('travels to Dinsos, which reads it but neither records nor decides one', async () => {
    const [u] = await readyProposals(net.k1, [1710]);
    const s = await holdSession(net.k1);
    unwrap(await decide(net.k1, s.id, [{ usulanId: u?.id, decision: 'disetujui_musdes' }]));
    expect(await carry(net.k1, net.dinsos)).toEqual([['applied', null]]);
    const there = unwrap(
      await net.dinsos.register.call(await as(net.dinsos, 'petugas'), 'musdes.get', { id: s.id }),
    );
    expect(there.decisions.map((d) => d.usulan.id)).toEqual([u?.id]);
    expect([there.mayDecide, there.waiting]).toEqual([false, []]);
    const refused = errorOf(await tryHoldSession(net.dinsos, 'koordinator'), 'FORBIDDEN');
    expect(refused.message).toContain('bukan Dinas Sosial');
    errorOf(await decide(net.dinsos, s.id, [{ usulanId: u?.id, decision: 'disetujui_musdes' }]), 'FORBIDDEN');
  });
});
