// The imports.* contract through the dispatch: a file staged in the data folder's `impor` folder, dry run, commit, batches, undo, templates.
import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importStagingDir } from '../../../../electron/core/handlers/imports.ts';
import {
  errorOf,
  openSetUpOffice,
  removeTempDirs,
  unwrap,
  type TestOffice,
} from '../../../support/register.ts';
import { MAPPING, PERSON_HEADERS, writeXlsx } from '../../../support/imports.ts';
import { makeNik, makeNoKk } from '../../../support/persons.ts';

let office: TestOffice;
beforeAll(async () => {
  office = await openSetUpOffice();
  const path = await writeXlsx({
    Warga: [
      ['DATA WARGA SINTETIS'],
      PERSON_HEADERS,
      [
        '1',
        makeNik('1982-08-17', 'L', 31),
        makeNoKk(310),
        'Agus Sintetis',
        'L',
        '17 Agustus 1982',
        'KK',
        'Jl. Uji 31',
        '001',
        '001',
        'Tritihwetan',
      ],
      [
        '2',
        '3.30108E+15',
        makeNoKk(310),
        'Rusak Sintetis',
        'P',
        '01/01/1990',
        'Istri',
        'Jl. Uji 31',
        '001',
        '001',
        'Tritih Wetan',
      ],
    ],
  });
  mkdirSync(importStagingDir(office.dataDir), { recursive: true });
  copyFileSync(path, join(importStagingDir(office.dataDir), 'warga-maret.xlsx'));
});
afterAll(async () => {
  await office.register.close();
  removeTempDirs();
});

describe('imports.* through the dispatch', () => {
  it('dry-runs, commits as one batch, lists it, undoes it, and keeps templates', async () => {
    const petugas = office.users.petugas.caller;
    const call = office.register.call;
    const dry = unwrap(await call(petugas, 'imports.dryRun', { file: 'warga-maret.xlsx', mapping: MAPPING }));
    expect(dry).toMatchObject({ headerRow: 2, counts: { new: 1, error: 1 }, sheets: ['Warga'] });
    expect(dry.problems[0]).toMatchObject({ line: 4, cls: 'error' });
    expect(dry.problems[0]?.notes.join(' ')).toMatch(/notasi ilmiah/);

    const done = unwrap(
      await call(petugas, 'imports.commit', {
        file: 'warga-maret.xlsx',
        mapping: MAPPING,
        template: 'Bulanan',
      }),
    );
    expect(done).toMatchObject({ created: 1, householdsCreated: 1 });
    const batches = unwrap(await call(petugas, 'imports.batches', {}));
    expect(batches.map((b) => [b.id, b.username, b.fileName, b.template])).toEqual([
      [done.batchId, office.users.petugas.username, 'warga-maret.xlsx', 'Bulanan'],
    ]);
    const undone = unwrap(await call(petugas, 'imports.undo', { batchId: done.batchId }));
    expect(undone).toMatchObject({ tombstoned: 3, kept: [] });
    expect(
      errorOf(await call(petugas, 'imports.undo', { batchId: done.batchId }), 'CONFLICT').message,
    ).toMatch(/sudah dibatalkan/);

    unwrap(await call(petugas, 'imports.saveTemplate', { name: 'Bulanan', mapping: MAPPING }));
    expect(
      unwrap(await call(petugas, 'imports.templates', {})).map((t) => [t.name, t.mapping.columns.nik]),
    ).toEqual([['Bulanan', 'NIK']]);
  });

  it('stages an uploaded file, suggests a mapping from its headers, and hands out the error workbook', async () => {
    const petugas = office.users.petugas.caller;
    const call = office.register.call;
    const bytes = readFileSync(join(importStagingDir(office.dataDir), 'warga-maret.xlsx'));
    const up = unwrap(
      await call(petugas, 'imports.upload', { fileName: 'unggahan.xlsx', base64: bytes.toString('base64') }),
    );
    expect(up).toEqual({ file: 'unggahan.xlsx', bytes: bytes.length });
    expect(readdirSync(importStagingDir(office.dataDir)).filter((f) => f.startsWith('.'))).toEqual([]);

    const first = unwrap(
      await call(petugas, 'imports.dryRun', {
        file: 'unggahan.xlsx',
        mapping: { kind: 'persons', columns: {} },
      }),
    );
    expect(first.mappingErrors.length).toBeGreaterThan(0);
    expect(first.suggested.columns).toMatchObject({ nik: 'NIK', name: 'Nama Lengkap', desa: 'DESA' });
    expect(first.preview[0]).toEqual(['DATA WARGA SINTETIS']);
    expect(first.preview[1]?.slice(0, 2)).toEqual(['NO', 'NIK']);

    const report = unwrap(
      await call(petugas, 'imports.errorReport', { file: 'unggahan.xlsx', mapping: MAPPING }),
    );
    expect(report).toMatchObject({ fileName: 'unggahan-perlu-diperbaiki.xlsx', rows: 1 });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(report.base64, 'base64').slice().buffer);
    const sheet = wb.worksheets[0];
    expect(String(sheet?.getRow(2).getCell(1).value)).toBe('2');
    expect(String(sheet?.getRow(2).getCell(14).value)).toMatch(/notasi ilmiah/);
    expect(readdirSync(importStagingDir(office.dataDir)).filter((f) => f.startsWith('.'))).toEqual([]);
  });

  it('refuses a path instead of a staged file name, and a file not staged', async () => {
    const petugas = office.users.petugas.caller;
    const r = await office.register.call(petugas, 'imports.dryRun', {
      file: '../db/register.xlsx',
      mapping: MAPPING,
    });
    expect(errorOf(r, 'VALIDATION').fields?.file).toMatch(/Nama berkas tidak valid/);
    const missing = await office.register.call(petugas, 'imports.dryRun', {
      file: 'tidak-ada.csv',
      mapping: MAPPING,
    });
    expect(errorOf(missing, 'NOT_FOUND').message).toMatch(/tidak ditemukan/);
  });

  it("reports the CSV detected, re-reads it with the clerk's override, and remembers it in a template", async () => {
    const petugas = office.users.petugas.caller;
    const call = office.register.call;
    // A `;` file whose addresses hold more commas than the header holds semicolons: detected wrongly.
    const address = 'Jl. Uji, Gg. 4, No. 1, Blok A, RT 1, RW 2, Dsn. X, Kec. Y, Kab. Z, Jateng, Indonesia';
    const lines = [
      'NIK;NO KK;NAMA;L/P;TGL LAHIR;ALAMAT;DESA',
      `${makeNik('1975-03-03', 'P', 41)};${makeNoKk(410)};Nuñez Sintetis;P;03/03/1975;${address};Tritih Wetan`,
      `${makeNik('1977-04-04', 'L', 42)};${makeNoKk(410)};José Sintetis;L;04/04/1977;${address};Tritih Wetan`,
    ];
    writeFileSync(
      join(importStagingDir(office.dataDir), 'bnba-1252.csv'),
      Buffer.from(lines.join('\r\n'), 'latin1'),
    );
    const empty = { kind: 'persons' as const, columns: {} };
    const first = unwrap(await call(petugas, 'imports.dryRun', { file: 'bnba-1252.csv', mapping: empty }));
    expect(first.csv).toEqual({
      detected: { encoding: 'windows-1252', delimiter: ',' },
      used: { encoding: 'windows-1252', delimiter: ',' },
    });
    expect(first.headers).not.toContain('NAMA');

    const csv = { delimiter: ';' as const };
    const reread = unwrap(
      await call(petugas, 'imports.dryRun', { file: 'bnba-1252.csv', mapping: { ...empty, csv } }),
    );
    expect(reread.csv?.used).toEqual({ encoding: 'windows-1252', delimiter: ';' });
    expect(reread.headers).toEqual(['NIK', 'NO KK', 'NAMA', 'L/P', 'TGL LAHIR', 'ALAMAT', 'DESA']);
    const mapping = { ...reread.suggested, csv };
    const dry = unwrap(await call(petugas, 'imports.dryRun', { file: 'bnba-1252.csv', mapping }));
    expect(dry.counts).toMatchObject({ new: 2, error: 0 });

    unwrap(await call(petugas, 'imports.saveTemplate', { name: 'BNBA', mapping }));
    const saved = unwrap(await call(petugas, 'imports.templates', {})).find((t) => t.name === 'BNBA');
    expect(saved?.mapping.csv).toEqual({ delimiter: ';' });
    const bad = await office.register.dispatch(petugas, 'imports.dryRun', {
      file: 'bnba-1252.csv',
      mapping: { ...empty, csv: { delimiter: ':' } },
    });
    expect(Object.values(errorOf(bad, 'VALIDATION').fields ?? {}).join(' ')).toMatch(/pemisah koma/);
  });
});
