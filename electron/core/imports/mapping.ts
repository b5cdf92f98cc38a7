// Header-row detection (title block above, two header rows merged) and column mapping suggested from Indonesian headers and sample values.
import type { RawCell } from './read.ts';

import {
  fieldsOfKind,
  type ImportField,
  type ImportKind,
  type ImportMapping,
} from '../../../shared/types/imports.ts';

export {
  PERSON_IMPORT_FIELDS,
  type CsvOptions,
  type ImportField,
  type ImportKind,
  type ImportMapping,
  type PersonImportField,
  type UpdateGroup,
} from '../../../shared/types/imports.ts';

/** Normalised header: upper case, punctuation to single spaces. */
export const normHeader = (s: string): string =>
  s
    .toUpperCase()
    .replace(/[^A-Z0-9/]+/g, ' ')
    .trim();

/** Header names seen in office spreadsheets, normalised; the first match wins, so order specific before general. */
const SYNONYMS: readonly (readonly [ImportField, readonly string[]])[] = [
  ['noKk', ['NO KK', 'NOMOR KK', 'NO KARTU KELUARGA', 'NOMOR KARTU KELUARGA', 'NKK', 'KK']],
  ['nik', ['NIK', 'NO NIK', 'NOMOR NIK', 'NOMOR INDUK KEPENDUDUKAN', 'NO KTP', 'NIK KTP']],
  ['name', ['NAMA', 'NAMA LENGKAP', 'NAMA KK', 'NAMA ANGGOTA', 'NAMA WARGA', 'NAMA PENERIMA', 'NAMA ART']],
  ['sex', ['JK', 'L/P', 'JENIS KELAMIN', 'KELAMIN', 'SEX', 'L P']],
  ['birthPlace', ['TEMPAT LAHIR', 'TMP LAHIR', 'TPT LAHIR']],
  ['birthDate', ['TGL LAHIR', 'TANGGAL LAHIR', 'TGL LHR', 'TANGGAL LHR', 'LAHIR']],
  ['relationship', ['HUBUNGAN', 'HUBUNGAN KELUARGA', 'SHDK', 'STATUS HUBUNGAN', 'HUB KELUARGA', 'HUB KK']],
  ['address', ['ALAMAT', 'ALAMAT LENGKAP', 'JALAN']],
  ['rt', ['RT']],
  ['rw', ['RW']],
  ['dusun', ['DUSUN', 'DUKUH', 'PEDUKUHAN']],
  [
    'desa',
    [
      'DESA',
      'KODE DESA',
      'KELURAHAN',
      'DESA/KELURAHAN',
      'DESA KELURAHAN',
      'NAMA DESA',
      'KEL/DESA',
      'KEL DESA',
    ],
  ],
  ['phone', ['NO HP', 'HP', 'TELEPON', 'NO TELP', 'TELP', 'NOMOR HP']],
  ['religion', ['AGAMA']],
  ['occupation', ['PEKERJAAN', 'PEKERJAAN UTAMA']],
  ['notes', ['KETERANGAN', 'CATATAN', 'KET']],
  // A program recipient list (BNBA).
  ['program', ['PROGRAM', 'NAMA PROGRAM', 'JENIS BANTUAN', 'BANTUAN', 'BANSOS', 'JENIS BANSOS']],
  ['programStatus', ['STATUS', 'STATUS KEPESERTAAN', 'STATUS PENERIMA']],
  ['periodStart', ['TMT', 'MULAI', 'TANGGAL MULAI', 'TGL MULAI', 'PERIODE MULAI']],
  // A complaint or service log.
  [
    'caseDate',
    [
      'TANGGAL',
      'TGL',
      'TANGGAL PENGADUAN',
      'TGL PENGADUAN',
      'TANGGAL DITERIMA',
      'TGL MASUK',
      'TANGGAL LAPOR',
    ],
  ],
  ['caseKind', ['JENIS', 'JENIS LAYANAN', 'JENIS PENGADUAN', 'JENIS KASUS']],
  ['caseCategory', ['KATEGORI', 'KATEGORI MASALAH', 'KATEGORI PENGADUAN', 'TOPIK']],
  ['caseChannel', ['KANAL', 'SUMBER', 'MEDIA', 'CARA MELAPOR', 'KANAL PENGADUAN']],
  [
    'description',
    ['URAIAN', 'URAIAN MASALAH', 'ISI PENGADUAN', 'PENGADUAN', 'PERMASALAHAN', 'KELUHAN', 'ISI LAPORAN'],
  ],
  ['reporterName', ['PELAPOR', 'NAMA PELAPOR']],
  ['caseStatus', ['STATUS', 'STATUS KASUS', 'STATUS PENANGANAN', 'STATUS LAYANAN', 'STATUS PENGADUAN']],
  ['caseStatusNote', ['KETERANGAN STATUS', 'KET STATUS', 'ALASAN', 'ALASAN STATUS']],
];

const fieldOfHeaderPart = (part: string, kind?: ImportKind): ImportField | null => {
  const h = normHeader(part);
  if (h === '') return null;
  const allowed = kind ? fieldsOfKind(kind) : null;
  for (const [field, names] of SYNONYMS)
    if (names.includes(h) && (!allowed || allowed.includes(field))) return field;
  return null;
};

/** The field a (possibly two-level) header names for a kind: the lower, more specific part first, then the whole. */
export function fieldOfHeader(header: string, kind: ImportKind = 'persons'): ImportField | null {
  const parts = header.split(' › ');
  for (const p of [...parts].reverse()) {
    const f = fieldOfHeaderPart(p, kind);
    if (f) return f;
  }
  return fieldOfHeaderPart(parts.join(' '), kind);
}

const rowScore = (row: RawCell[] | undefined): number =>
  (row ?? []).filter((c) => c.kind === 'text' && fieldOfHeaderPart(c.text) !== null).length;

export interface HeaderInfo {
  /** 0-based index of the (first) header row. */
  headerRow: number;
  /** How many rows the header takes (1, or 2 when merged cells span two rows). */
  headerRows: 1 | 2;
  /** One header text per column; a two-row header reads "TOP › BOTTOM". */
  headers: string[];
}

/**
 * The header is the row among the first 30 naming the most known fields (a title block above it names
 * none). When the row below holds texts under blank or merged cells of the header (ALAMAT over Desa / RT /
 * RW), the two rows are merged: a blank top cell carries the text of the merged cell to its left.
 */
export function detectHeader(rows: RawCell[][], forced?: number): HeaderInfo {
  let best = forced ?? 0;
  if (forced === undefined) {
    let bestScore = -1;
    for (let i = 0; i < Math.min(rows.length, 30); i++) {
      const s = rowScore(rows[i]);
      if (s > bestScore) [best, bestScore] = [i, s];
    }
  }
  const top = rows[best] ?? [];
  const below = rows[best + 1] ?? [];
  const width = Math.max(top.length, below.length);
  const belowTexts = below.filter((c) => c.kind === 'text' && c.text.trim() !== '');
  const twoRows =
    belowTexts.length > 0 &&
    belowTexts.length === below.filter((c) => c.kind !== 'empty').length &&
    rowScore(below) > 0 &&
    below.some((c, i) => c.kind === 'text' && (top[i]?.text.trim() ?? '') === '');
  if (!twoRows) return { headerRow: best, headerRows: 1, headers: top.map((c) => c.text.trim()) };
  const headers: string[] = [];
  let carried = '';
  for (let i = 0; i < width; i++) {
    const t = top[i]?.text.trim() ?? '';
    const b = below[i]?.text.trim() ?? '';
    if (t !== '') carried = t;
    const upper = t !== '' ? t : b !== '' ? carried : '';
    headers.push(upper && b ? `${upper} › ${b}` : upper || b);
  }
  return { headerRow: best, headerRows: 2, headers };
}

const SIXTEEN = /^\d{16}$/;

/** The columns the error workbook (report.ts) adds after the file's own: never a field of the fixed file. */
export const REPORT_COLUMNS = ['Baris asal', 'Status', 'Keterangan'] as const;

/** How many last columns are the error workbook's own (the clerk fixed it and imports it again), else 0. */
const reportColumnsAtEnd = (headers: readonly string[]): number =>
  headers.length > REPORT_COLUMNS.length &&
  REPORT_COLUMNS.every((h, i) => headers[headers.length - REPORT_COLUMNS.length + i] === h)
    ? REPORT_COLUMNS.length
    : 0;

/** A mapping suggested from the headers, then from sample values for columns whose header said nothing. */
export function suggestMapping(
  headers: string[],
  sample: RawCell[][],
  kind: ImportKind = 'persons',
): ImportMapping {
  const columns: Partial<Record<ImportField, string>> = {};
  const own = headers.slice(0, headers.length - reportColumnsAtEnd(headers));
  own.forEach((h) => {
    const f = fieldOfHeader(h, kind);
    if (f && columns[f] === undefined) columns[f] = h;
  });
  own.forEach((h, i) => {
    if (h === '' || fieldOfHeader(h, kind)) return;
    const values = sample.map((r) => r[i]?.text.trim() ?? '').filter((v) => v !== '');
    if (values.length === 0) return;
    const all = (re: RegExp): boolean => values.every((v) => re.test(v));
    if (all(SIXTEEN) && columns.nik === undefined) columns.nik = h;
    else if (all(SIXTEEN) && columns.noKk === undefined) columns.noKk = h;
    else if (all(/^(L|P|LAKI-LAKI|PEREMPUAN)$/i) && columns.sex === undefined) columns.sex = h;
  });
  return { kind, columns };
}

/** The column index of each mapped field; a mapped header missing from the file is an Indonesian error. */
export function columnIndexes(
  mapping: ImportMapping,
  headers: string[],
): { index: Partial<Record<ImportField, number>>; missing: string[] } {
  const index: Partial<Record<ImportField, number>> = {};
  const missing: string[] = [];
  const norm = headers.map(normHeader);
  for (const f of fieldsOfKind(mapping.kind)) {
    const h = mapping.columns[f];
    if (h === undefined) continue;
    const i = norm.indexOf(normHeader(h));
    if (i < 0) missing.push(`Kolom "${h}" (untuk ${f}) tidak ada di berkas.`);
    else index[f] = i;
  }
  return { index, missing };
}
