// Tens of thousands of records through write and read with memory that stays bounded, far below the data's size.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { ChangeRecord } from '../../../../../electron/core/sync/bundle/change-record.ts';
import { openBundlePayload, verifyBundle } from '../../../../../electron/core/sync/bundle/reader.ts';
import { writeBundle } from '../../../../../electron/core/sync/bundle/writer.ts';
import { sampleRecord } from '../../../../support/bundle-craft.ts';
import { DINSOS, KECAMATAN } from '../../../../support/sync-keys.ts';

const dir = mkdtempSync(join(tmpdir(), 'pksb-large-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const COUNT = 30_000;
/** Random (incompressible) notes so the encrypted file is as large as the data: ~3 KB per record. */
const NOTE_BYTES = 2_000;

/** Heap plus Buffer memory above the level when the measurement started, sampled as the stream runs. */
class PeakMemory {
  private readonly start: number;
  peak = 0;
  constructor() {
    this.start = PeakMemory.now();
  }
  private static now(): number {
    // Live memory only: without a collection the sample depends on when V8 last ran its GC (CI load).
    (globalThis as { gc?: () => void }).gc?.();
    const m = process.memoryUsage();
    return m.heapUsed + m.arrayBuffers;
  }
  sample(): void {
    this.peak = Math.max(this.peak, PeakMemory.now() - this.start);
  }
}

describe('large bundles', () => {
  it(`${COUNT} records round-trip in order with bounded memory`, async () => {
    // vitest.config.ts passes --expose-gc to the workers; without it the bound below would measure GC timing.
    expect(typeof (globalThis as { gc?: unknown }).gc).toBe('function');
    const out = join(dir, 'large.pksb');
    let rawChars = 0;
    const writeMemory = new PeakMemory();
    async function* records(): AsyncGenerator<ChangeRecord> {
      for (let i = 0; i < COUNT; i++) {
        if (i % 250 === 0) writeMemory.sample();
        const r = sampleRecord(i, KECAMATAN.officeId, { notes: randomBytes(NOTE_BYTES).toString('base64') });
        rawChars += JSON.stringify(r).length;
        yield r;
      }
    }
    const written = await writeBundle({
      out,
      sender: KECAMATAN.sender,
      recipients: [DINSOS.recipient],
      sequence: 1,
      schemaVersion: 2,
      records: records(),
    });
    const fileBytes = statSync(out).size;
    expect(fileBytes).toBeGreaterThan(60_000_000);
    await verifyBundle(out, KECAMATAN.keys.sign.publicKey);

    const readMemory = new PeakMemory();
    const opened = await openBundlePayload(out, DINSOS.keys.box.privateKey, {
      senderSignPublicKey: KECAMATAN.keys.sign.publicKey,
      recipient: DINSOS.party,
    });
    let n = 0;
    for await (const r of opened.records) {
      if (r.id !== sampleRecord(n, KECAMATAN.officeId).id) throw new Error(`record ${n} out of order`);
      if (++n % 250 === 0) readMemory.sample();
    }
    expect(n).toBe(COUNT);
    expect(written.header.counts).toEqual({
      cases: Math.ceil(COUNT / 3),
      persons: COUNT - Math.ceil(COUNT / 3),
    });

    // Streaming keeps a few chunks and one record in flight; holding the payload would need > 60 MB.
    const bound = 32 * 1024 * 1024;
    expect(rawChars).toBeGreaterThan(bound * 1.5);
    expect(writeMemory.peak).toBeLessThan(bound);
    expect(readMemory.peak).toBeLessThan(bound);
  });
});
