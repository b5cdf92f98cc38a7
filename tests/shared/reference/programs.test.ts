// Programs, desil ceilings by effective date, and referral destinations.
import { describe, expect, it } from 'vitest';
import {
  DESIL_THRESHOLDS,
  maxDesilFor,
  PROGRAMS,
  type DesilThreshold,
} from '../../../shared/reference/programs.ts';
import {
  DESTINATIONS,
  REFERRAL_OUTCOMES,
  REFERRAL_OVERDUE_DAYS,
} from '../../../shared/reference/destinations.ts';

describe('programs', () => {
  it('lists the programs a case can be referred to', () => {
    expect(PROGRAMS.items.map((p) => p.code)).toEqual([
      'PKH',
      'SEMBAKO',
      'PBI_JK',
      'PBI_APBD',
      'PIP',
      'RTLH',
      'ATENSI',
      'BLT_DD',
      'BANSOS_PEMDA',
      'BAZNAS',
      'PROGRAM_LAINNYA',
    ]);
  });

  it('every threshold row names a known program, a valid desil and an ISO date', () => {
    for (const row of DESIL_THRESHOLDS) {
      expect(PROGRAMS.items.some((p) => p.code === row.programCode)).toBe(true);
      expect(row.maxDesil).toBeGreaterThanOrEqual(1);
      expect(row.maxDesil).toBeLessThanOrEqual(10);
      expect(row.effectiveFrom).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });
});

describe('maxDesilFor', () => {
  it('gives the seeded ceilings: PKH 4, Sembako 5, PBI-JK 5', () => {
    expect(maxDesilFor('PKH', '2025-06-01')).toBe(4);
    expect(maxDesilFor('SEMBAKO', '2025-06-01')).toBe(5);
    expect(maxDesilFor('PBI_JK', '2025-06-01')).toBe(5);
  });

  it('applies a row from its effective date on, not before', () => {
    expect(maxDesilFor('PKH', '2025-02-05')).toBe(4);
    expect(maxDesilFor('PKH', '2025-02-04')).toBeNull();
  });

  it('returns null for programs without a desil rule and unknown programs', () => {
    expect(maxDesilFor('PBI_APBD', '2025-06-01')).toBeNull();
    expect(maxDesilFor('BAZNAS', '2025-06-01')).toBeNull();
    expect(maxDesilFor('TIDAK_ADA', '2025-06-01')).toBeNull();
  });

  it('picks the latest row in force on the date when a later decree adds one', () => {
    const table: DesilThreshold[] = [
      ...DESIL_THRESHOLDS,
      { programCode: 'PKH', maxDesil: 3, effectiveFrom: '2026-01-01', basis: 'Keputusan contoh' },
      { programCode: 'PKH', maxDesil: 2, effectiveFrom: '2027-07-01', basis: 'Keputusan contoh berikutnya' },
    ];
    expect(maxDesilFor('PKH', '2025-12-31', table)).toBe(4);
    expect(maxDesilFor('PKH', '2026-01-01', table)).toBe(3);
    expect(maxDesilFor('PKH', '2027-06-30', table)).toBe(3);
    expect(maxDesilFor('PKH', '2027-07-01', table)).toBe(2);
    expect(maxDesilFor('SEMBAKO', '2027-07-01', table)).toBe(5);
  });

  it('does not depend on the order of the rows', () => {
    const table = [
      ...DESIL_THRESHOLDS,
      { programCode: 'PKH', maxDesil: 3, effectiveFrom: '2026-01-01', basis: 'x' },
    ].reverse();
    expect(maxDesilFor('PKH', '2026-03-01', table)).toBe(3);
    expect(maxDesilFor('PKH', '2025-03-01', table)).toBe(4);
  });
});

describe('referral destinations', () => {
  it('include every program under the same code', () => {
    for (const p of PROGRAMS.items) {
      expect(DESTINATIONS.items.find((d) => d.code === p.code)).toMatchObject({
        kind: 'program',
        label: p.label,
      });
    }
  });

  it('include the agencies DOMAIN names and Dinsos kabupaten/kota', () => {
    const agencies = DESTINATIONS.items.filter((d) => d.kind === 'instansi').map((d) => d.code);
    for (const code of [
      'DISDUKCAPIL',
      'PUSKESMAS',
      'RSUD',
      'DINKES',
      'BPJS_KESEHATAN',
      'DINAS_PENDIDIKAN',
      'SEKOLAH_MADRASAH',
      'DINAS_PERKIM',
      'DISNAKER',
      'UPTD_PPA',
      'BALAI_REHSOS',
      'LKS',
      'PEMDES',
      'POLISI',
      'DINSOS_KABKOTA',
    ]) {
      expect(agencies).toContain(code);
    }
    expect(DESTINATIONS.items.filter((d) => d.code === 'BAZNAS')).toHaveLength(1);
  });

  it('has the four referral outcomes and the 14-day overdue benchmark', () => {
    expect(REFERRAL_OUTCOMES.items.map((o) => o.code)).toEqual([
      'DALAM_PROSES',
      'DITERIMA',
      'DITOLAK',
      'TIDAK_ADA_RESPONS',
    ]);
    expect(REFERRAL_OVERDUE_DAYS).toBe(14);
  });
});
