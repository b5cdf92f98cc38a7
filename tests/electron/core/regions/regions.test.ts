// The Kemendagri region list: offices are named from the small upper lists; desa are read when first asked for.
import { describe, expect, it } from 'vitest';
import { listRegions, resolveRegion } from '../../../../electron/core/regions/regions.ts';

describe('regions', () => {
  it('resolves a kecamatan (upper lists only), then a desa and the desa of a kecamatan (full list)', async () => {
    const kec = await resolveRegion('33.01.08');
    expect(kec.map((r) => [r.code, r.level])).toEqual([
      ['33', 'provinsi'],
      ['33.01', 'kabkota'],
      ['33.01.08', 'kecamatan'],
    ]);
    expect(kec[2]?.name).toMatch(/jeruklegi/i);
    expect(await listRegions('kecamatan', '33.01')).toHaveLength(24);

    const desa = await resolveRegion('33.01.08.2001');
    expect(desa.map((r) => r.level)).toEqual(['provinsi', 'kabkota', 'kecamatan', 'desa']);
    const all = await listRegions('desa', '33.01.08');
    expect(all.length).toBeGreaterThan(5);
    expect(all.every((r) => r.level === 'desa' && r.code.startsWith('33.01.08.'))).toBe(true);
    // After the full list is loaded, upper levels still resolve the same.
    expect(await resolveRegion('33.01.08')).toEqual(kec);
  });

  it('gives nothing for an unknown code, at any level', async () => {
    expect(await resolveRegion('33.99')).toEqual([]);
    expect(await resolveRegion('33.01.08.9999')).toEqual([]);
    expect(await listRegions('desa', '33.99.01')).toEqual([]);
  });
});
