// Office key pairs: Ed25519 for signing, X25519 for receiving encrypted bundles; and the phone-readable fingerprint.
import { createHash, generateKeyPairSync } from 'node:crypto';

export interface RawKeyPair {
  /** base64url of the raw 32-byte public key. */
  publicKey: string;
  /** base64url of the raw 32-byte private key. */
  privateKey: string;
}

export interface OfficeKeys {
  sign: RawKeyPair;
  box: RawKeyPair;
}

const toRaw = (kind: 'ed25519' | 'x25519'): RawKeyPair => {
  const { publicKey, privateKey } =
    kind === 'ed25519' ? generateKeyPairSync('ed25519') : generateKeyPairSync('x25519');
  const pub = publicKey.export({ format: 'jwk' });
  const priv = privateKey.export({ format: 'jwk' });
  if (!pub.x || !priv.d) throw new Error(`Could not export ${kind} key`);
  return { publicKey: pub.x, privateKey: priv.d };
};

export const generateOfficeKeys = (): OfficeKeys => ({ sign: toRaw('ed25519'), box: toRaw('x25519') });

/**
 * SHA-256 over both raw public keys, shown as six groups of five digits (about 100 bits), so two people
 * can read it to each other on the phone and compare, like Signal's safety numbers.
 */
export function fingerprintOf(signPublicKey: string, boxPublicKey: string): string {
  const digest = createHash('sha256')
    .update(Buffer.from(signPublicKey, 'base64url'))
    .update(Buffer.from(boxPublicKey, 'base64url'))
    .digest();
  const groups: string[] = [];
  for (let i = 0; i < 6; i++) {
    const n = digest.readUIntBE(i * 5, 5) % 100_000;
    groups.push(n.toString().padStart(5, '0'));
  }
  return groups.join(' ');
}
