// The reader: XLSX cell text and kind, sheet choice, a title block and a two-row merged header, a Windows-1252 `;` CSV.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { detectHeader, suggestMapping } from '../../../../electron/core/imports/mapping.ts';
import { readTable } from '../../../../electron/core/imports/read.ts';
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
});
