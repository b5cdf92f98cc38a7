// Desa names resolved to codes within the office's area: prefixes, case, spacing, typos and remembered choices.
import { describe, expect, it } from 'vitest';
import { desaOfArea, desaResolver } from '../../../../electron/core/imports/desa.ts';

describe('desa names', () => {
  it('resolve within the office area: prefixes, case, spacing and one typo', async () => {
    const area = await desaOfArea('33.01.08');
    const d = desaResolver(area);
    for (const written of [
      'Ds. Tritih Wetan',
      'TRITIH WETAN',
      'Tritihwetan',
      'Desa Tritih Wetn',
      '33.01.08.2001',
    ]) {
      expect(d.resolve(written)).toBe('33.01.08.2001');
    }
    expect(d.resolve('Tritih Lor')).toBe('33.01.08.2013');
    expect(d.resolve('Kampung Antah')).toBeNull();
    expect(desaResolver(area, { kampungantah: '33.01.08.2004' }).resolve('Kampung Antah')).toBe(
      '33.01.08.2004',
    );
  });
});
