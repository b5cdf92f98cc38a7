// The committed format-2 vector (a kecamatan relaying its desa's author batch) decodes, batches framed and verifiable.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { headProblem, recordsDigest } from '../../../../../electron/core/sync/batch/author-batch.ts';
import type { BatchHead } from '../../../../../electron/core/sync/bundle/batch-line.ts';
import type { ChangeRecord } from '../../../../../electron/core/sync/bundle/change-record.ts';
import {
  openBundlePayload,
  readBundleHeader,
  verifyBundle,
} from '../../../../../electron/core/sync/bundle/reader.ts';
import { canonicalJson } from '../../../../../electron/core/sync/canonical-json.ts';
import { bundleErrorOf } from '../../../../support/bundle-craft.ts';

const DIR = join(import.meta.dirname, '../../../../fixtures/bundle-vectors');
const read = (name: string): string => readFileSync(join(DIR, name), 'utf8');

interface VectorKeys {
  officeId: string;
  signPublicKey: string;
  boxPrivateKey: string;
  fingerprint: string;
}
type Entry =
  | { type: 'batch'; index: number; head: BatchHead; signature: string }
  | { type: 'change'; record: ChangeRecord; batch: number | null }
  | { type: 'batch-end'; index: number; intact: boolean };

const keys = JSON.parse(read('keys.json')) as Record<string, VectorKeys>;
const NAME = 'v2-kecamatan-relays-desa';
const path = join(DIR, `${NAME}.pksb`);
const expected = JSON.parse(read(`${NAME}.expected.json`)) as {
  from: string;
  to: string;
  header: { formatVersion: number; minReaderVersion: number; payloadLength: number };
  preamble: unknown;
  entries: Entry[];
};
const from = keys[expected.from] as VectorKeys;
const to = keys[expected.to] as VectorKeys;
const open = () =>
  openBundlePayload(path, to.boxPrivateKey, {
    senderSignPublicKey: from.signPublicKey,
    recipient: { officeId: to.officeId, fingerprint: to.fingerprint },
  });

describe(`bundle test vector ${NAME}`, () => {
  it('is format 2 with minimum reader 2, in the unchanged framing', () => {
    const bytes = readFileSync(path);
    expect(bytes.subarray(0, 4).toString('latin1')).toBe('PKSB');
    expect(bytes[4]).toBe(2);
    const n = bytes.readUInt32BE(5);
    expect(bytes.subarray(9, 9 + n).toString('utf8')).toBe(canonicalJson(expected.header));
    expect([expected.header.formatVersion, expected.header.minReaderVersion]).toEqual([2, 2]);
    expect(bytes.length).toBe(9 + n + 64 + expected.header.payloadLength);
  });

  it('header, signature and digest check out with the committed sender key', async () => {
    expect(await readBundleHeader(path)).toEqual(expected.header);
    expect(await verifyBundle(path, from.signPublicKey)).toEqual(expected.header);
  });

  it('decodes to the committed preamble and entries: the batch framed, intact, then the sender’s own records', async () => {
    const opened = await open();
    const entries = [];
    for await (const e of opened.entries) entries.push(e);
    expect({ header: opened.header, preamble: opened.preamble, entries }).toEqual({
      header: expected.header,
      preamble: expected.preamble,
      entries: expected.entries,
    });
    expect(entries.filter((e) => e.type === 'batch-end')).toEqual([
      { type: 'batch-end', index: 0, intact: true },
    ]);
  });

  it("the relayed batch is the desa's: its signature verifies with the desa's key only, its records match the head", () => {
    const batch = expected.entries.find((e) => e.type === 'batch');
    if (batch?.type !== 'batch') throw new Error('no batch in the vector');
    expect(batch.head.author.officeId).toBe(keys.other?.officeId);
    expect(headProblem(batch.head, batch.signature, keys.other?.signPublicKey ?? '')).toBeNull();
    expect(headProblem(batch.head, batch.signature, from.signPublicKey)).toBe('signature does not verify');
    const records = expected.entries.flatMap((e) => (e.type === 'change' && e.batch === 0 ? [e.record] : []));
    expect(recordsDigest(records)).toEqual({ count: batch.head.records, sha256: batch.head.recordsSha256 });
  });

  it('a reader of the sender’s records alone (re-seed) refuses it rather than taking the batch as the sender’s', async () => {
    const opened = await open();
    const err = await bundleErrorOf(async () => {
      for await (const r of opened.records) expect(r).toBeDefined();
    });
    expect(err.code).toBe('CORRUPT_PAYLOAD');
  });
});
