// `puskesos import`: dry run and report, commit with a mapping file, a saved template, exit codes, batches and undo.
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli } from '../../support/cli-offices.ts';
import { removeTempDirs, tempDir } from '../../support/register.ts';
import { MAPPING, openImportOffice, PERSON_HEADERS, writeXlsx } from '../../support/imports.ts';
import { makeNik, makeNoKk } from '../../support/persons.ts';

let dir: string;
let root: string;
let file: string;
let mappingFile: string;

beforeAll(async () => {
  const t = await openImportOffice();
  dir = t.dataDir;
  await t.register.close();
  root = tempDir();
  mappingFile = join(root, 'pemetaan.json');
  writeFileSync(mappingFile, JSON.stringify(MAPPING));
  file = await writeXlsx({
    Warga: [
      PERSON_HEADERS,
      [
        '1',
        makeNik('1985-04-12', 'L', 1),
        makeNoKk(900),
        'Joko Sintetis',
        'L',
        '12/04/1985',
        'Kepala Keluarga',
        'Jl. Uji 9',
        '003',
        '004',
        'Tritih Wetan',
      ],
      [
        '2',
        makeNik('1987-06-30', 'P', 2),
        makeNoKk(900),
        'Rina Sintetis',
        'P',
        '30/06/1987',
        'Istri',
        'Jl. Uji 9',
        '003',
        '004',
        'Tritih Wetan',
      ],
      [
        '3',
        3301087006870002,
        makeNoKk(900),
        'Angka Rusak',
        'P',
        '30/06/1987',
        'Anak',
        'Jl. Uji 9',
        '003',
        '004',
        'Tritih Wetan',
      ],
    ],
  });
});
afterAll(removeTempDirs);

describe('puskesos import', () => {
  it('dry run: counts, a report with Keterangan, nothing written, exit 3 for refused rows', async () => {
    const report = join(root, 'perbaikan.xlsx');
    const r = await cli(
      'import',
      '--data-dir',
      dir,
      file,
      '--mapping',
      mappingFile,
      '--dry-run',
      '--report',
      report,
      '--save-template',
      'bulanan',
    );
    expect(r.code).toBe(3);
    expect(r.out).toContain('Baris: 2 baru, 0 sudah terdaftar, 0 duplikat di berkas, 0 peringatan, 1 galat.');
    expect(r.out).toContain('tidak ada data yang diubah');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(report);
    const ws = wb.worksheets[0];
    expect(ws?.getRow(1).getCell(14).value).toBe('Keterangan');
    expect(String(ws?.getRow(2).getCell(4).value)).toBe('Angka Rusak');
    expect(String(ws?.getRow(2).getCell(14).value)).toMatch(/tersimpan sebagai angka/);
    expect(existsSync(`${report}.tmp-${process.pid}`)).toBe(false);
    expect((await cli('import', 'batches', '--data-dir', dir)).out).toBe('');
  });

  it('--exclude leaves rows out by number as the screen does ("4", "2-3, 4"); bad numbers are a usage error', async () => {
    const r = await cli(
      'import',
      '--data-dir',
      dir,
      file,
      '--mapping',
      mappingFile,
      '--dry-run',
      '--exclude',
      '4',
    );
    expect(r.code).toBe(0);
    expect(r.out).toContain('Baris: 2 baru, 0 sudah terdaftar, 0 duplikat di berkas, 0 peringatan, 0 galat.');
    expect(r.out).toContain('1 baris dikecualikan (--exclude).');
    const all = await cli(
      'import',
      '--data-dir',
      dir,
      file,
      '--mapping',
      mappingFile,
      '--dry-run',
      '--exclude',
      '2-3, 4',
    );
    expect(all.out).toContain('Baris: 0 baru');
    expect(all.out).toContain('3 baris dikecualikan');
    const bad = await cli('import', '--data-dir', dir, file, '--mapping', mappingFile, '--exclude', '9-3');
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/--exclude: "9-3" tidak valid/);
    expect((await cli('import', 'batches', '--data-dir', dir)).out).toBe('');
  });

  it('commits with the saved template, lists the batch, and undoes it', async () => {
    const r = await cli('import', '--data-dir', dir, file, '--template', 'bulanan');
    expect(r.code).toBe(3);
    const id = /Batch (\S+): 2 warga baru, 1 keluarga baru/.exec(r.out)?.[1];
    expect(id).toBeDefined();
    const list = await cli('import', 'batches', '--data-dir', dir);
    expect(list.out).toContain(`${id}`);
    expect(list.out).toContain('data.xlsx  baru 2');
    const u = await cli('import', 'undo', '--data-dir', dir, id ?? '');
    expect(u.code).toBe(0);
    expect(u.out).toContain('4 catatan dihapus');
    expect((await cli('import', 'undo', '--data-dir', dir, id ?? '')).err).toMatch(/sudah dibatalkan/);
  });

  it('--kind programs reads a BNBA: residents once, one membership per program row', async () => {
    const bnba = await writeXlsx({
      BNBA: [
        ['NIK', 'NAMA PENERIMA', 'DESA', 'PROGRAM'],
        [makeNik('1971-03-03', 'P', 41), 'Sumi Penerima', 'Tritih Wetan', 'PKH'],
        [makeNik('1971-03-03', 'P', 41), 'Sumi Penerima', 'Tritih Wetan', 'BPNT'],
      ],
    });
    const programs = join(root, 'bnba.json');
    writeFileSync(
      programs,
      JSON.stringify({
        kind: 'persons',
        columns: { nik: 'NIK', name: 'NAMA PENERIMA', desa: 'DESA', program: 'PROGRAM' },
      }),
    );
    const r = await cli('import', '--data-dir', dir, bnba, '--mapping', programs, '--kind', 'programs');
    expect(r.code).toBe(0);
    expect(r.out).toContain('Catatan kepesertaan program: 2 baru, 0 sudah tercatat.');
    expect(r.out).toMatch(
      /1 warga baru, 0 keluarga baru, 0 diperbarui, 0 tidak berubah, 2 kepesertaan program baru\./,
    );
    const again = await cli(
      'import',
      '--data-dir',
      dir,
      bnba,
      '--mapping',
      programs,
      '--kind',
      'programs',
      '--dry-run',
    );
    expect(again.out).toContain('Catatan kepesertaan program: 0 baru, 2 sudah tercatat.');
  });

  it('refuses bad arguments and a bad mapping in Indonesian', async () => {
    expect((await cli('import', '--data-dir', dir, file)).err).toMatch(/--template NAMA atau --mapping/);
    const bad = join(root, 'salah.json');
    writeFileSync(bad, JSON.stringify({ kind: 'arsip', columns: {} }));
    const r = await cli('import', '--data-dir', dir, file, '--mapping', bad);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/Pemetaan tidak valid \(kind\)/);
    expect(
      (await cli('import', '--data-dir', dir, file, '--mapping', mappingFile, '--kind', 'bnba')).err,
    ).toMatch(/--kind bnba tidak dikenal/);
    expect((await cli('import', '--data-dir', dir, file, '--template', 'tidak-ada')).err).toMatch(
      /Templat pemetaan "tidak-ada" tidak ditemukan/,
    );
  });
});
