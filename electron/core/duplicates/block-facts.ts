// Numeric blocking facts per person record (NIK halves, birth day and year, sex, desa, name-word prefixes), built once per scan.
import type { PersonColumns } from './columns.ts';

/**
 * Codes of one to three letters or digits (37 symbols, 0 for none): a name word's first three characters, and
 * (from PREFIX_SPACE on) the last three of a word of five or more, so a typo in a word's first letters still
 * shares its ending.
 */
export const PREFIX_SPACE = 37 ** 3;
const CODE_SPACE = 2 * PREFIX_SPACE;
/** Words this long also block on their last three characters. */
const SUFFIX_FROM = 5;
const YEAR_SPACE = 10_000;
const DESA_SPACE = 1 << 20;

export interface BlockFacts {
  /** Whether the record has a NIK (any form), and whether it is the 16 digits the one-edit keys work on. */
  hasNik: Uint8Array;
  nik16: Uint8Array;
  /** First and last eight digits of a 16-digit NIK (each below 10^8). */
  hi: Int32Array;
  lo: Int32Array;
  /** Birth month and day with sex ((month × 32 + day) × 3 + sex), or -1 without a birth date. */
  base: Int32Array;
  /** The same with day and month swapped (a date told from memory), or -1 when that is no other date. */
  swapped: Int32Array;
  year: Int32Array;
  /** Birth date, sex and desa as one number ('e' blocks), NaN without a birth date. */
  dateDesa: Float64Array;
  /** The codes of record i's name words' first three characters (words of two or more), sorted, distinct. */
  prefixes(i: number): readonly number[];
}

const symbol = (c: number): number => {
  if (c >= 97 && c <= 122) return c - 96;
  if (c >= 48 && c <= 57) return c - 21;
  return 0;
};

const code3 = (w: string, at: number): number => {
  const c = (k: number): number => (k < w.length ? symbol(w.charCodeAt(k)) : 0);
  return (c(at) * 37 + c(at + 1)) * 37 + c(at + 2);
};

/** The sorted distinct codes of a name key's words: each word's first three characters, a long word's last three. */
export function prefixCodes(key: string): number[] {
  const codes = new Set<number>();
  for (const w of key.split(' ')) {
    if (w.length < 2) continue;
    codes.add(code3(w, 0));
    if (w.length >= SUFFIX_FROM) codes.add(PREFIX_SPACE + code3(w, w.length - 3));
  }
  return [...codes].sort((a, b) => a - b);
}

const SEX: Readonly<Record<string, number>> = { L: 0, P: 1 };

/** The 'w' block key: birth month, day and sex, one name-word prefix and a birth year. */
export const wordKey = (base: number, prefix: number, year: number): number =>
  (base * CODE_SPACE + prefix) * YEAR_SPACE + year;

/** Prefix codes per distinct name key (names repeat: each is split once). */
function prefixesByName(cols: PersonColumns): (i: number) => readonly number[] {
  const byName = new Map<number, readonly number[]>();
  return (i) => {
    const at = cols.nameOf[i] ?? 0;
    let codes = byName.get(at);
    if (codes === undefined) {
      codes = prefixCodes(cols.strings[at] ?? '');
      byName.set(at, codes);
    }
    return codes;
  };
}

export function blockFacts(cols: PersonColumns): BlockFacts {
  const n = cols.size;
  const f: BlockFacts = {
    hasNik: cols.nikKind.map((k) => (k === 0 ? 0 : 1)),
    nik16: cols.nikKind.map((k) => (k === 1 ? 1 : 0)),
    hi: cols.nikHi,
    lo: cols.nikLo,
    base: new Int32Array(n).fill(-1),
    swapped: new Int32Array(n).fill(-1),
    year: new Int32Array(n),
    dateDesa: new Float64Array(n).fill(Number.NaN),
    prefixes: prefixesByName(cols),
  };
  const desas = new Map<number, number>();
  for (let i = 0; i < n; i++) {
    const d = cols.strings[cols.birthOf[i] ?? -1];
    if (!d) continue;
    const year = Number(d.slice(0, 4));
    const month = Number(d.slice(5, 7));
    const day = Number(d.slice(8, 10));
    if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) continue;
    if (year < 1 || year > YEAR_SPACE - 2 || month < 0 || month > 12 || day < 0 || day > 31) continue;
    const sex = SEX[cols.strings[cols.sexOf[i] ?? 0] ?? ''] ?? 2;
    const base = (month * 32 + day) * 3 + sex;
    if (day >= 1 && day <= 12 && day !== month) f.swapped[i] = (day * 32 + month) * 3 + sex;
    const at = cols.desaOf[i] ?? 0;
    let desa = desas.get(at);
    if (desa === undefined) {
      desa = desas.size % DESA_SPACE;
      desas.set(at, desa);
    }
    f.base[i] = base;
    f.year[i] = year;
    f.dateDesa[i] = (year * 1248 + base) * DESA_SPACE + desa;
  }
  return f;
}
