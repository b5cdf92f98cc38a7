// Bech32 (BIP 173) encoding, used to turn raw X25519 keys into age's `age1…` / `AGE-SECRET-KEY-1…` strings.
/**
 * age-encryption does not export a helper that turns raw key bytes into its string forms, and its own
 * bech32 dependency is not ours to import, so this is the ~60-line reference algorithm. Unlike BIP 173,
 * and like age, there is no 90-character limit (an age identity is 74 characters).
 */
const CHARSET = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l';
const GENERATOR = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3];

function polymod(values: readonly number[]): number {
  let chk = 1;
  for (const v of values) {
    const top = chk >>> 25;
    chk = ((chk & 0x1ffffff) << 5) ^ v;
    for (let i = 0; i < 5; i++) if ((top >>> i) & 1) chk ^= GENERATOR[i] ?? 0;
  }
  return chk >>> 0;
}

const hrpExpand = (hrp: string): number[] => {
  const codes = [...hrp].map((c) => c.charCodeAt(0));
  return [...codes.map((c) => c >> 5), 0, ...codes.map((c) => c & 31)];
};

/** Regroups bits (8→5 with padding to encode, 5→8 without padding to decode). */
function convertBits(data: ArrayLike<number>, from: number, to: number, pad: boolean): number[] {
  let acc = 0;
  let bits = 0;
  const out: number[] = [];
  const maxv = (1 << to) - 1;
  for (let i = 0; i < data.length; i++) {
    const value = data[i] ?? 0;
    if (value < 0 || value >> from !== 0) throw new Error('bech32: value out of range');
    acc = (acc << from) | value;
    bits += from;
    while (bits >= to) {
      bits -= to;
      out.push((acc >> bits) & maxv);
    }
  }
  if (pad) {
    if (bits > 0) out.push((acc << (to - bits)) & maxv);
  } else if (bits >= from || ((acc << (to - bits)) & maxv) !== 0) {
    throw new Error('bech32: invalid padding');
  }
  return out;
}

export const toWords = (bytes: Uint8Array): number[] => convertBits(bytes, 8, 5, true);
export const fromWords = (words: readonly number[]): Uint8Array =>
  Uint8Array.from(convertBits(words, 5, 8, false));

/** Encodes 5-bit words under a human-readable part; the result is lower case. */
export function encodeWords(hrp: string, words: readonly number[]): string {
  const lower = hrp.toLowerCase();
  if (lower.length < 1 || [...lower].some((c) => c.charCodeAt(0) < 33 || c.charCodeAt(0) > 126)) {
    throw new Error('bech32: invalid human-readable part');
  }
  const mod = polymod([...hrpExpand(lower), ...words, 0, 0, 0, 0, 0, 0]) ^ 1;
  const checksum = [0, 1, 2, 3, 4, 5].map((i) => (mod >>> (5 * (5 - i))) & 31);
  return `${lower}1${[...words, ...checksum].map((w) => CHARSET[w]).join('')}`;
}

/** Decodes a bech32 string (all lower or all upper case) into its lower-case hrp and 5-bit words. */
export function decodeWords(text: string): { hrp: string; words: number[] } {
  if (text !== text.toLowerCase() && text !== text.toUpperCase()) throw new Error('bech32: mixed case');
  const s = text.toLowerCase();
  const sep = s.lastIndexOf('1');
  if (sep < 1 || s.length - sep - 1 < 6) throw new Error('bech32: missing separator or checksum');
  const hrp = s.slice(0, sep);
  if ([...hrp].some((c) => c.charCodeAt(0) < 33 || c.charCodeAt(0) > 126)) {
    throw new Error('bech32: invalid human-readable part');
  }
  const data = [...s.slice(sep + 1)].map((c) => {
    const v = CHARSET.indexOf(c);
    if (v < 0) throw new Error('bech32: invalid character');
    return v;
  });
  if (polymod([...hrpExpand(hrp), ...data]) !== 1) throw new Error('bech32: bad checksum');
  return { hrp, words: data.slice(0, -6) };
}

export const encodeBytes = (hrp: string, bytes: Uint8Array): string => encodeWords(hrp, toWords(bytes));

export function decodeBytes(text: string): { hrp: string; bytes: Uint8Array } {
  const { hrp, words } = decodeWords(text);
  return { hrp, bytes: fromWords(words) };
}
