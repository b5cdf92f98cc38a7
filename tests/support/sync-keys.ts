// Deterministic office identities for sync tests and test vectors: key pairs derived from fixed seeds.
import { createHash, createPrivateKey, createPublicKey } from 'node:crypto';
import { fingerprintOf, type OfficeKeys, type RawKeyPair } from '../../electron/core/office/keys.ts';
import type { BundleRecipient, BundleSender } from '../../electron/core/sync/bundle/writer.ts';
import type { BundleParty } from '../../electron/core/sync/bundle/header.ts';

const PKCS8_PREFIX = {
  ed25519: '302e020100300506032b657004220420',
  x25519: '302e020100300506032b656e04220420',
};

/** The raw private key is SHA-256(`${seed}/${kind}`); the public key is derived from it. */
function pairFromSeed(seed: string, kind: 'ed25519' | 'x25519'): RawKeyPair {
  const raw = createHash('sha256').update(`${seed}/${kind}`).digest();
  const der = Buffer.concat([Buffer.from(PKCS8_PREFIX[kind], 'hex'), raw]);
  const privateKey = createPrivateKey({ key: der, format: 'der', type: 'pkcs8' });
  const x = createPublicKey(privateKey).export({ format: 'jwk' }).x;
  if (!x) throw new Error('no public key');
  return { publicKey: x, privateKey: raw.toString('base64url') };
}

export const keysFromSeed = (seed: string): OfficeKeys => ({
  sign: pairFromSeed(seed, 'ed25519'),
  box: pairFromSeed(seed, 'x25519'),
});

export interface TestOffice {
  officeId: string;
  keys: OfficeKeys;
  fingerprint: string;
  party: BundleParty;
  sender: BundleSender;
  recipient: BundleRecipient;
}

export function testOffice(seed: string, officeId: string): TestOffice {
  const keys = keysFromSeed(seed);
  const fingerprint = fingerprintOf(keys.sign.publicKey, keys.box.publicKey);
  return {
    officeId,
    keys,
    fingerprint,
    party: { officeId, fingerprint },
    sender: {
      officeId,
      fingerprint,
      signPublicKey: keys.sign.publicKey,
      signPrivateKey: keys.sign.privateKey,
    },
    recipient: { officeId, fingerprint, boxPublicKey: keys.box.publicKey },
  };
}

/** Three offices used across the sync tests: a kecamatan, its Dinsos, and an unrelated kecamatan. */
export const KECAMATAN = testOffice('puskesos-test/kecamatan', '01900000-0000-7000-8000-000000000001');
export const DINSOS = testOffice('puskesos-test/dinsos', '01900000-0000-7000-8000-000000000002');
export const OTHER = testOffice('puskesos-test/other', '01900000-0000-7000-8000-000000000003');
