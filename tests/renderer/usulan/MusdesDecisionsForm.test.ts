// The musdes decisions form: one labelled row per waiting proposal with Setujui / Tolak / Belum; an SPTJM cannot refuse.
import { createElement } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { renderStatic } from '../../support/render-static.ts';
import { MusdesDecisionsForm } from '../../../renderer/src/usulan/MusdesDecisionsForm.tsx';
import type { MusdesSessionDetail } from '../../../shared/types/musdes.ts';
import type { UsulanSummary } from '../../../shared/types/usulan.ts';

// The form only calls the contract on submit; the real client reads the browser's storage when loaded.
vi.mock('../../../renderer/src/api/client.ts', () => ({ call: vi.fn() }));

const waiting = (n: number): UsulanSummary => ({
  id: `0190a000-0000-7000-8000-00000000000${n}`,
  householdId: `0190b000-0000-7000-8000-00000000000${n}`,
  noKk: `330108000000000${n}`,
  headName: `Warga Sintetis ${n}`,
  desaCode: '33.01.08.2001',
  kind: 'usul_baru',
  state: 'siap_musdes',
  desil: null,
  effectiveDate: null,
  stateText: 'Siap musdes',
  stateReason: null,
  officeId: 'k',
  officeName: 'Kecamatan Uji',
  proposedAt: '2026-03-01T02:00:00.000Z',
  updatedAt: '2026-03-02T02:00:00.000Z',
});

const session = (kind: MusdesSessionDetail['kind']): MusdesSessionDetail => ({
  id: '0190c000-0000-7000-8000-000000000001',
  kind,
  desaCode: '33.01.08.2001',
  desaName: 'Uji',
  heldOn: '2026-03-05',
  place: kind === 'sptjm' ? null : 'Balai Desa',
  chair: 'Kepala Desa Uji',
  participants: kind === 'sptjm' ? null : 20,
  officeId: 'k',
  officeName: 'Kecamatan Uji',
  recordedByName: 'Petugas',
  approved: 0,
  refused: 0,
  decisions: [],
  waiting: [waiting(1), waiting(2)],
  mayDecide: true,
});

const render = (s: MusdesSessionDetail): string =>
  renderStatic(createElement(MusdesDecisionsForm, { session: s, onDone: () => undefined }));

describe('MusdesDecisionsForm', () => {
  it('gives each waiting proposal its own labelled decision, left undecided until chosen', () => {
    const html = render(session('musdes'));
    for (const n of [1, 2]) {
      expect(html).toContain(`aria-label="Keputusan untuk Warga Sintetis ${n}"`);
      expect(html).toContain(`aria-label="Alasan untuk Warga Sintetis ${n}"`);
    }
    expect(html.match(/>Setujui</g)).toHaveLength(2);
    expect(html.match(/>Tolak</g)).toHaveLength(2);
    const inputs = html.match(/<input[^>]*>/g) ?? [];
    const checked = inputs.filter((i) => i.includes('checked')).map((i) => /value="([^"]*)"/.exec(i)?.[1]);
    expect(checked).toEqual(['tunda', 'tunda']);
    expect(html).toContain('>Simpan keputusan<');
  });

  it('under an SPTJM offers approval only', () => {
    const html = render(session('sptjm'));
    expect(html.match(/>Setujui</g)).toHaveLength(2);
    expect(html).not.toContain('>Tolak<');
  });
});
