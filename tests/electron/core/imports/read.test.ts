// The reader: XLSX cell text and kind, sheet choice, a title block and a two-row merged header, CSV encodings and delimiters detected or overridden.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { detectHeader, suggestMapping } from '../../../../electron/core/imports/mapping.ts';
import { readPrefix, readTable } from '../../../../electron/core/imports/read.ts';
import { removeTempDirs, tempDir } from '../../../support/register.ts';
import { writeXlsx } from '../../../support/imports.ts';

afterAll(removeTempDirs);

describe('readTable', () => {
  it('reads text, number, date and formula-looking text cells of the chosen sheet', async () => {
    const path = await writeXlsx({
      Ringkasan: [['Tidak dipakai']],
      Data: [
        ['NIK', 'Nama', 'Tgl'],
        ['3301084105900001', '=HYPERLINK("x")', new Date(Date.UTC(1990, 4, 21))],
        [3301084105900001, '@warga', 33045],
      ],
    });
    const t = await readTable(path, { sheet: 'Data' });
    expect(t.sheets).toEqual(['Ringkasan', 'Data']);
    expect(t.rows[1]?.[0]).toEqual({ text: '3301084105900001', kind: 'text' });
    expect(t.rows[1]?.[1]).toEqual({ text: '=HYPERLINK("x")', kind: 'text' });
    expect(t.rows[1]?.[2]?.kind).toBe('date');
    expect(t.rows[1]?.[2]?.text).toBe('1990-05-21');
    expect(t.rows[2]?.[0]?.kind).toBe('number');
    expect(t.rows[2]?.[1]?.text).toBe('@warga');
    await expect(readTable(path, { sheet: 'Tidak ada' })).rejects.toThrow(/Lembar "Tidak ada" tidak ada/);
  });

  it('reads only the first rows on the first pass, yet lists every sheet', async () => {
    const rows = Array.from({ length: 50 }, (_, i) => [`Baris ${i + 1}`]);
    const path = await writeXlsx({ Warga: rows, Lampiran: [['x']], Rekap: [['y']] });
    const t = await readPrefix(path, {}, 10);
    expect(t.sheets).toEqual(['Warga', 'Lampiran', 'Rekap']);
    expect(t.sheet).toBe('Warga');
    expect(t.rows.map((r) => r[0]?.text)).toEqual(rows.slice(0, 10).map((r) => r[0]));
  });

  it('finds the header under a title block and merges a two-row header', async () => {
    const path = await writeXlsx(
      {
        Warga: [
          ['DATA WARGA DESA TRITIH WETAN'],
          ['Tahun 2026'],
          [],
          ['NO', 'NIK', 'Nama Lengkap', 'ALAMAT', null, null],
          [null, null, null, 'DESA', 'RT', 'RW'],
          ['1', '3301084105900001', 'Siti Contoh', 'Tritih Wetan', '001', '002'],
        ],
      },
      { Warga: ['D4:F4'] },
    );
    const t = await readTable(path);
    const h = detectHeader(t.rows);
    expect(h.headerRow).toBe(3);
    expect(h.headerRows).toBe(2);
    expect(h.headers).toEqual(['NO', 'NIK', 'Nama Lengkap', 'ALAMAT › DESA', 'ALAMAT › RT', 'ALAMAT › RW']);
    const m = suggestMapping(h.headers, t.rows.slice(5));
    expect(m.columns).toMatchObject({
      nik: 'NIK',
      name: 'Nama Lengkap',
      desa: 'ALAMAT › DESA',
      rt: 'ALAMAT › RT',
      rw: 'ALAMAT › RW',
    });
  });

  it('detects Windows-1252 and `;` in a CSV, keeping every cell as text', async () => {
    const path = join(tempDir(), 'warga.csv');
    const text =
      'NOMOR INDUK KEPENDUDUKAN;NAMA KK;L/P;KETERANGAN\r\n3301084105900001;Sëtyaningsih;P;=1+1\r\n';
    writeFileSync(path, Buffer.from(text, 'latin1'));
    const t = await readTable(path);
    expect(t.encoding).toBe('windows-1252');
    expect(t.delimiter).toBe(';');
    expect(t.rows[1]?.map((c) => c.text)).toEqual(['3301084105900001', 'Sëtyaningsih', 'P', '=1+1']);
    const m = suggestMapping(detectHeader(t.rows).headers, t.rows.slice(1));
    expect(m.columns).toMatchObject({
      nik: 'NOMOR INDUK KEPENDUDUKAN',
      name: 'NAMA KK',
      sex: 'L/P',
      notes: 'KETERANGAN',
    });
  });

  it('reads UTF-8 with `,` and refuses other file types in Indonesian', async () => {
    const path = join(tempDir(), 'warga.csv');
    writeFileSync(path, 'No. NIK,Nama\n3301084105900001,"Budi, S.Pd"\n', 'utf8');
    const t = await readTable(path);
    expect([t.encoding, t.delimiter]).toEqual(['utf-8', ',']);
    expect(t.rows[1]?.[1]?.text).toBe('Budi, S.Pd');
    await expect(readTable(join(tempDir(), 'x.ods'))).rejects.toThrow(/pilih berkas \.xlsx atau \.csv/);
  });

  it('reads a Windows-1252 "Ñ"/"é" file right by default and shows what a wrong override does', async () => {
    const path = join(tempDir(), 'cp1252.csv');
    writeFileSync(path, Buffer.from('NAMA;DESA\r\nJosé Nuñez;Tritih Wetan\r\n', 'latin1'));
    const auto = await readTable(path);
    expect(auto.detected).toEqual({ encoding: 'windows-1252', delimiter: ';' });
    expect(auto.rows[1]?.[0]?.text).toBe('José Nuñez');
    const wrong = await readTable(path, { encoding: 'utf-8' });
    expect([wrong.encoding, wrong.detected?.encoding]).toEqual(['utf-8', 'windows-1252']);
    expect(wrong.rows[1]?.[0]?.text).toBe('Jos\uFFFD Nu\uFFFDez');
    const chosen = await readTable(path, { encoding: 'windows-1252' });
    expect(chosen.rows[1]?.[0]?.text).toBe('José Nuñez');
  });

  it('reads a `;` file whose commas outnumber its semicolons wrongly by default, right with the override', async () => {
    const path = join(tempDir(), 'alamat.csv');
    const row = (n: number): string => `Budi ${n}, S.Pd;L;Jl. Mawar, Gg. ${n}, No. 2, Blok C`;
    writeFileSync(path, ['NAMA;L/P;ALAMAT', row(1), row(2), row(3)].join('\n'), 'utf8');
    const auto = await readTable(path);
    expect(auto.delimiter).toBe(',');
    expect(auto.rows[0]?.map((c) => c.text)).toEqual(['NAMA;L/P;ALAMAT']);
    const fixed = await readTable(path, { delimiter: ';' });
    expect([fixed.delimiter, fixed.detected?.delimiter]).toEqual([';', ',']);
    expect(fixed.rows[1]?.map((c) => c.text)).toEqual([
      'Budi 1, S.Pd',
      'L',
      'Jl. Mawar, Gg. 1, No. 2, Blok C',
    ]);
  });

  it('detects UTF-16 by its byte-order mark and a tab delimiter (Excel "Unicode Text"), and a pipe', async () => {
    const path = join(tempDir(), 'unicode.csv');
    const text = '\uFEFFNAMA\tL/P\r\nSëtyaningsih\tP\r\n';
    writeFileSync(path, Buffer.from(text, 'utf16le'));
    const t = await readTable(path);
    expect(t.detected).toEqual({ encoding: 'utf-16le', delimiter: '\t' });
    expect(t.rows[1]?.map((c) => c.text)).toEqual(['Sëtyaningsih', 'P']);
    const pipe = join(tempDir(), 'pipa.csv');
    writeFileSync(pipe, 'NAMA|L/P\nBudi, S.Pd|L\n', 'utf8');
    expect((await readTable(pipe)).rows[1]?.map((c) => c.text)).toEqual(['Budi, S.Pd', 'L']);
  });
});
