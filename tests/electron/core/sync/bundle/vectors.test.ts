// The committed test vectors still decode: a format change that would break readers of existing bundles fails here.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fingerprintOf } from '../../../../../electron/core/office/keys.ts';
import { ageIdentityOf, ageRecipientOf } from '../../../../../electron/core/sync/bundle/age-keys.ts';
import {
  openBundlePayload,
  readBundleHeader,
  verifyBundle,
} from '../../../../../electron/core/sync/bundle/reader.ts';
import { canonicalJson } from '../../../../../electron/core/sync/canonical-json.ts';
import { bundleErrorOf } from '../../../../support/bundle-craft.ts';
import { keysFromSeed } from '../../../../support/sync-keys.ts';

const DIR = join(import.meta.dirname, '../../../../fixtures/bundle-vectors');

interface VectorKeys {
  seed: string;
  officeId: string;
  signPublicKey: string;
  signPrivateKey: string;
  boxPublicKey: string;
  boxPrivateKey: string;
  fingerprint: string;
  ageRecipient: string;
  ageIdentity: string;
}
const keys = JSON.parse(readFileSync(join(DIR, 'keys.json'), 'utf8')) as Record<string, VectorKeys>;
const VECTORS = ['v1-kecamatan-to-dinsos', 'v1-dinsos-ack-only'];

describe('bundle test vectors', () => {
  it('keys.json is what the documented derivation gives (seed → raw keys → fingerprint → age strings)', () => {
    for (const k of Object.values(keys)) {
      const derived = keysFromSeed(k.seed);
      expect([k.signPublicKey, k.signPrivateKey]).toEqual([derived.sign.publicKey, derived.sign.privateKey]);
      expect([k.boxPublicKey, k.boxPrivateKey]).toEqual([derived.box.publicKey, derived.box.privateKey]);
      expect(k.fingerprint).toBe(fingerprintOf(k.signPublicKey, k.boxPublicKey));
      expect(k.ageRecipient).toBe(ageRecipientOf(k.boxPublicKey));
      expect(k.ageIdentity).toBe(ageIdentityOf(k.boxPrivateKey));
    }
  });

  describe.each(VECTORS)('%s', (name) => {
    const path = join(DIR, `${name}.pksb`);
    const expected = JSON.parse(readFileSync(join(DIR, `${name}.expected.json`), 'utf8'));
    const from = keys[expected.from] as VectorKeys;
    const to = keys[expected.to] as VectorKeys;

    it('has the documented byte layout: magic, version 1, length-prefixed canonical header, signature', () => {
      const bytes = readFileSync(path);
      expect(bytes.subarray(0, 4).toString('latin1')).toBe('PKSB');
      expect(bytes[4]).toBe(1);
      const n = bytes.readUInt32BE(5);
      expect(bytes.subarray(9, 9 + n).toString('utf8')).toBe(canonicalJson(expected.header));
      expect(bytes.length).toBe(9 + n + 64 + expected.header.payloadLength);
      expect(bytes.subarray(9 + n + 64, 9 + n + 64 + 21).toString('latin1')).toBe('age-encryption.org/v1');
    });

    it('header, signature and digest check out with the committed sender key', async () => {
      expect(await readBundleHeader(path)).toEqual(expected.header);
      expect(await verifyBundle(path, from.signPublicKey)).toEqual(expected.header);
    });

    it('decodes to the committed preamble and records with the recipient key', async () => {
      const opened = await openBundlePayload(path, to.boxPrivateKey, {
        senderSignPublicKey: from.signPublicKey,
        recipient: { officeId: to.officeId, fingerprint: to.fingerprint },
      });
      const records = [];
      for await (const r of opened.records) records.push(r);
      expect({ header: opened.header, preamble: opened.preamble, records }).toEqual({
        header: expected.header,
        preamble: expected.preamble,
        records: expected.records,
      });
    });

    it('the third office cannot open it', async () => {
      const third = Object.values(keys).find((k) => k !== from && k !== to) as VectorKeys;
      const opts = { senderSignPublicKey: from.signPublicKey };
      expect((await bundleErrorOf(() => openBundlePayload(path, third.boxPrivateKey, opts))).code).toBe(
        'WRONG_RECIPIENT',
      );
    });
  });
});
