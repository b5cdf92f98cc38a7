// Case state machine: every status pair × every role against an explicit table, plus reason rules and messages.
import { describe, expect, it } from 'vitest';
import { ROLES, type Role } from '../../../shared/api/roles.ts';
import {
  CASE_STATUS_CODES,
  CASE_STATUSES,
  canTransition,
  checkTransition,
  isFinalStatus,
  nextStatuses,
  isDecision,
  requiresReason,
  type CaseStatus,
} from '../../../shared/reference/case-status.ts';

const STATUSES: CaseStatus[] = [
  'DITERIMA',
  'SELESAI_DI_FO',
  'VERIFIKASI',
  'BERKAS_BELUM_LENGKAP',
  'ASESMEN',
  'REKOMENDASI',
  'DITETAPKAN',
  'DIRUJUK',
  'MENUNGGU_TINDAK_LANJUT',
  'SELESAI',
  'TIDAK_LAYAK',
  'DIBATALKAN',
];
const ALL_ROLES: Role[] = ['admin', 'petugas', 'koordinator', 'tksk', 'pengamat'];

/** Written by hand from the rules in case-status.ts's header, not derived from its table. */
const P = 'petugas';
const K = 'koordinator';
const T = 'tksk';
const EXPECTED: Record<string, Role[]> = {
  'DITERIMA>SELESAI_DI_FO': [P, K, T],
  'DITERIMA>VERIFIKASI': [P, K],
  'DITERIMA>DIBATALKAN': [P, K, T],
  'VERIFIKASI>BERKAS_BELUM_LENGKAP': [P, K],
  'VERIFIKASI>ASESMEN': [P, K],
  'VERIFIKASI>TIDAK_LAYAK': [P, K],
  'VERIFIKASI>DIBATALKAN': [P, K],
  'BERKAS_BELUM_LENGKAP>VERIFIKASI': [P, K],
  'BERKAS_BELUM_LENGKAP>DIBATALKAN': [P, K],
  'ASESMEN>REKOMENDASI': [P, K],
  'ASESMEN>TIDAK_LAYAK': [P, K],
  'ASESMEN>DIBATALKAN': [P, K],
  'REKOMENDASI>DITETAPKAN': [K],
  'REKOMENDASI>ASESMEN': [P, K],
  'REKOMENDASI>TIDAK_LAYAK': [K],
  'REKOMENDASI>DIBATALKAN': [P, K],
  'DITETAPKAN>DIRUJUK': [P, K],
  'DITETAPKAN>DIBATALKAN': [K],
  'DIRUJUK>MENUNGGU_TINDAK_LANJUT': [P, K, T],
  'DIRUJUK>DIBATALKAN': [K],
  'MENUNGGU_TINDAK_LANJUT>SELESAI': [P, K, T],
  'MENUNGGU_TINDAK_LANJUT>DIRUJUK': [P, K],
  'MENUNGGU_TINDAK_LANJUT>DIBATALKAN': [K],
};

describe('case statuses', () => {
  it('are the twelve statuses of the DOMAIN flow, each with an Indonesian label', () => {
    expect([...CASE_STATUS_CODES]).toEqual(STATUSES);
    expect(CASE_STATUSES.items.map((s) => s.label)).toEqual([
      'Diterima',
      'Selesai di front office',
      'Verifikasi',
      'Berkas belum lengkap',
      'Asesmen',
      'Rekomendasi',
      'Ditetapkan',
      'Dirujuk',
      'Menunggu tindak lanjut',
      'Selesai',
      'Tidak layak',
      'Dibatalkan',
    ]);
  });

  it('the test covers every role', () => {
    expect([...ROLES].sort()).toEqual([...ALL_ROLES].sort());
  });

  it('marks exactly the closing statuses as final', () => {
    expect(STATUSES.filter(isFinalStatus)).toEqual(['SELESAI_DI_FO', 'SELESAI', 'TIDAK_LAYAK', 'DIBATALKAN']);
  });
});

describe('canTransition: every status pair × role', () => {
  for (const from of STATUSES) {
    for (const to of STATUSES) {
      const allowed = EXPECTED[`${from}>${to}`] ?? [];
      for (const role of ALL_ROLES) {
        const expectOk = allowed.includes(role);
        it(`${from} → ${to} by ${role}: ${expectOk ? 'allowed' : 'refused'}`, () => {
          const r = canTransition(from, to, role);
          expect(r.ok).toBe(expectOk);
          if (!r.ok) expect(r.message.length).toBeGreaterThan(10);
        });
      }
    }
  }

  it('has no allowed transition the expected table lacks (counted both ways)', () => {
    let allowedCount = 0;
    for (const from of STATUSES)
      for (const to of STATUSES)
        for (const role of ALL_ROLES) if (canTransition(from, to, role).ok) allowedCount++;
    const expectedCount = Object.values(EXPECTED).reduce((n, roles) => n + roles.length, 0);
    expect(allowedCount).toBe(expectedCount);
  });
});

describe('canTransition messages', () => {
  it('penetapan only by the koordinator', () => {
    const r = canTransition('REKOMENDASI', 'DITETAPKAN', 'petugas');
    expect(r).toEqual({
      ok: false,
      message: 'Perubahan status dari Rekomendasi ke Ditetapkan hanya dapat dilakukan oleh koordinator.',
    });
  });

  it('names every allowed role', () => {
    const r = canTransition('DITERIMA', 'SELESAI_DI_FO', 'admin');
    expect(r.ok || r.message).toContain('petugas, koordinator atau TKSK');
  });

  it('pengamat is read-only', () => {
    const r = canTransition('DITERIMA', 'VERIFIKASI', 'pengamat');
    expect(r.ok || r.message).toContain('pengamat hanya dapat melihat');
  });

  it('closed cases stay closed', () => {
    const r = canTransition('SELESAI', 'DIRUJUK', 'koordinator');
    expect(r.ok || r.message).toContain('sudah ditutup');
  });

  it('explains a transition that does not exist', () => {
    const r = canTransition('DITERIMA', 'DITETAPKAN', 'koordinator');
    expect(r).toEqual({ ok: false, message: 'Status kasus tidak dapat diubah dari Diterima ke Ditetapkan.' });
  });

  it('refuses staying in the same status', () => {
    const r = canTransition('ASESMEN', 'ASESMEN', 'petugas');
    expect(r.ok || r.message).toContain('sudah berstatus Asesmen');
  });

  it('refuses an unknown status read from outside', () => {
    const r = canTransition('ARSIP' as CaseStatus, 'SELESAI', 'koordinator');
    expect(r).toEqual({ ok: false, message: 'Status kasus "ARSIP" tidak dikenal.' });
  });
});

describe('reasons', () => {
  it('are required exactly for DITETAPKAN (the decision), TIDAK_LAYAK and DIBATALKAN', () => {
    expect(STATUSES.filter(requiresReason)).toEqual(['DITETAPKAN', 'TIDAK_LAYAK', 'DIBATALKAN']);
    expect(STATUSES.filter(isDecision)).toEqual(['DITETAPKAN']);
    expect(checkTransition({ from: 'REKOMENDASI', to: 'DITETAPKAN', role: 'koordinator' })).toEqual({
      ok: false,
      message: 'Keputusan (layanan yang ditetapkan) wajib diisi untuk status Ditetapkan.',
    });
  });

  it('checkTransition refuses a missing or blank reason where required', () => {
    expect(checkTransition({ from: 'ASESMEN', to: 'TIDAK_LAYAK', role: 'petugas' })).toEqual({
      ok: false,
      message: 'Alasan wajib diisi untuk status Tidak layak.',
    });
    expect(checkTransition({ from: 'DITERIMA', to: 'DIBATALKAN', role: 'tksk', reason: '   ' }).ok).toBe(
      false,
    );
    expect(
      checkTransition({ from: 'DITERIMA', to: 'DIBATALKAN', role: 'tksk', reason: 'Duplikat kasus lain' }).ok,
    ).toBe(true);
  });

  it('checkTransition does not ask a reason elsewhere, and still applies the role rules', () => {
    expect(checkTransition({ from: 'DITERIMA', to: 'VERIFIKASI', role: 'petugas' }).ok).toBe(true);
    expect(checkTransition({ from: 'REKOMENDASI', to: 'TIDAK_LAYAK', role: 'petugas', reason: 'x' }).ok).toBe(
      false,
    );
  });
});

describe('nextStatuses', () => {
  it('lists what a role can do from a status', () => {
    expect(nextStatuses('DITERIMA', 'petugas')).toEqual(['SELESAI_DI_FO', 'VERIFIKASI', 'DIBATALKAN']);
    expect(nextStatuses('DITERIMA', 'tksk')).toEqual(['SELESAI_DI_FO', 'DIBATALKAN']);
    expect(nextStatuses('REKOMENDASI', 'koordinator')).toEqual([
      'DITETAPKAN',
      'ASESMEN',
      'TIDAK_LAYAK',
      'DIBATALKAN',
    ]);
    expect(nextStatuses('REKOMENDASI', 'petugas')).toEqual(['ASESMEN', 'DIBATALKAN']);
    expect(nextStatuses('SELESAI', 'koordinator')).toEqual([]);
    expect(nextStatuses('DITERIMA', 'pengamat')).toEqual([]);
    expect(nextStatuses('DITERIMA', 'admin')).toEqual([]);
  });
});
