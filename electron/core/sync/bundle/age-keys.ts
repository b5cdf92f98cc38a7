// Office X25519 keys as age strings: the public key as an `age1…` recipient, the private key as an identity.
import { decodeBytes, encodeBytes } from './bech32.ts';
import { isRawKey } from '../signing.ts';

function rawBytes(key: string, what: string): Uint8Array {
  if (!isRawKey(key)) throw new Error(`${what} must be base64url of 32 bytes`);
  return new Uint8Array(Buffer.from(key, 'base64url'));
}

/** `age1…` for the office's raw X25519 public key (base64url). */
export const ageRecipientOf = (boxPublicKey: string): string =>
  encodeBytes('age', rawBytes(boxPublicKey, 'X25519 public key'));

/** `AGE-SECRET-KEY-1…` for the office's raw X25519 private key (base64url). */
export const ageIdentityOf = (boxPrivateKey: string): string =>
  encodeBytes('age-secret-key-', rawBytes(boxPrivateKey, 'X25519 private key')).toUpperCase();

/** The raw key (base64url) inside an `age1…` or `AGE-SECRET-KEY-1…` string. */
export function rawKeyOfAgeString(text: string): string {
  const { hrp, bytes } = decodeBytes(text);
  if ((hrp !== 'age' && hrp !== 'age-secret-key-') || bytes.length !== 32) {
    throw new Error('Not an age X25519 recipient or identity');
  }
  return Buffer.from(bytes).toString('base64url');
}
