// Desa names resolved to codes within the office's area: prefixes, case, spacing, typos, remembered choices and names mapped by hand.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { desaOfArea, desaResolver } from '../../../../electron/core/imports/desa.ts';
import { DESA_AS_ERROR } from '../../../../shared/types/imports.ts';
import { removeTempDirs, type TestRegister } from '../../../support/register.ts';
import {
  importFile,
  MAPPING,
  openImportOffice,
  PERSON_HEADERS,
  writeXlsx,
  type CellValue,
} from '../../../support/imports.ts';
import { makeNik, makeNoKk } from '../../../support/persons.ts';

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

describe('desa names mapped by hand', () => {
  let t: TestRegister;
  beforeAll(async () => {
    t = await openImportOffice();
  });
  afterAll(async () => {
    await t.register.close();
    removeTempDirs();
  });

  const person = (n: number, desa: string): CellValue[] => [
    String(n),
    makeNik('1985-06-0' + String(n), 'L', 70 + n),
    makeNoKk(700),
    `Warga Sintetis ${n}`,
    'L',
    `0${n}/06/1985`,
    n === 1 ? 'Kepala Keluarga' : 'Anak',
    'Jl. Uji 70',
    '001',
    '002',
    desa,
  ];

  it("lists each unknown spelling with its rows, then applies the clerk's choice in dry run and commit", async () => {
    const path = await writeXlsx({
      Warga: [
        PERSON_HEADERS,
        person(1, 'Kampung Antah'),
        person(2, 'KAMPUNG ANTAH'),
        person(3, 'Ds. Kampung Antah'),
        person(4, 'Dukuh Entah'),
        person(5, 'Tritih Wetan'),
      ],
    });
    const first = await importFile(t.register, path, { dryRunOnly: true });
    expect(first.plan.desaChoices).toEqual([
      { written: 'Kampung Antah', key: 'kampungantah', rows: 3, chosen: null },
      { written: 'Dukuh Entah', key: 'dukuhentah', rows: 1, chosen: null },
    ]);
    expect(first.plan.officeDesa).toContainEqual({
      code: '33.01.08.2001',
      name: expect.stringMatching(/Tritih Wetan/i),
    });
    expect(first.plan.counts).toMatchObject({ new: 1, warning: 4, error: 0 });

    const mapping = { ...MAPPING, desaNames: { kampungantah: '33.01.08.2004', dukuhentah: DESA_AS_ERROR } };
    const { plan, commit } = await importFile(t.register, path, { mapping });
    expect(plan.counts).toMatchObject({ new: 4, warning: 0, error: 1 });
    expect(plan.desaChoices).toEqual([
      { written: 'Kampung Antah', key: 'kampungantah', rows: 3, chosen: '33.01.08.2004' },
      { written: 'Dukuh Entah', key: 'dukuhentah', rows: 1, chosen: DESA_AS_ERROR },
    ]);
    expect(plan.rows.find((r) => r.line === 5)?.notes.join(' ')).toMatch(
      /Desa "Dukuh Entah" tidak dikenali di wilayah kantor dan dibiarkan sebagai galat/,
    );
    expect(commit).toMatchObject({ created: 4 });
    const desa = t.register.deps.sqlite
      .prepare('select desa_code as d, count(*) as n from persons group by desa_code order by d')
      .all();
    expect(desa).toEqual([
      { d: '33.01.08.2001', n: 1 },
      { d: '33.01.08.2004', n: 3 },
    ]);
  });

  it('ignores a remembered code outside the office area: the name stays unresolved', async () => {
    const path = await writeXlsx({ Warga: [PERSON_HEADERS, person(6, 'Kampung Jauh')] });
    const mapping = { ...MAPPING, desaNames: { kampungjauh: '35.01.01.2001' } };
    const { plan } = await importFile(t.register, path, { mapping, dryRunOnly: true });
    expect(plan.desaChoices).toEqual([
      { written: 'Kampung Jauh', key: 'kampungjauh', rows: 1, chosen: null },
    ]);
    expect(plan.counts.warning).toBe(1);
  });
});
