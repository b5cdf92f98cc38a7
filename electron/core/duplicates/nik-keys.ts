// NIK block keys as exact numbers: the NIK itself, with one digit left out (a typo), or with two adjacent digits unordered (a swap).
import type { BlockFacts } from './block-facts.ts';

const POW10 = [1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8] as const;
const pow = (k: number): number => POW10[k] ?? 10 ** k;

/** The eight-digit number `x` without its digit at `at` (0 = leftmost): seven digits. */
const without = (x: number, at: number): number => {
  const p = pow(7 - at);
  return Math.floor(x / (p * 10)) * p + (x % p);
};

/** The eight-digit number `x` without its digits at `at` and `at + 1`: six digits. */
const withoutTwo = (x: number, at: number): number => {
  const p = pow(6 - at);
  return Math.floor(x / (p * 100)) * p + (x % p);
};

const digitOf = (x: number, at: number): number => Math.floor(x / pow(7 - at)) % 10;

/** 0…54: the unordered pair of two digits. */
const pairCode = (a: number, b: number): number => {
  const l = Math.min(a, b);
  return 10 * l - (l * (l - 1)) / 2 + (Math.max(a, b) - l);
};

/** A NIK family parsed once: its kind and the digit position it is about. */
interface Family {
  kind: 'n' | 'm' | 't';
  at: number;
}

const parse = (family: string): Family => ({
  kind: family[0] === 'm' ? 'm' : family[0] === 't' ? 't' : 'n',
  at: Number(family.slice(1) || 0),
});

function keyOf(hi: number, lo: number, { kind, at }: Family): number {
  if (kind === 'n') return hi * 1e8 + lo;
  if (kind === 'm') return at < 8 ? without(hi, at) * 1e8 + lo : hi * 1e7 + without(lo, at - 8);
  const first = at < 8 ? digitOf(hi, at) : digitOf(lo, at - 8);
  const second = at < 7 ? digitOf(hi, at + 1) : digitOf(lo, at - 7);
  const rest =
    at < 7
      ? withoutTwo(hi, at) * 1e8 + lo
      : at === 7
        ? Math.floor(hi / 10) * 1e7 + (lo % 1e7)
        : hi * 1e6 + withoutTwo(lo, at - 8);
  return rest * 55 + pairCode(first, second);
}

/**
 * Every person's key in one NIK family, exact below 2^53: 'n' the 16-digit NIK (rounded above 2^53: members
 * are checked for equal NIKs), 'mII' the 15 digits left when digit II is left out, 'tII' the 14 digits left when
 * digits II and II+1 are left out, times 55, plus their unordered pair. NaN without a 16-digit NIK. Written into
 * `out` when given (as long as the records: one buffer for every family), else into a new array.
 */
export function nikKeys(
  f: BlockFacts,
  family: string,
  out: Float64Array = new Float64Array(f.nik16.length),
): Float64Array {
  const fam = parse(family);
  for (let i = 0; i < out.length; i++) {
    out[i] = f.nik16[i] === 1 ? keyOf(f.hi[i] ?? 0, f.lo[i] ?? 0, fam) : Number.NaN;
  }
  return out;
}
