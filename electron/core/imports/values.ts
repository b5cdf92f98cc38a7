// Cell values to register values: NIK / No KK as exact text, dates decided per column, sex and relationship codes.
import { FAMILY_RELATIONSHIPS } from '../../../shared/reference/dukcapil.ts';
import type { RawCell } from './read.ts';

export type Parsed<T> = { ok: true; value: T } | { ok: false; reason: string };

const EXCEL_FIX =
  'Perbaiki di Excel: blok kolom itu, Format Cells → Text, lalu ketik ulang nomornya (atau ekspor ulang dari sistem sumber sebagai teks); jangan hanya mengganti format, karena digit yang hilang tidak kembali.';

/**
 * A 16-digit identifier (NIK, No KK) as exact text. A text cell is taken as typed (spaces, dots and
 * hyphens removed). A number cell is never provably exact for 16 digits (Excel keeps 15 significant
 * digits and turns the 16th into 0), and scientific notation (3.30101E+15) has lost digits too: both
 * are refused with how to fix the column.
 */
export function parseIdentifier(cell: RawCell | undefined, label: string): Parsed<string | null> {
  if (!cell || cell.kind === 'empty' || cell.text.trim() === '') return { ok: true, value: null };
  const t = cell.text.trim();
  if (/^\d+([.,]\d+)?E\+?\d+$/i.test(t)) {
    return {
      ok: false,
      reason: `${label} tertulis sebagai notasi ilmiah (${t}); digit terakhir sudah hilang. ${EXCEL_FIX}`,
    };
  }
  if (cell.kind === 'number' || cell.kind === 'formula') {
    const digits = String(cell.num ?? t).replace(/\D/g, '');
    if (digits.length >= 16 || (cell.num !== undefined && !Number.isSafeInteger(cell.num))) {
      return {
        ok: false,
        reason: `${label} tersimpan sebagai angka di Excel (hanya 15 digit yang tepat; digit ke-16 menjadi 0). ${EXCEL_FIX}`,
      };
    }
    return { ok: false, reason: `${label} harus 16 digit; sel berisi angka ${t}.` };
  }
  const digits = t.replace(/^'/, '').replace(/[\s.-]/g, '');
  if (!/^\d{16}$/.test(digits))
    return { ok: false, reason: `${label} harus 16 digit angka (tertulis "${t}").` };
  return { ok: true, value: digits };
}

const MONTHS: Record<string, number> = {
  JAN: 1,
  JANUARI: 1,
  FEB: 2,
  FEBRUARI: 2,
  PEB: 2,
  PEBRUARI: 2,
  MAR: 3,
  MARET: 3,
  APR: 4,
  APRIL: 4,
  MEI: 5,
  MAY: 5,
  JUN: 6,
  JUNI: 6,
  JUL: 7,
  JULI: 7,
  AGU: 8,
  AGT: 8,
  AGS: 8,
  AGUSTUS: 8,
  AUG: 8,
  SEP: 9,
  SEPT: 9,
  SEPTEMBER: 9,
  OKT: 10,
  OKTOBER: 10,
  OCT: 10,
  NOV: 11,
  NOPEMBER: 11,
  NOVEMBER: 11,
  DES: 12,
  DESEMBER: 12,
  DEC: 12,
};

export type DateOrder = 'DMY' | 'MDY';

const pad = (n: number): string => String(n).padStart(2, '0');

function isoOf(y: number, m: number, d: number): string | null {
  if (m < 1 || m > 12 || d < 1) return null;
  const dt = new Date(Date.UTC(y, m - 1, d));
  if (dt.getUTCMonth() !== m - 1) return null;
  return `${y}-${pad(m)}-${pad(d)}`;
}

/** Two-digit years: 00..(this year) → 20xx, the rest → 19xx (a birth date is never in the future). */
const fullYear = (y: number, thisYear: number): number =>
  y >= 100 ? y : y + 2000 <= thisYear ? y + 2000 : y + 1900;

/** Excel serial day → YYYY-MM-DD (1900 system). */
export const serialToIso = (serial: number): string =>
  new Date(Math.round((serial - 25_569) * 86_400_000)).toISOString().slice(0, 10);

const NUMERIC_DATE = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})$/;

/**
 * The day/month order of a column, decided over all its rows: a first part over 12 proves DMY, a second
 * part over 12 proves MDY; both proven is a column mixing orders (null); none proven keeps DMY, the
 * Indonesian order.
 */
export function decideDateOrder(cells: readonly (RawCell | undefined)[]): DateOrder | null {
  const tally = new DateOrderTally();
  for (const c of cells) tally.add(c);
  return tally.order();
}

/** The same decision taken row by row, for a column streamed past once (the dry run's second pass). */
export class DateOrderTally {
  private dmy = false;
  private mdy = false;

  add(c: RawCell | undefined): void {
    const m = c && c.kind === 'text' ? NUMERIC_DATE.exec(c.text.trim()) : null;
    if (!m) return;
    if (Number(m[1]) > 12) this.dmy = true;
    if (Number(m[2]) > 12) this.mdy = true;
  }

  order(): DateOrder | null {
    if (this.dmy && this.mdy) return null;
    return this.mdy ? 'MDY' : 'DMY';
  }
}

/**
 * A date (a birth date unless `label` says otherwise) from a date cell, an Excel serial, `21/05/1990`,
 * `21-05-90`, `1990-05-21` or `21 Mei 1990`.
 */
export function parseDate(
  cell: RawCell | undefined,
  order: DateOrder | null,
  thisYear: number,
  label = 'Tanggal lahir',
): Parsed<string | null> {
  if (!cell || cell.kind === 'empty' || cell.text.trim() === '') return { ok: true, value: null };
  if (cell.kind === 'date') return { ok: true, value: cell.text };
  const t = cell.text.trim();
  if (cell.kind === 'number' && cell.num !== undefined) {
    if (cell.num > 0 && cell.num < 80_000) return { ok: true, value: serialToIso(cell.num) };
    return { ok: false, reason: `${label} "${t}" bukan tanggal.` };
  }
  if (order === null) {
    return {
      ok: false,
      reason: `Kolom ${label.toLowerCase()} mencampur urutan HH/BB dan BB/HH; samakan formatnya di Excel (mis. 21/05/1990).`,
    };
  }
  let iso: string | null = null;
  const iso8601 = /^(\d{4})-(\d{2})-(\d{2})$/.exec(t);
  const num = NUMERIC_DATE.exec(t);
  const named = /^(\d{1,2})[\s-]+([A-Za-z]+)[\s-]+(\d{2}|\d{4})$/.exec(t);
  if (iso8601) iso = isoOf(Number(iso8601[1]), Number(iso8601[2]), Number(iso8601[3]));
  else if (num) {
    const [a, b] = [Number(num[1]), Number(num[2])];
    const y = fullYear(Number(num[3]), thisYear);
    iso = order === 'DMY' ? isoOf(y, b, a) : isoOf(y, a, b);
  } else if (named) {
    const m = MONTHS[(named[2] ?? '').toUpperCase()];
    if (m) iso = isoOf(fullYear(Number(named[3]), thisYear), m, Number(named[1]));
  }
  return iso
    ? { ok: true, value: iso }
    : { ok: false, reason: `${label} "${t}" tidak dikenali; tulis seperti 21/05/1990.` };
}

export function parseSex(cell: RawCell | undefined): Parsed<'L' | 'P' | null> {
  const t = (cell?.text ?? '').trim().toUpperCase();
  if (t === '') return { ok: true, value: null };
  if (['L', 'LK', 'LAKI-LAKI', 'LAKI LAKI', 'LAKI'].includes(t)) return { ok: true, value: 'L' };
  if (['P', 'PR', 'PEREMPUAN', 'WANITA'].includes(t)) return { ok: true, value: 'P' };
  return { ok: false, reason: `Jenis kelamin "${cell?.text ?? ''}" tidak dikenali; tulis L atau P.` };
}

const RELATION_ALIASES: Record<string, string> = {
  KK: 'KEPALA_KELUARGA',
  KEPALA: 'KEPALA_KELUARGA',
  'KEPALA KELUARGA': 'KEPALA_KELUARGA',
  ISTRI: 'ISTRI',
  ISTERI: 'ISTRI',
  SUAMI: 'SUAMI',
  ANAK: 'ANAK',
  'ANAK KANDUNG': 'ANAK',
  MENANTU: 'MENANTU',
  CUCU: 'CUCU',
  ORANGTUA: 'ORANGTUA',
  'ORANG TUA': 'ORANGTUA',
  MERTUA: 'MERTUA',
  'FAMILI LAIN': 'FAMILI_LAIN',
  PEMBANTU: 'PEMBANTU',
  LAINNYA: 'LAINNYA',
};

/** Relationship to the head as a Dukcapil code (label, code or the KK's number 1–11). */
export function parseRelationship(cell: RawCell | undefined): Parsed<string | null> {
  const t = (cell?.text ?? '').trim().toUpperCase().replace(/_/g, ' ');
  if (t === '') return { ok: true, value: null };
  const byAlias = RELATION_ALIASES[t];
  if (byAlias) return { ok: true, value: byAlias };
  const item = FAMILY_RELATIONSHIPS.items.find(
    (i) => i.label.toUpperCase() === t || i.code.replace(/_/g, ' ') === t || String(i.dukcapilNo) === t,
  );
  return item
    ? { ok: true, value: item.code }
    : {
        ok: false,
        reason: `Hubungan keluarga "${cell?.text ?? ''}" tidak dikenali (mis. Kepala Keluarga, Istri, Anak).`,
      };
}

/**
 * A plain text field: the cell's text as written (a leading `=`, `+`, `-` or `@` stays text, never
 * evaluated). The apostrophe our own exports put before such a text (formula neutraliser) is removed.
 */
export const textOf = (cell: RawCell | undefined): string | null => {
  const t = (cell?.text ?? '').trim().replace(/^'(?=[=+\-@])/, '');
  return t === '' ? null : t;
};
