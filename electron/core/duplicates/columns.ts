// Person records as columns (typed arrays, repeated strings interned once): what blocking and scoring read, at a fraction of one object per record.
import type { DupPerson } from './match.ts';
import { isNik16 } from './nik.ts';

/**
 * What blocking reads of every record, by index, and `person(i)` for the matchers (built on demand, so a
 * scan holds no object per record).
 */
export interface PersonColumns {
  size: number;
  /** 0: no NIK; 1: the 16 digits, in nikHi (first eight) and nikLo (last eight); 2: another form, in otherNik. */
  nikKind: Uint8Array;
  nikHi: Int32Array;
  nikLo: Int32Array;
  otherNik: ReadonlyMap<number, string>;
  /** Index in `strings` of the name key, the sex, the birth date (-1: none) and the desa code. */
  nameOf: Uint32Array;
  sexOf: Uint32Array;
  birthOf: Int32Array;
  desaOf: Uint32Array;
  /** Every distinct string the columns refer to, once. */
  strings: readonly string[];
  person(i: number): DupPerson;
}

/** A NIK's two halves as numbers, or null when it is not 16 digits. */
export const nikHalves = (nik: string): [number, number] | null =>
  isNik16(nik) ? [Number(nik.slice(0, 8)), Number(nik.slice(8))] : null;

/** The 16-digit NIK whose halves these are. */
export const nikOfHalves = (hi: number, lo: number): string =>
  `${String(hi).padStart(8, '0')}${String(lo).padStart(8, '0')}`;

/** Strings interned: each distinct value stored once and referred to by its index. */
export class StringPool {
  readonly values: string[] = [];
  private readonly index = new Map<string, number>();
  of(s: string): number {
    let i = this.index.get(s);
    if (i === undefined) {
      i = this.values.length;
      this.values.push(s);
      this.index.set(s, i);
    }
    return i;
  }
}

/** A copy of a typed array at a larger size. */
export const grown = <T extends Uint8Array | Int32Array | Uint32Array | Float64Array>(
  a: T,
  size: number,
): T => {
  const next = new (a.constructor as new (n: number) => T)(size);
  next.set(a);
  return next;
};

/** The per-record columns a builder appends to, grown by doubling. */
export class ColumnArrays {
  size = 0;
  nikKind = new Uint8Array(1024);
  nikHi = new Int32Array(1024);
  nikLo = new Int32Array(1024);
  nameOf = new Uint32Array(1024);
  sexOf = new Uint32Array(1024);
  birthOf = new Int32Array(1024);
  desaOf = new Uint32Array(1024);
  readonly otherNik = new Map<number, string>();
  readonly pool = new StringPool();

  /** Appends one record's blocking facts; returns its index. */
  push(r: { nik: string | null; key: string; sex: string; birthDate: string | null; desa: string }): number {
    const i = this.size;
    if (i === this.nikKind.length) this.grow(i * 2);
    const nik = r.nik?.trim() ?? '';
    const halves = nik === '' ? null : nikHalves(nik);
    if (halves) {
      this.nikKind[i] = 1;
      [this.nikHi[i], this.nikLo[i]] = halves;
    } else if (nik !== '') {
      this.nikKind[i] = 2;
      this.otherNik.set(i, nik);
    }
    this.nameOf[i] = this.pool.of(r.key);
    this.sexOf[i] = this.pool.of(r.sex);
    this.birthOf[i] = r.birthDate ? this.pool.of(r.birthDate) : -1;
    this.desaOf[i] = this.pool.of(r.desa);
    this.size = i + 1;
    return i;
  }

  protected grow(size: number): void {
    this.nikKind = grown(this.nikKind, size);
    this.nikHi = grown(this.nikHi, size);
    this.nikLo = grown(this.nikLo, size);
    this.nameOf = grown(this.nameOf, size);
    this.sexOf = grown(this.sexOf, size);
    this.birthOf = grown(this.birthOf, size);
    this.desaOf = grown(this.desaOf, size);
  }

  /** The NIK of record i as written (trimmed), or null. */
  nik(i: number): string | null {
    const kind = this.nikKind[i];
    if (kind === 1) return nikOfHalves(this.nikHi[i] ?? 0, this.nikLo[i] ?? 0);
    return kind === 2 ? (this.otherNik.get(i) ?? null) : null;
  }

  /** The columns cut to the records appended, with `person` for the matchers. */
  view(person: (i: number) => DupPerson): PersonColumns {
    const n = this.size;
    return {
      size: n,
      nikKind: this.nikKind.subarray(0, n),
      nikHi: this.nikHi.subarray(0, n),
      nikLo: this.nikLo.subarray(0, n),
      otherNik: this.otherNik,
      nameOf: this.nameOf.subarray(0, n),
      sexOf: this.sexOf.subarray(0, n),
      birthOf: this.birthOf.subarray(0, n),
      desaOf: this.desaOf.subarray(0, n),
      strings: this.pool.values,
      person,
    };
  }

  /** The string at a pool index (-1: null). */
  str(at: number): string | null {
    return at < 0 ? null : (this.pool.values[at] ?? null);
  }
}

/** Columns over records already held as objects (tests, the bench's brute-force sample). */
export function columnsOf(persons: readonly DupPerson[]): PersonColumns {
  const c = new ColumnArrays();
  for (const p of persons) c.push(p);
  return c.view((i) => persons[i] as DupPerson);
}
