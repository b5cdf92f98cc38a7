// The committed bundle test vectors: their keys, expected decodings, and the framing and signature checks every format shares.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { openBundlePayload, readBundleHeader, verifyBundle } from '../../electron/core/sync/bundle/reader.ts';
import { canonicalJson } from '../../electron/core/sync/canonical-json.ts';

export const VECTOR_DIR = join(import.meta.dirname, '../fixtures/bundle-vectors');

export interface VectorKeys {
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

export interface VectorHeader {
  formatVersion: number;
  minReaderVersion: number;
  payloadLength: number;
}

export const vectorKeys = JSON.parse(readFileSync(join(VECTOR_DIR, 'keys.json'), 'utf8')) as Record<
  string,
  VectorKeys
>;

/** A committed vector: its file, its expected decoding (`from` and `to` name entries of keys.json), and its opener. */
export function loadVector<T extends { from: string; to: string; header: VectorHeader }>(name: string) {
  const path = join(VECTOR_DIR, `${name}.pksb`);
  const expected = JSON.parse(readFileSync(join(VECTOR_DIR, `${name}.expected.json`), 'utf8')) as T;
  const from = vectorKeys[expected.from] as VectorKeys;
  const to = vectorKeys[expected.to] as VectorKeys;
  const open = () =>
    openBundlePayload(path, to.boxPrivateKey, {
      senderSignPublicKey: from.signPublicKey,
      recipient: { officeId: to.officeId, fingerprint: to.fingerprint },
    });
  return { path, expected, from, to, open };
}

/** The documented byte layout: magic, the format byte, the length-prefixed canonical header, signature, payload. */
export function expectVectorFraming(path: string, header: VectorHeader, formatByte: number): Buffer {
  const bytes = readFileSync(path);
  expect(bytes.subarray(0, 4).toString('latin1')).toBe('PKSB');
  expect(bytes[4]).toBe(formatByte);
  const n = bytes.readUInt32BE(5);
  expect(bytes.subarray(9, 9 + n).toString('utf8')).toBe(canonicalJson(header));
  expect(bytes.length).toBe(9 + n + 64 + header.payloadLength);
  return bytes;
}

/** The header reads back, and the signature and digest check out with the sender's committed key. */
export async function expectVectorVerifies(path: string, header: VectorHeader, signPublicKey: string) {
  expect(await readBundleHeader(path)).toEqual(header);
  expect(await verifyBundle(path, signPublicKey)).toEqual(header);
}
