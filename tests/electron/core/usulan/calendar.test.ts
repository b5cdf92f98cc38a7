// usulan.calendar: this month's musdes window and cut-off, the sessions of the area, what waits on each side.
import { describe, expect, it } from 'vitest';
import { as } from '../../../support/cases.ts';
import { unwrap } from '../../../support/register.ts';
import {
  carry,
  holdSession,
  householdWithMember,
  kecamatanAndDinsos,
  proposal,
  readyProposals,
  takeStep,
} from '../../../support/usulan.ts';

const net = kecamatanAndDinsos();

describe('usulan.calendar', () => {
  it("gives the month's days, sessions, and the counts waiting at the office and at Dinsos", async () => {
    const { k1, dinsos } = net;
    const h = await householdWithMember(k1, 2601);
    await proposal(k1, h.householdId);
    const [ready, sent] = await readyProposals(k1, [2602, 2603]);
    const session = await holdSession(k1, { heldOn: '2026-03-10' });
    await holdSession(k1, { heldOn: '2026-04-02', place: 'Balai Desa April' });
    if (!ready || !sent) throw new Error('two proposals expected');
    await takeStep(k1, 'koordinator', sent.id, 'disetujui_musdes', { sessionId: session.id, session: null });
    await takeStep(k1, 'petugas', sent.id, 'dikirim');

    const cal = unwrap(await k1.register.call(await as(k1, 'pengamat'), 'usulan.calendar', {}));
    expect([cal.month, cal.musdesFrom, cal.musdesTo, cal.cutoff]).toEqual([
      '2026-03',
      '2026-03-01',
      '2026-03-14',
      '2026-03-17',
    ]);
    expect(cal.sessions.map((s) => [s.id, s.heldOn, s.kind])).toEqual([[session.id, '2026-03-10', 'musdes']]);
    expect(cal.sessions[0]?.desaName).not.toBe(cal.sessions[0]?.desaCode);
    expect(cal.due).toEqual([
      { state: 'draft', count: 1 },
      { state: 'siap_musdes', count: 1 },
      { state: 'disetujui_musdes', count: 0 },
      { state: 'dikembalikan', count: 0 },
    ]);

    expect(await carry(k1, dinsos)).toEqual([['applied', null]]);
    const atDinsos = unwrap(await dinsos.register.call(await as(dinsos, 'petugas'), 'usulan.calendar', {}));
    expect(atDinsos.due).toEqual([
      { state: 'dikirim', count: 1 },
      { state: 'diverifikasi', count: 0 },
      { state: 'diteruskan', count: 0 },
    ]);
    expect(atDinsos.sessions.map((s) => s.id)).toEqual([session.id]);
  });
});
