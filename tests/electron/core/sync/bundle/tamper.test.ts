// Every single-bit change and every truncation of a small bundle is refused with a BundleError; nothing altered parses.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BundleErrorCode } from '../../../../../electron/core/sync/bundle/errors.ts';
import { writeBundle } from '../../../../../electron/core/sync/bundle/writer.ts';
import { bundleErrorOf, importLike, readPayload, sampleRecords } from '../../../../support/bundle-craft.ts';
import { DINSOS, KECAMATAN } from '../../../../support/sync-keys.ts';

const dir = mkdtempSync(join(tmpdir(), 'pksb-tamper-'));
let original: Buffer;
/** Variants are checked a few at a time (each on its own file): the reads wait on file I/O, not the CPU. */
const PARALLEL = 8;

beforeAll(async () => {
  const written = await writeBundle({
    out: join(dir, 'original.pksb'),
    sender: KECAMATAN.sender,
    recipients: [DINSOS.recipient],
    sequence: 1,
    schemaVersion: 2,
    records: sampleRecords(3, KECAMATAN.officeId),
  });
  original = readFileSync(written.path);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

type Reader = (path: string) => Promise<unknown>;
const fullImport: Reader = (p) => importLike(p, KECAMATAN, DINSOS);
const payloadOnly: Reader = (p) => readPayload(p, KECAMATAN, DINSOS);

/** Writes each variant to disk, reads it, and tallies the refusal codes (any success fails the test). */
async function refusals(variants: Iterable<Buffer>, read: Reader): Promise<Map<BundleErrorCode, number>> {
  const codes = new Map<BundleErrorCode, number>();
  const queue = variants[Symbol.iterator]();
  const worker = async (slot: number): Promise<void> => {
    const victim = join(dir, `victim-${slot}.pksb`);
    for (let next = queue.next(); !next.done; next = queue.next()) {
      writeFileSync(victim, next.value);
      const err = await bundleErrorOf(() => read(victim));
      codes.set(err.code, (codes.get(err.code) ?? 0) + 1);
    }
  };
  await Promise.all(Array.from({ length: PARALLEL }, (_, slot) => worker(slot)));
  return codes;
}

function* bitFlips(bytes: Buffer, bitOf: (offset: number) => number): Generator<Buffer> {
  for (let i = 0; i < bytes.length; i++) {
    const copy = Buffer.from(bytes);
    copy[i] = (copy[i] ?? 0) ^ (1 << bitOf(i));
    yield copy;
  }
}

function* truncations(bytes: Buffer): Generator<Buffer> {
  for (let len = 0; len < bytes.length; len++) yield bytes.subarray(0, len);
}

describe('tampering and truncation', () => {
  it('the untouched bundle is accepted (the loop below tests the reader, not a broken file)', async () => {
    expect(original.length).toBeGreaterThan(300);
    expect(original.length).toBeLessThan(4096);
    const victim = join(dir, 'untouched.pksb');
    writeFileSync(victim, original);
    expect((await fullImport(victim)) as { records: unknown[] }).toMatchObject({
      records: expect.any(Array),
    });
  });

  it('a flipped bit at every byte offset is refused by the import path', async () => {
    const codes = await refusals(
      bitFlips(original, (i) => i % 8),
      fullImport,
    );
    expect([...codes.values()].reduce((a, b) => a + b, 0)).toBe(original.length);
    // Each region of the file has its own guard: magic, header, signature, payload digest.
    for (const code of ['BAD_MAGIC', 'CORRUPT_HEADER', 'BAD_SIGNATURE', 'DIGEST_MISMATCH'] as const) {
      expect(codes.get(code), code).toBeGreaterThan(0);
    }
  });

  it('a flipped high bit at every offset is refused by openBundlePayload alone (file changed after verify)', async () => {
    const codes = await refusals(
      bitFlips(original, () => 7),
      payloadOnly,
    );
    expect([...codes.values()].reduce((a, b) => a + b, 0)).toBe(original.length);
    expect(codes.get('CORRUPT_PAYLOAD')).toBeGreaterThan(0);
  });

  it('every truncation is refused, by the import path and by openBundlePayload alone', async () => {
    const codes = await refusals(truncations(original), fullImport);
    expect(codes.get('TRUNCATED')).toBe(original.length);
    const alone = await refusals(truncations(original), payloadOnly);
    expect(alone.get('TRUNCATED')).toBe(original.length);
  });

  it('bytes appended after the payload are refused', async () => {
    const codes = await refusals([Buffer.concat([original, Buffer.from([0])])], fullImport);
    expect([...codes.keys()]).toEqual(['CORRUPT_PAYLOAD']);
  });
});
