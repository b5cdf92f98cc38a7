// The household condition card on a proposal's page: labelled values, an edit button only while editable, none on usul keluar.
import { createElement } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { renderStatic } from '../../support/render-static.ts';
import { ConditionCard } from '../../../renderer/src/usulan/ConditionCard.tsx';
import type { UsulanDetail } from '../../../shared/types/usulan.ts';

// The card only calls the contract on save; the real client reads the browser's storage when loaded.
vi.mock('../../../renderer/src/api/client.ts', () => ({ call: vi.fn() }));

const usulan = (more: Partial<UsulanDetail>): UsulanDetail => ({
  id: '0190a000-0000-7000-8000-000000000001',
  householdId: '0190b000-0000-7000-8000-000000000001',
  noKk: '3301080000000001',
  headName: 'Warga Sintetis',
  desaCode: '33.01.08.2001',
  kind: 'usul_baru',
  state: 'draft',
  desil: null,
  effectiveDate: null,
  stateText: 'Draf',
  stateReason: null,
  officeId: 'k',
  officeName: 'Kecamatan Uji',
  proposedAt: '2026-03-01T02:00:00.000Z',
  updatedAt: '2026-03-02T02:00:00.000Z',
  caseId: null,
  personIds: [],
  reason: 'Belum terdaftar (uji).',
  evidence: [],
  evidenceAttached: [],
  missingEvidence: [],
  evidenceAsked: [],
  proposerName: 'Petugas',
  proposerRole: 'petugas',
  condition: { floorAreaM2: 1200, floorMaterial: 'TANAH', assets: ['KULKAS', 'SEPEDA_MOTOR'] },
  conditionEditable: true,
  steps: [],
  allowedSteps: [],
  ...more,
});

const render = (u: UsulanDetail): string =>
  renderStatic(createElement(ConditionCard, { usulan: u, onSaved: () => {} }));

describe('ConditionCard', () => {
  it('shows the recorded fields with their labels and offers the edit while editable', () => {
    const html = render(usulan({}));
    expect(html).toContain('Kondisi keluarga');
    expect(html).toContain('1.200 m²');
    expect(html).toContain('Tanah');
    expect(html).toContain('Lemari es/kulkas, Sepeda motor');
    expect(html).toContain('Ubah kondisi keluarga');
  });

  it('is read-only once sent, says when nothing is recorded, and is absent on usul keluar', () => {
    const sent = render(usulan({ state: 'dikirim', conditionEditable: false, condition: null }));
    expect(sent).toContain('Kondisi keluarga belum diisi.');
    expect(sent).not.toContain('Ubah kondisi keluarga');
    expect(sent).toContain('hanya diubah oleh kantor pengusul');
    expect(render(usulan({ kind: 'usul_keluar', condition: null }))).toBe('');
  });
});
