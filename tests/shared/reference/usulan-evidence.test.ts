// The evidence checklist items a proposal's attached files tick, and the evidence at hand.
import { describe, expect, it } from 'vitest';
import { ATTACHMENT_KIND_CODES } from '../../../shared/reference/attachment-kinds.ts';
import { EVIDENCE_CODES } from '../../../shared/reference/usulan.ts';
import {
  EVIDENCE_ATTACHMENT_KINDS,
  evidenceAtHand,
  evidenceAttached,
} from '../../../shared/reference/usulan-evidence.ts';

describe('usulan evidence from attachments', () => {
  it('maps every evidence item to attachment kinds that exist', () => {
    for (const c of EVIDENCE_CODES) {
      expect(EVIDENCE_ATTACHMENT_KINDS[c].length).toBeGreaterThan(0);
      for (const k of EVIDENCE_ATTACHMENT_KINDS[c]) expect(ATTACHMENT_KIND_CODES).toContain(k);
    }
  });

  it('ticks KK, KTP-el, foto rumah and surat keterangan from their files, in checklist order, nothing from others', () => {
    expect(evidenceAttached(['foto_rumah', 'kk'])).toEqual(['kk', 'foto_rumah']);
    expect(evidenceAttached(['ktp_el'])).toEqual(['ktp_el']);
    expect(evidenceAttached(['surat_keterangan', 'surat_keterangan'])).toEqual(['surat_keterangan']);
    expect(evidenceAttached(['sktm', 'lainnya', 'surat_rujukan_balasan'])).toEqual([]);
    expect(evidenceAttached([])).toEqual([]);
  });

  it('the evidence at hand is what is ticked or attached, once each', () => {
    expect(evidenceAtHand(['ktp_el'], ['kk', 'ktp_el'])).toEqual(['kk', 'ktp_el']);
    expect(evidenceAtHand([], [])).toEqual([]);
  });
});
