// Placing a desa Puskesos: it may sit under Dinsos or an active kecamatan whose region contains its own, nothing else.
import { describe, expect, it } from 'vitest';
import {
  placementRows,
  regionContains,
  UNDER_DINSOS,
  upstreamIdOf,
} from '../../../renderer/src/sinkronisasi/placement.ts';
import type { TrustedOffice } from '../../../shared/types/trust.ts';

const office = (
  officeId: string,
  type: TrustedOffice['type'],
  regionCode: string,
  name: string,
  status: TrustedOffice['status'] = 'active',
): TrustedOffice => ({
  officeId,
  type,
  regionCode,
  name,
  status,
  fingerprint: `fp-${officeId}-${status}`,
  enrolledAt: '2026-03-02T02:00:00.000Z',
  revokedAt: status === 'revoked' ? '2026-04-01T02:00:00.000Z' : null,
});

const labels = { underDinsos: 'Langsung ke Dinsos', stale: (name: string) => `${name} (tidak aktif)` };
const offices = [
  office('din', 'dinsos', '33.01', 'Dinas Sosial Kabupaten Cilacap'),
  office('kec-j', 'kecamatan', '33.01.08', 'Kecamatan Jeruklegi'),
  office('kec-k', 'kecamatan', '33.01.09', 'Kecamatan Kawunganten'),
  office('kec-x', 'kecamatan', '33.01.080', 'Kecamatan Lain (kode mirip)'),
  office('kec-old', 'kecamatan', '33.01.08', 'Kecamatan Jeruklegi Lama', 'revoked'),
  office('d-w', 'desa', '33.01.08.2001', 'Puskesos Jeruklegi Wetan'),
  office('d-b', 'desa', '33.01.08.2004', 'Puskesos Brebeg'),
  office('d-r', 'desa', '33.01.08.2005', 'Puskesos Dicabut', 'revoked'),
];

describe('placing desa offices in the tree', () => {
  it('lists each active desa, by name, with Dinsos and the active kecamatan containing its region', () => {
    const rows = placementRows({ offices, upstreams: [{ officeId: 'd-w', upstreamId: 'kec-j' }] }, labels);
    expect(rows.map((r) => [r.name, r.value])).toEqual([
      ['Puskesos Brebeg', UNDER_DINSOS],
      ['Puskesos Jeruklegi Wetan', 'kec-j'],
    ]);
    // Not Kawunganten (another region), not the look-alike code 33.01.080, not the revoked kecamatan.
    expect(rows[0]?.choices).toEqual([
      { value: UNDER_DINSOS, label: 'Langsung ke Dinsos' },
      { value: 'kec-j', label: 'Kecamatan Jeruklegi' },
    ]);
  });

  it('keeps a desa placed under a kecamatan whose key was revoked visible as such, until it is moved', () => {
    const [row] = placementRows({ offices, upstreams: [{ officeId: 'd-b', upstreamId: 'kec-old' }] }, labels);
    expect(row?.value).toBe('kec-old');
    expect(row?.choices.at(-1)).toEqual({
      value: 'kec-old',
      label: 'Kecamatan Jeruklegi Lama (tidak aktif)',
    });
  });

  it('lists an office that changed its key once, and no desa row when none is enrolled', () => {
    const rekeyed = [
      ...offices,
      { ...office('d-b', 'desa', '33.01.08.2004', 'Puskesos Brebeg'), fingerprint: 'new' },
    ];
    expect(placementRows({ offices: rekeyed, upstreams: [] }, labels)).toHaveLength(2);
    expect(placementRows({ offices: offices.slice(0, 3), upstreams: [] }, labels)).toEqual([]);
  });

  it('maps the choice to the contract: Dinsos is null, a kecamatan its id; regions contain only their own codes', () => {
    expect(upstreamIdOf(UNDER_DINSOS)).toBeNull();
    expect(upstreamIdOf('kec-j')).toBe('kec-j');
    expect(regionContains('33.01.08', '33.01.08.2001')).toBe(true);
    expect(regionContains('33.01.08', '33.01.080.2001')).toBe(false);
    expect(regionContains('33.01.08', '33.01.08')).toBe(false);
  });
});
