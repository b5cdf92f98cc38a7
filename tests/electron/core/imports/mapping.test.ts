// Column mapping suggested from the header names Indonesian offices use (per kind of file) and from sample values.
import { describe, expect, it } from 'vitest';
import { fieldOfHeader, suggestMapping } from '../../../../electron/core/imports/mapping.ts';

describe('mapping suggestions', () => {
  it('knows the headers offices use', () => {
    const names: [string, string][] = [
      ['No. NIK', 'nik'],
      ['NOMOR INDUK KEPENDUDUKAN', 'nik'],
      ['Nama Lengkap', 'name'],
      ['NAMA KK', 'name'],
      ['TGL LAHIR', 'birthDate'],
      ['JK', 'sex'],
      ['L/P', 'sex'],
      ['NO KK', 'noKk'],
      ['ALAMAT', 'address'],
      ['RT', 'rt'],
      ['RW', 'rw'],
      ['DESA', 'desa'],
      ['HUBUNGAN', 'relationship'],
    ];
    expect(names.map(([h]) => fieldOfHeader(h))).toEqual(names.map(([, f]) => f));
    expect(fieldOfHeader('Kolom Bebas')).toBeNull();
  });
  it("knows a complaint log's and a BNBA's own headers, only for their kind", () => {
    expect(
      ['TGL PENGADUAN', 'JENIS', 'KATEGORI', 'SUMBER', 'ISI PENGADUAN', 'NAMA PELAPOR'].map((h) =>
        fieldOfHeader(h, 'cases'),
      ),
    ).toEqual(['caseDate', 'caseKind', 'caseCategory', 'caseChannel', 'description', 'reporterName']);
    expect(
      ['JENIS BANTUAN', 'STATUS', 'TMT', 'NAMA PENERIMA'].map((h) => fieldOfHeader(h, 'programs')),
    ).toEqual(['program', 'programStatus', 'periodStart', 'name']);
    // A residents file never maps them: STATUS or URAIAN there is just another column.
    expect(['STATUS', 'URAIAN', 'PROGRAM'].map((h) => fieldOfHeader(h))).toEqual([null, null, null]);
  });
  it('suggests from sample values when a header says nothing', () => {
    const t = (text: string) => ({ text, kind: 'text' as const });
    const m = suggestMapping(
      ['A', 'B', 'Nama'],
      [
        [t('3301084105900001'), t('L'), t('X')],
        [t('3301084105900002'), t('P'), t('Y')],
      ],
    );
    expect(m.columns).toEqual({ nik: 'A', sex: 'B', name: 'Nama' });
  });
  it("leaves the error workbook's own columns unmapped when the fixed workbook comes back", () => {
    const headers = ['NIK', 'Nama', 'KETERANGAN', 'Baris asal', 'Status', 'Keterangan'];
    expect(suggestMapping(headers, [], 'cases').columns).toEqual({
      nik: 'NIK',
      name: 'Nama',
      notes: 'KETERANGAN',
    });
    // The same names in a file of the office's own are suggested as usual.
    expect(suggestMapping(['NIK', 'Status', 'Keterangan'], [], 'cases').columns).toMatchObject({
      caseStatus: 'Status',
      notes: 'Keterangan',
    });
  });
});
