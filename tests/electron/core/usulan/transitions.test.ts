// The usulan state machine: every transition by every role at both kinds of office, and the derived state's convergence.
import { describe, expect, it } from 'vitest';
import { ROLES } from '../../../../shared/api/roles.ts';
import { USULAN_STATES, USULAN_STEPS } from '../../../../shared/reference/usulan.ts';
import { deriveState, type StepRow } from '../../../../electron/core/usulan/state.ts';
import {
  allowedSteps,
  checkStep,
  USULAN_TRANSITIONS,
  type StepSide,
} from '../../../../electron/core/usulan/transitions.ts';
import { formatStamp } from '../../../../electron/core/sync/hlc.ts';

const SIDES: readonly StepSide[] = ['office', 'dinsos'];

describe('usulan transitions', () => {
  it('every step has exactly one transition', () => {
    expect(USULAN_TRANSITIONS.map((t) => t.step).sort()).toEqual([...USULAN_STEPS].sort());
  });

  describe.each(USULAN_TRANSITIONS)('$step', (t) => {
    it.each(ROLES)('role %s: allowed only on its side and with its roles, from its states', (role) => {
      for (const side of SIDES) {
        for (const state of USULAN_STATES) {
          const r = checkStep(state, t.step, side, role);
          const expected = side === t.side && t.roles.includes(role) && t.from.includes(state);
          expect(r.ok, `${state} → ${t.step} by ${role} at ${side}`).toBe(expected);
          if (!r.ok) expect(r.message).toMatch(/[a-z]/);
        }
      }
    });
  });

  it('refuses in Bahasa Indonesia, FORBIDDEN for the wrong office or role, VALIDATION for the wrong state', () => {
    expect(checkStep('dikirim', 'diverifikasi', 'office', 'koordinator')).toEqual({
      ok: false,
      kind: 'FORBIDDEN',
      message: 'Langkah "diverifikasi dinsos" hanya dicatat oleh Dinas Sosial.',
    });
    expect(checkStep('siap_musdes', 'disetujui_musdes', 'dinsos', 'koordinator')).toMatchObject({
      ok: false,
      kind: 'FORBIDDEN',
      message: expect.stringContaining('bukan oleh Dinas Sosial') as unknown,
    });
    expect(checkStep('draft', 'dikirim', 'office', 'koordinator')).toEqual({
      ok: false,
      kind: 'VALIDATION',
      message: 'Usulan berstatus "draf" tidak bisa langsung menjadi "dikirim ke dinsos".',
    });
    expect(checkStep('hasil_diterima', 'dikembalikan', 'dinsos', 'petugas')).toMatchObject({
      ok: false,
      kind: 'VALIDATION',
      message: expect.stringContaining('sudah selesai') as unknown,
    });
    expect(checkStep('siap_musdes', 'disetujui_musdes', 'office', 'tksk')).toMatchObject({
      ok: false,
      kind: 'FORBIDDEN',
    });
  });

  it('offers the buttons the role may use', () => {
    expect(allowedSteps('siap_musdes', 'office', 'koordinator')).toEqual([
      'disetujui_musdes',
      'ditolak_musdes',
      'ditarik',
    ]);
    expect(allowedSteps('siap_musdes', 'office', 'tksk')).toEqual([]);
    expect(allowedSteps('diverifikasi', 'dinsos', 'koordinator')).toEqual(['dikembalikan', 'diteruskan']);
    expect(allowedSteps('diverifikasi', 'dinsos', 'pengamat')).toEqual([]);
  });
});

const KEC = '0190a000-0000-7000-8000-00000000000a';
const DINSOS = '0190a000-0000-7000-8000-00000000000d';
const step = (id: string, s: string, ms: number, office: string, desil: number | null = null): StepRow => ({
  id,
  step: s,
  clocks: JSON.stringify({ b: formatStamp({ ms, counter: 0 }, office), f: {} }),
  desil,
  effective_date: desil === null ? null : '2026-04-01',
  deleted: 0,
});

describe('deriveState', () => {
  const base = [
    step('s1', 'siap_musdes', 1_000, KEC),
    step('s2', 'disetujui_musdes', 2_000, KEC),
    step('s3', 'dikirim', 3_000, KEC),
  ];

  it('replays the steps in stamp order, whatever order they are stored in', () => {
    const all = [...base, step('s4', 'diverifikasi', 4_000, DINSOS), step('s5', 'diteruskan', 5_000, DINSOS)];
    const r = deriveState([...all, step('s6', 'hasil_diterima', 6_000, DINSOS, 3)].reverse());
    expect([r.state, r.desil, r.effectiveDate, r.applied.size]).toEqual([
      'hasil_diterima',
      3,
      '2026-04-01',
      6,
    ]);
  });

  it('converges on concurrent steps: the earlier stamp wins, the later one is kept but has no effect', () => {
    // The office withdraws after Dinsos forwarded (it had not received that yet): too late, everywhere.
    const withdraw = step('w', 'ditarik', 5_500, KEC);
    const verify = step('v', 'diverifikasi', 4_000, DINSOS);
    const forward = step('f', 'diteruskan', 5_000, DINSOS);
    const atOffice = deriveState([...base, withdraw, verify, forward]);
    const atDinsos = deriveState([verify, forward, ...base, withdraw]);
    expect([atOffice.state, atDinsos.state]).toEqual(['diteruskan', 'diteruskan']);
    expect(atOffice.applied.has('w')).toBe(false);
    // Had the withdrawal been stamped first, it would have won everywhere.
    const early = deriveState([...base, step('w', 'ditarik', 3_500, KEC), verify, forward]);
    expect([early.state, early.applied.has('v')]).toEqual(['ditarik', false]);
  });

  it('ignores an unknown step kind (from a newer version) and a deleted step', () => {
    const r = deriveState([
      ...base,
      step('x', 'langkah_baru', 3_500, DINSOS),
      { ...step('d', 'diverifikasi', 4_000, DINSOS), deleted: 1 },
    ]);
    expect(r.state).toBe('dikirim');
  });
});
