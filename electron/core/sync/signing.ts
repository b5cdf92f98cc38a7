// Ed25519 detached signatures over raw office keys (base64url of the raw 32 bytes), with node:crypto.
import { createPrivateKey, createPublicKey, sign, verify, type KeyObject } from 'node:crypto';

export const SIGNATURE_BYTES = 64;

const RAW_KEY = /^[A-Za-z0-9_-]{43}$/;

/** True when the text is base64url of exactly 32 bytes (the form office keys are stored in). */
export const isRawKey = (key: string): boolean =>
  RAW_KEY.test(key) && Buffer.from(key, 'base64url').length === 32;

function publicKeyObject(signPublicKey: string): KeyObject {
  if (!isRawKey(signPublicKey)) throw new Error('Ed25519 public key must be base64url of 32 bytes');
  return createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x: signPublicKey }, format: 'jwk' });
}

/** Signs `data` with the office's Ed25519 key pair; returns the 64-byte signature. */
export function signDetached(data: Uint8Array, signPublicKey: string, signPrivateKey: string): Buffer {
  if (!isRawKey(signPrivateKey)) throw new Error('Ed25519 private key must be base64url of 32 bytes');
  const key = createPrivateKey({
    key: { kty: 'OKP', crv: 'Ed25519', x: signPublicKey, d: signPrivateKey },
    format: 'jwk',
  });
  const signature = sign(null, data, key);
  // A private key that does not belong to the public key would produce files nobody can verify.
  if (!verify(null, data, publicKeyObject(signPublicKey), signature)) {
    throw new Error('Ed25519 private key does not match the public key');
  }
  return signature;
}

/** False for a wrong signature, a signature of the wrong length, or a malformed public key. */
export function verifyDetached(data: Uint8Array, signature: Uint8Array, signPublicKey: string): boolean {
  if (signature.length !== SIGNATURE_BYTES) return false;
  let key: KeyObject;
  try {
    key = publicKeyObject(signPublicKey);
  } catch {
    return false;
  }
  return verify(null, data, key, signature);
}
