// The committed test vectors still decode: a format change that would break readers of existing bundles fails here.
import { describe, expect, it } from 'vitest';
import { fingerprintOf } from '../../../../../electron/core/office/keys.ts';
import { ageIdentityOf, ageRecipientOf } from '../../../../../electron/core/sync/bundle/age-keys.ts';
import { openBundlePayload } from '../../../../../electron/core/sync/bundle/reader.ts';
import { bundleErrorOf } from '../../../../support/bundle-craft.ts';
import {
  expectVectorFraming,
  expectVectorVerifies,
  loadVector,
  vectorKeys as keys,
  type VectorHeader,
  type VectorKeys,
} from '../../../../support/bundle-vector.ts';
import { keysFromSeed } from '../../../../support/sync-keys.ts';
import type { ChangeRecord } from '../../../../../electron/core/sync/bundle/change-record.ts';

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
    const { path, expected, from, to, open } = loadVector<{
      from: string;
      to: string;
      header: VectorHeader;
      preamble: unknown;
      records: ChangeRecord[];
    }>(name);

    it('has the documented byte layout: magic, version 1, length-prefixed canonical header, signature', () => {
      const bytes = expectVectorFraming(path, expected.header, 1);
      const n = bytes.readUInt32BE(5);
      expect(bytes.subarray(9 + n + 64, 9 + n + 64 + 21).toString('latin1')).toBe('age-encryption.org/v1');
    });

    it('header, signature and digest check out with the committed sender key', async () => {
      await expectVectorVerifies(path, expected.header, from.signPublicKey);
    });

    it('decodes to the committed preamble and records with the recipient key', async () => {
      const opened = await open();
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
