// Synthetic identifiers: NIKs consistent with region, sex and birth date, unique No KK, and mobile numbers.
import { words } from './names.ts';
import type { Rng } from './prng.ts';

/** Six NIK digits of a dotted kecamatan code: `33.01.08` → `330108`. */
export const kecDigits = (kecamatanCode: string): string => kecamatanCode.replaceAll('.', '').slice(0, 6);

/** DDMMYY of a birth date, with 40 added to the day for women (the NIK rule). */
export function nikDatePart(birthDate: string, sex: 'L' | 'P'): string {
  const day = Number(birthDate.slice(8, 10)) + (sex === 'P' ? 40 : 0);
  return `${String(day).padStart(2, '0')}${birthDate.slice(5, 7)}${birthDate.slice(2, 4)}`;
}

/**
 * Hands out 16-digit numbers that are unique in the register: it starts from every NIK / No KK
 * already there and draws serials (never 0000) until one is free.
 */
export class NumberPool {
  private readonly used: Set<string>;

  constructor(existing: Iterable<string>) {
    this.used = new Set(existing);
  }

  has(value: string): boolean {
    return this.used.has(value);
  }

  /** `prefix` (12 digits) + a free serial; low serials are the common ones. */
  take(prefix: string, rng: Rng): string {
    for (let attempt = 0; attempt < 200; attempt++) {
      const max = attempt < 20 ? 300 : attempt < 60 ? 2000 : 9999;
      const value = `${prefix}${String(rng.int(1, max)).padStart(4, '0')}`;
      if (!this.used.has(value)) {
        this.used.add(value);
        return value;
      }
    }
    for (let serial = 1; serial <= 9999; serial++) {
      const value = `${prefix}${String(serial).padStart(4, '0')}`;
      if (!this.used.has(value)) {
        this.used.add(value);
        return value;
      }
    }
    throw new Error(`No free serial left for ${prefix}`);
  }
}

/** A NIK first issued in `kecamatanCode` for a person of this sex and birth date. */
export const makeNik = (
  pool: NumberPool,
  kecamatanCode: string,
  sex: 'L' | 'P',
  birthDate: string,
  rng: Rng,
) => pool.take(`${kecDigits(kecamatanCode)}${nikDatePart(birthDate, sex)}`, rng);

/** A No KK issued in `kecamatanCode` on `issueDate` (digits 7–12 are the issue date, DDMMYY). */
export const makeNoKk = (pool: NumberPool, kecamatanCode: string, issueDate: string, rng: Rng) =>
  pool.take(`${kecDigits(kecamatanCode)}${nikDatePart(issueDate, 'L')}`, rng);

const MOBILE_PREFIXES = words('811 812 813 821 822 823 852 853 857 858 877 878 895 896 838');

/** An Indonesian mobile number in the stored +62 form (11–13 digits in the 08… form). */
export function mobileNumber(rng: Rng): string {
  const rest = rng.int(7, 9);
  let digits = '';
  for (let i = 0; i < rest; i++) digits += String(rng.int(0, 9));
  return `+62${rng.pick(MOBILE_PREFIXES)}${digits}`;
}
