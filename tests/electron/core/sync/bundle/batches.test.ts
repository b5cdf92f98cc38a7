// Format 2: author batches in a bundle come back framed and intact; an altered or cut batch is flagged, the rest reads.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { sealBatch } from '../../../../../electron/core/sync/batch/author-batch.ts';
import type { BundleEntry } from '../../../../../electron/core/sync/bundle/reader.ts';
import { openBundlePayload, verifyBundle } from '../../../../../electron/core/sync/bundle/reader.ts';
import { writeBundle } from '../../../../../electron/core/sync/bundle/writer.ts';
import { sampleRecord } from '../../../../support/bundle-craft.ts';
import { DINSOS, KECAMATAN, OTHER } from '../../../../support/sync-keys.ts';

const dir = mkdtempSync(join(tmpdir(), 'pksb-batches-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The desa (the third test office) signs three of its records for Dinsos. */
const desaBatch = sealBatch({
  author: OTHER.sender,
  audience: DINSOS.officeId,
  sequence: 4,
  createdAt: new Date('2026-12-07T03:00:00Z'),
  acks: [{ officeId: DINSOS.officeId, sequence: 2 }],
  records: [0, 1, 2].map((i) => sampleRecord(i, OTHER.officeId)),
});
const own = [10, 11].map((i) => sampleRecord(i, KECAMATAN.officeId));

async function entriesOf(path: string): Promise<BundleEntry[]> {
  await verifyBundle(path, KECAMATAN.keys.sign.publicKey);
  const opened = await openBundlePayload(path, DINSOS.keys.box.privateKey, {
    senderSignPublicKey: KECAMATAN.keys.sign.publicKey,
    recipient: DINSOS.party,
  });
  const out: BundleEntry[] = [];
  for await (const e of opened.entries) out.push(e);
  return out;
}

const write = (name: string, batches: Parameters<typeof writeBundle>[0]['batches']) =>
  writeBundle({
    out: join(dir, name),
    sender: KECAMATAN.sender,
    recipients: [DINSOS.recipient],
    sequence: 9,
    schemaVersion: 24,
    batches,
    records: own,
  });

describe('author batches in a bundle (format 2)', () => {
  it('a relayed batch and the sender’s own records: version 2, counts over both, the batch framed and intact', async () => {
    const written = await write('a.pksb', [desaBatch]);
    expect([written.header.formatVersion, written.header.minReaderVersion]).toEqual([2, 2]);
    expect(written.header.counts).toEqual({ cases: 1, persons: 4 });
    expect(await entriesOf(written.path)).toEqual([
      { type: 'batch', index: 0, head: desaBatch.head, signature: desaBatch.signature },
      ...desaBatch.records.map((record) => ({ type: 'change', record, batch: 0 })),
      { type: 'batch-end', index: 0, intact: true },
      ...own.map((record) => ({ type: 'change', record, batch: null })),
    ]);
  });

  it('without a batch the bundle stays format 1 (offices off the tree write what every reader reads)', async () => {
    const written = await write('b.pksb', []);
    expect([written.header.formatVersion, written.header.minReaderVersion]).toEqual([1, 1]);
  });

  it('a relayer that alters a record under the head: that batch is flagged, the next one is read as intact', async () => {
    const altered = desaBatch.records.map((r, i) =>
      i === 1 ? { ...r, values: { ...r.values, name: 'Diubah di jalan' } } : r,
    );
    const second = sealBatch({ ...desaInput(5), records: [sampleRecord(3, OTHER.officeId)] });
    const written = await write('c.pksb', [{ ...desaBatch, records: altered }, second]);
    const ends = (await entriesOf(written.path)).filter((e) => e.type === 'batch-end');
    expect(ends).toEqual([
      { type: 'batch-end', index: 0, intact: false },
      { type: 'batch-end', index: 1, intact: true },
    ]);
  });

  it('the writer refuses a batch whose records are fewer than its head counts (no file is left)', async () => {
    await expect(write('d.pksb', [{ ...desaBatch, records: desaBatch.records.slice(1) }])).rejects.toThrow(
      /2 records, head says 3/,
    );
  });

  it('an empty batch (acknowledgements only) is framed and ends at once', async () => {
    const acksOnly = sealBatch({ ...desaInput(6), records: [] });
    const written = await write('e.pksb', [acksOnly]);
    const entries = await entriesOf(written.path);
    expect(entries.slice(0, 2)).toEqual([
      { type: 'batch', index: 0, head: acksOnly.head, signature: acksOnly.signature },
      { type: 'batch-end', index: 0, intact: true },
    ]);
  });
});

function desaInput(sequence: number) {
  return {
    author: OTHER.sender,
    audience: DINSOS.officeId,
    sequence,
    createdAt: new Date('2026-12-07T04:00:00Z'),
  };
}
