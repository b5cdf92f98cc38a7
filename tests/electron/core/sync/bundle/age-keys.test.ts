// Bech32 against the BIP 173 vectors, and our age key strings against age-encryption's own derivation.
import { generateX25519Identity, identityToRecipient } from 'age-encryption';
import { describe, expect, it } from 'vitest';
import {
  ageIdentityOf,
  ageRecipientOf,
  rawKeyOfAgeString,
} from '../../../../../electron/core/sync/bundle/age-keys.ts';
import {
  decodeBytes,
  decodeWords,
  encodeBytes,
  encodeWords,
} from '../../../../../electron/core/sync/bundle/bech32.ts';
import { DINSOS } from '../../../../support/sync-keys.ts';

/** BIP 173, "Test vectors": valid bech32 strings. */
const VALID = [
  'A12UEL5L',
  'a12uel5l',
  'an83characterlonghumanreadablepartthatcontainsthenumber1andtheexcludedcharactersbio1tt5tgs',
  'abcdef1qpzry9x8gf2tvdw0s3jn54khce6mua7lmqqqxw',
  `11${'q'.repeat(82)}c8247j`, // hrp '1', 82 zero words
  'split1checkupstagehandshakeupstreamerranterredcaperred2y9e3w',
  '?1ezyfcl',
];

/** BIP 173: invalid strings (the length limit of 90 is not enforced, as in age). */
const INVALID = [
  '\x201nwldj5', // hrp character out of range
  '\x7f1axkwrx',
  'pzry9x0s0muk', // no separator
  '1pzry9x0s0muk', // empty hrp
  'x1b4n0q5v', // invalid data character
  'li1dgmt3', // too short checksum
  'de1lg7wt\xff', // invalid character in checksum
  'A1G7SGD8', // checksum calculated with upper-case hrp
  '10a06t8', // empty hrp
  '1qzzfhee',
  'A12uEL5L', // mixed case
];

describe('bech32', () => {
  it.each(VALID)('decodes and re-encodes the BIP 173 vector %s', (s) => {
    const { hrp, words } = decodeWords(s);
    expect(encodeWords(hrp, words)).toBe(s.toLowerCase());
  });

  it.each(INVALID)('refuses the invalid BIP 173 string %j', (s) => {
    expect(() => decodeWords(s)).toThrow(/bech32/);
  });

  it('round-trips bytes and refuses non-zero padding', () => {
    const bytes = Uint8Array.from({ length: 32 }, (_, i) => i * 7);
    expect(decodeBytes(encodeBytes('age', bytes))).toEqual({ hrp: 'age', bytes });
    // Two 5-bit words are 10 bits: one byte and two padding bits, which must be zero.
    expect(() => decodeBytes(encodeWords('x', [0, 1]))).toThrow(/padding/);
    expect(decodeBytes(encodeWords('x', [0, 0])).bytes).toEqual(new Uint8Array([0]));
  });
});

describe('age key strings', () => {
  it('match age-encryption: identity → recipient, for freshly generated keys', async () => {
    for (let i = 0; i < 5; i++) {
      const identity = await generateX25519Identity();
      const raw = rawKeyOfAgeString(identity);
      expect(ageIdentityOf(raw)).toBe(identity);
      const recipient = await identityToRecipient(identity);
      expect(rawKeyOfAgeString(recipient)).toMatch(/^[A-Za-z0-9_-]{43}$/);
    }
  });

  it("the office's raw X25519 pair gives an identity whose recipient is the office's public key", async () => {
    const identity = ageIdentityOf(DINSOS.keys.box.privateKey);
    expect(identity).toMatch(/^AGE-SECRET-KEY-1[0-9A-Z]{58}$/);
    expect(await identityToRecipient(identity)).toBe(ageRecipientOf(DINSOS.keys.box.publicKey));
    expect(ageRecipientOf(DINSOS.keys.box.publicKey)).toMatch(/^age1[0-9a-z]{58}$/);
  });
});
