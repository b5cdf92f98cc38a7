// The dry run over a generated workbook holding every trap, each row with its expected class and Indonesian reason.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readTable } from '../../../../electron/core/imports/read.ts';
import { decideDateOrder, parseDate } from '../../../../electron/core/imports/values.ts';
import { removeTempDirs, unwrap, type TestRegister } from '../../../support/register.ts';
import {
  importFile,
  MAPPING,
  openImportOffice,
  PERSON_HEADERS,
  SYSTEM,
  writeXlsx,
  type CellValue,
} from '../../../support/imports.ts';
import { makeNik, makeNoKk } from '../../../support/persons.ts';

let t: TestRegister;
beforeAll(async () => {
  t = await openImportOffice();
});
afterAll(async () => {
  await t.register.close();
  removeTempDirs();
});

const KK = makeNoKk(501);
const row = (
  nik: CellValue,
  name: CellValue,
  sex: CellValue,
  birth: CellValue,
  desa: CellValue,
  kk: CellValue = KK,
): CellValue[] => ['1', nik, kk, name, sex, birth, 'Anak', 'Jl. Uji Coba 1', '001', '002', desa];

describe('dry run', () => {
  it('classifies every trap of an office spreadsheet over the whole file', async () => {
    // An existing resident, matched by NIK.
    const existingNik = makeNik('1970-01-15', 'L', 9);
    unwrap(
      await t.register.call(SYSTEM, 'persons.create', {
        person: {
          nik: existingNik,
          name: 'Ahmad Terdaftar',
          sex: 'L',
          birthDate: '1970-01-15',
          desaCode: '33.01.08.2001',
        },
      }),
    );
    const rows: CellValue[][] = [
      ['DAFTAR WARGA (contoh sintetis)'],
      [],
      PERSON_HEADERS,
      row(makeNik('1990-05-21', 'P', 1), 'Siti Sintetis', 'P', '21/05/1990', 'Ds. Tritih Wetan'), // 4 new
      row(3301086105900002, 'Angka Enambelas', 'P', '21-05-90', 'TRITIH WETAN'), // 5 error: number
      row('3.30108E+15', 'Notasi Ilmiah', 'L', '3 Mei 1985', 'Tritihwetan'), // 6 error: scientific
      row(makeNik('1990-05-21', 'P', 1), 'Siti Sintetis', 'P', '21/05/1990', 'Tritih Wetan'), // 7 duplicate of 4
      row(makeNik('1988-02-10', 'L', 3), 'Cek Tak Cocok', 'P', '10/02/1988', 'Tritih Wetan'), // 8 warning: NIK sex
      row(makeNik('1980-03-01', 'L', 4), 'Desa Asing', 'L', '01/03/1980', 'Kampung Antah'), // 9 warning: desa
      row(makeNik('1900-03-01', 'L', 5), 'Terlalu Tua', 'L', '01/03/1900', 'Tritih Wetan'), // 10 warning: age
      row(null, null, 'L', '01/03/1980', 'Tritih Wetan'), // 11 error: name
      row(existingNik, 'Ahmad Terdaftar', 'L', '15/01/1970', 'Tritih Wetan'), // 12 match
      row(null, '=SUM(A1:A3)', 'L', 32874, 'Sumingkir', null), // 13 new, formula text kept, serial date
      [
        '14',
        makeNik('1991-01-01', 'L', 6),
        makeNoKk(502),
        'Tanpa Alamat',
        'L',
        '01/01/1991',
        'Kepala Keluarga',
        null,
        null,
        null,
        'Tritih Wetan',
      ], // 14 error: new KK without address
      ['JUMLAH', null, null, null, null, null, null, null, null, null, null], // total row: skipped
    ];
    const path = await writeXlsx({ Warga: rows });
    const { plan, commit } = await importFile(t.register, path, { dryRunOnly: true });
    expect(commit).toBeNull();
    const byLine = new Map(plan.rows.map((r) => [r.line, r]));
    const cls = (line: number): string | undefined => byLine.get(line)?.cls;
    expect([4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14].map(cls)).toEqual([
      'new',
      'error',
      'error',
      'duplicate',
      'warning',
      'warning',
      'warning',
      'error',
      'match',
      'new',
      'error',
    ]);
    expect(byLine.get(5)?.notes.join(' ')).toMatch(/tersimpan sebagai angka.*Format Cells → Text/);
    expect(byLine.get(6)?.notes.join(' ')).toMatch(/notasi ilmiah/);
    expect(byLine.get(7)?.notes.join(' ')).toMatch(/Sama dengan baris 4/);
    expect(byLine.get(9)?.notes.join(' ')).toMatch(/Desa "Kampung Antah" tidak dikenali/);
    expect(byLine.get(11)?.notes).toContain('Nama wajib diisi.');
    expect(byLine.get(4)?.person?.desaCode).toBe('33.01.08.2001');
    expect(byLine.get(4)?.person?.birthDate).toBe('1990-05-21');
    expect(byLine.get(13)?.person).toMatchObject({
      name: '=SUM(A1:A3)',
      birthDate: '1990-01-01',
      desaCode: '33.01.08.2002',
    });
    expect(byLine.get(14)?.notes).toContain(
      `Alamat wajib diisi untuk keluarga baru (No KK ${makeNoKk(502)}).`,
    );
    expect(byLine.has(15)).toBe(false);
    expect(plan.counts).toEqual({ new: 2, match: 1, duplicate: 1, warning: 3, error: 4 });
    expect(plan.unresolvedDesa).toEqual(['Kampung Antah']);
  });

  it('refuses a mapping whose column is not in the file, writing nothing', async () => {
    const path = await writeXlsx({
      Warga: [
        ['NIK', 'Nama'],
        ['x', 'y'],
      ],
    });
    const { plan, commit } = await importFile(t.register, path);
    expect(commit).toBeNull();
    expect(plan.mappingErrors[0]).toMatch(/Kolom "NO KK" \(untuk noKk\) tidak ada di berkas/);
    expect(MAPPING.columns.noKk).toBe('NO KK');
  });
});

describe('dates per column', () => {
  const cells = (...ts: string[]) => ts.map((text) => ({ text, kind: 'text' as const }));
  it('decides DD/MM vs MM/DD over all rows, never row by row', () => {
    expect(decideDateOrder(cells('03/04/1990', '21/05/1990'))).toBe('DMY');
    expect(decideDateOrder(cells('03/04/1990', '05/21/1990'))).toBe('MDY');
    expect(decideDateOrder(cells('13/04/1990', '05/21/1990'))).toBeNull();
    const [c] = cells('03/04/1990');
    expect(parseDate(c, 'DMY', 2026)).toEqual({ ok: true, value: '1990-04-03' });
    expect(parseDate(c, 'MDY', 2026)).toEqual({ ok: true, value: '1990-03-04' });
    expect(parseDate(c, null, 2026)).toMatchObject({ ok: false });
  });
  it('reads two-digit years, Indonesian month names and Excel serials', () => {
    const [a, b, d] = cells('21-05-90', '21 Mei 1990', '01-02-15');
    expect(parseDate(a, 'DMY', 2026)).toEqual({ ok: true, value: '1990-05-21' });
    expect(parseDate(b, 'DMY', 2026)).toEqual({ ok: true, value: '1990-05-21' });
    expect(parseDate(d, 'DMY', 2026)).toEqual({ ok: true, value: '2015-02-01' });
    expect(parseDate({ text: '33014', kind: 'number', num: 33014 }, 'DMY', 2026)).toEqual({
      ok: true,
      value: '1990-05-21',
    });
  });
});

describe('reader of a real trap', () => {
  it('keeps a number cell as a number kind so the NIK rule can refuse it', async () => {
    const path = await writeXlsx({ S: [['NIK'], [3301086105900002]] });
    expect((await readTable(path)).rows[1]?.[0]?.kind).toBe('number');
  });

  it('leaves out the rows the clerk excluded by number, in the dry run and the commit', async () => {
    const kk = makeNoKk(503);
    const path = await writeXlsx({
      Warga: [
        PERSON_HEADERS,
        row(makeNik('1981-07-01', 'L', 81), 'Kecuali Satu', 'L', '01/07/1981', 'Tritih Wetan', kk),
        row('3.30108E+15', 'Kecuali Rusak', 'P', '02/07/1982', 'Tritih Wetan', kk),
        row(makeNik('1983-07-03', 'P', 83), 'Kecuali Tiga', 'P', '03/07/1983', 'Tritih Wetan', kk),
      ],
    });
    const all = await importFile(t.register, path, { dryRunOnly: true });
    expect(all.plan).toMatchObject({ excluded: 0, counts: { new: 2, error: 1 } });
    const { plan, commit } = await importFile(t.register, path, { exclude: [3, 4, 99] });
    expect(plan.excluded).toBe(2);
    expect(plan.counts).toEqual({ new: 1, match: 0, duplicate: 0, warning: 0, error: 0 });
    expect(plan.rows.map((r) => r.line)).toEqual([2]);
    expect(commit).toMatchObject({ created: 1 });
    const names = t.register.deps.sqlite
      .prepare("select name from persons where name like 'Kecuali%' order by name")
      .pluck()
      .all();
    expect(names).toEqual(['Kecuali Satu']);
  });

  it('streams the file: a date order proven only below the first pass applies to every row; clean rows keep no cells', async () => {
    // 1,100 rows of one ambiguous date (03/04/1990), then one row whose 25 can only be the day of MM/DD.
    const rows: CellValue[][] = Array.from({ length: 1_100 }, (_, i) =>
      row(null, `Warga Urutan ${i}`, 'L', '03/04/1990', 'Tritih Wetan', makeNoKk(7_000 + i)),
    );
    rows.push(row(null, 'Warga Penentu', 'L', '04/25/1990', 'Tritih Wetan', makeNoKk(8_999)));
    const path = await writeXlsx({ Warga: [PERSON_HEADERS, ...rows] });
    const { plan } = await importFile(t.register, path, { dryRunOnly: true });
    expect(plan.counts).toMatchObject({ new: 1_101, error: 0 });
    expect(plan.rows[0]?.person?.birthDate).toBe('1990-03-04');
    expect(plan.rows.at(-1)?.person?.birthDate).toBe('1990-04-25');
    expect(plan.rows.every((r) => r.cells.length === 0)).toBe(true);
  });
  it('keeps a family small: rows of one KK share its household, clean rows share one frozen empty note list', async () => {
    const kk = makeNoKk(504);
    const path = await writeXlsx({
      Warga: [
        PERSON_HEADERS,
        row(makeNik('1975-01-02', 'L', 91), 'Keluarga Ayah', 'L', '02/01/1975', 'Tritih Wetan', kk),
        row(makeNik('1977-03-04', 'P', 92), 'Keluarga Ibu', 'P', '04/03/1977', 'Tritih Wetan', kk),
        [
          '1',
          makeNik('1999-05-06', 'P', 93),
          kk,
          'Keluarga Anak',
          'P',
          '06/05/1999',
          'Anak',
          'Jl. Lain 9',
          '001',
          '002',
          'Tritih Wetan',
        ],
      ],
    });
    const { plan } = await importFile(t.register, path, { dryRunOnly: true });
    const [father, mother, child] = plan.rows;
    expect(plan.counts).toMatchObject({ new: 3, error: 0 });
    expect(mother?.household).toBe(father?.household);
    // Another address for the same KK is its own object: the first row's address is not taken for it.
    expect(child?.household).not.toBe(father?.household);
    expect(child?.household?.address).toBe('Jl. Lain 9');
    expect(father?.notes).toBe(mother?.notes);
    expect(Object.isFrozen(father?.notes)).toBe(true);
    expect(father?.notes).toEqual([]);
  });
});
