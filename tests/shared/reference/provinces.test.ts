// The shipped province codes must equal the idn-area-data CSV, so NIK province checks follow Kemendagri.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { PROVINCE_CODES, PROVINCES } from '../../../shared/reference/provinces.ts';

const csvPath = fileURLToPath(
  new URL('../../../node_modules/idn-area-data/data/provinces.csv', import.meta.url),
);
const rows = readFileSync(csvPath, 'utf8')
  .trim()
  .split(/\r?\n/)
  .slice(1)
  .map((line) => {
    const [code = '', ...name] = line.split(',');
    return { code, label: name.join(',').replace(/^"|"$/g, '') };
  });

describe('province codes', () => {
  it('equal the codes in idn-area-data provinces.csv, in order', () => {
    expect(PROVINCE_CODES).toEqual(rows.map((r) => r.code));
  });

  it('carry the CSV names', () => {
    expect(PROVINCES.items.map((p) => ({ code: p.code, label: p.label }))).toEqual(rows);
  });

  it('are the 38 current provinces: 11–19, 21, 31–36, 51–53, 61–65, 71–76, 81–82, 91–96', () => {
    const range = (a: number, b: number) => Array.from({ length: b - a + 1 }, (_, i) => String(a + i));
    expect(PROVINCE_CODES).toEqual([
      ...range(11, 19),
      '21',
      ...range(31, 36),
      ...range(51, 53),
      ...range(61, 65),
      ...range(71, 76),
      '81',
      '82',
      ...range(91, 96),
    ]);
    expect(PROVINCE_CODES).toHaveLength(38);
  });
});
