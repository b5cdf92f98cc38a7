// The committed format-2 vector (a kecamatan relaying its desa's author batch) decodes, batches framed and verifiable.
import { describe, expect, it } from 'vitest';
import {
  expectVectorFraming,
  expectVectorVerifies,
  loadVector,
  vectorKeys,
  type VectorHeader,
} from '../../../../support/bundle-vector.ts';
import { headProblem, recordsDigest } from '../../../../../electron/core/sync/batch/author-batch.ts';
import type { BatchHead } from '../../../../../electron/core/sync/bundle/batch-line.ts';
import type { ChangeRecord } from '../../../../../electron/core/sync/bundle/change-record.ts';
import { bundleErrorOf } from '../../../../support/bundle-craft.ts';

type Entry =
  | { type: 'batch'; index: number; head: BatchHead; signature: string }
  | { type: 'change'; record: ChangeRecord; batch: number | null }
  | { type: 'batch-end'; index: number; intact: boolean };

const NAME = 'v2-kecamatan-relays-desa';
const { path, expected, from, open } = loadVector<{
  from: string;
  to: string;
  header: VectorHeader;
  preamble: unknown;
  entries: Entry[];
}>(NAME);

describe(`bundle test vector ${NAME}`, () => {
  it('is format 2 with minimum reader 2, in the unchanged framing', () => {
    expectVectorFraming(path, expected.header, 2);
    expect([expected.header.formatVersion, expected.header.minReaderVersion]).toEqual([2, 2]);
  });

  it('header, signature and digest check out with the committed sender key', async () => {
    await expectVectorVerifies(path, expected.header, from.signPublicKey);
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
    expect(batch.head.author.officeId).toBe(vectorKeys.other?.officeId);
    expect(headProblem(batch.head, batch.signature, vectorKeys.other?.signPublicKey ?? '')).toBeNull();
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
