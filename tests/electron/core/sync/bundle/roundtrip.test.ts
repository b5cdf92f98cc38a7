// Bundle round trip: what the writer puts in (records, acks, parties, counts, HLC range) comes back out unchanged.
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { ChangeRecord } from '../../../../../electron/core/sync/bundle/change-record.ts';
import {
  openBundlePayload,
  readBundleHeader,
  verifyBundle,
} from '../../../../../electron/core/sync/bundle/reader.ts';
import { writeBundle } from '../../../../../electron/core/sync/bundle/writer.ts';
import { importLike, readPayload, sampleRecord, sampleRecords } from '../../../../support/bundle-craft.ts';
import { DINSOS, KECAMATAN, OTHER } from '../../../../support/sync-keys.ts';

const dir = mkdtempSync(join(tmpdir(), 'pksb-roundtrip-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const base = (out: string) => ({
  out: join(dir, out),
  sender: KECAMATAN.sender,
  recipients: [DINSOS.recipient],
  sequence: 7,
  schemaVersion: 2,
});

describe('bundle round trip', () => {
  it('returns every record, the preamble and the header the writer computed', async () => {
    const records = [...sampleRecords(25, KECAMATAN.officeId)];
    records.push({
      ...sampleRecord(99, KECAMATAN.officeId),
      values: { name: 'Ni Luh Putu Ayu — “Désa” 😀', n: -1.5 },
    });
    const written = await writeBundle({
      ...base('a.pksb'),
      records,
      extra: { acks: [{ officeId: OTHER.officeId, sequence: 3 }] },
      createdAt: new Date('2025-06-15T08:00:00Z'),
    });
    const read = await importLike(written.path, KECAMATAN, DINSOS);
    expect(read.records).toEqual(records);
    expect(read.preamble).toEqual({
      type: 'preamble',
      sender: KECAMATAN.party,
      recipients: [DINSOS.party],
      sequence: 7,
      acks: [{ officeId: OTHER.officeId, sequence: 3 }],
    });
    expect(read.header).toEqual(written.header);
    expect(written.header).toMatchObject({
      formatVersion: 1,
      minReaderVersion: 1,
      schemaVersion: 2,
      sequence: 7,
      createdAt: '2025-06-15T08:00:00.000Z',
      counts: { cases: 10, persons: 16 },
      hlcRange: {
        min: `1750000000000-0000-${KECAMATAN.officeId}`,
        max: `1750000000995-0001-${KECAMATAN.officeId}`,
      },
    });
    expect(statSync(written.path).size).toBe(written.bytes);
    expect(written.sha256).toBe(createHash('sha256').update(readFileSync(written.path)).digest('hex'));
    expect(await readBundleHeader(written.path)).toEqual(written.header);
  });

  it('an empty change set still makes a valid bundle (acks only), with no HLC range', async () => {
    const written = await writeBundle({
      ...base('empty.pksb'),
      sender: DINSOS.sender,
      recipients: [KECAMATAN.recipient],
      records: [],
      extra: { acks: [{ officeId: KECAMATAN.officeId, sequence: 7 }] },
    });
    expect(written.header.counts).toEqual({});
    expect(written.header.hlcRange).toBeNull();
    const read = await importLike(written.path, DINSOS, KECAMATAN);
    expect(read.records).toEqual([]);
    expect(read.preamble.acks).toEqual([{ officeId: KECAMATAN.officeId, sequence: 7 }]);
  });

  it('several recipients can each open the same bundle', async () => {
    const written = await writeBundle({
      ...base('multi.pksb'),
      recipients: [DINSOS.recipient, OTHER.recipient],
      records: sampleRecords(5, KECAMATAN.officeId),
    });
    expect((await readPayload(written.path, KECAMATAN, DINSOS)).records).toHaveLength(5);
    expect((await readPayload(written.path, KECAMATAN, OTHER)).records).toHaveLength(5);
  });

  it('accepts an async iterable of records', async () => {
    async function* lazy(): AsyncGenerator<ChangeRecord> {
      for (const r of sampleRecords(10, KECAMATAN.officeId)) {
        await Promise.resolve();
        yield r;
      }
    }
    const written = await writeBundle({ ...base('async.pksb'), records: lazy() });
    expect((await readPayload(written.path, KECAMATAN, DINSOS)).records).toHaveLength(10);
  });

  it('leaves no temporary file behind, and no bundle at all when the records fail', async () => {
    const sub = mkdtempSync(join(dir, 'fail-'));
    async function* failing(): AsyncGenerator<ChangeRecord> {
      yield sampleRecord(1, KECAMATAN.officeId);
      throw new Error('database went away');
    }
    await expect(
      writeBundle({ ...base('x.pksb'), out: join(sub, 'x.pksb'), records: failing() }),
    ).rejects.toThrow('database went away');
    expect(readdirSync(sub)).toEqual([]);
    await writeBundle({
      ...base('y.pksb'),
      out: join(sub, 'y.pksb'),
      records: sampleRecords(2, KECAMATAN.officeId),
    });
    expect(readdirSync(sub)).toEqual(['y.pksb']);
  });

  it('refuses to write a malformed record, a sender key pair that does not match, or a bad office id', async () => {
    const bad = { ...sampleRecord(1, KECAMATAN.officeId), values: { n: Number.NaN } };
    await expect(writeBundle({ ...base('bad1.pksb'), records: [bad] })).rejects.toThrow(/bad value for n/);
    const wrongKey = { ...KECAMATAN.sender, signPrivateKey: OTHER.keys.sign.privateKey };
    await expect(writeBundle({ ...base('bad2.pksb'), sender: wrongKey, records: [] })).rejects.toThrow(
      /does not match/,
    );
    const badAck = { acks: [{ officeId: 'dinsos', sequence: 1 }] };
    await expect(writeBundle({ ...base('bad4.pksb'), records: [], extra: badAck })).rejects.toThrow(
      /acknowledgement/,
    );
    const badId = { ...DINSOS.recipient, officeId: 'not-an-office' };
    await expect(writeBundle({ ...base('bad3.pksb'), recipients: [badId], records: [] })).rejects.toThrow(
      /unreadable bundle header/,
    );
    expect(readdirSync(dir).filter((f) => f.startsWith('bad'))).toEqual([]);
  });

  it('stopping early releases the file; close() works without iterating', async () => {
    const fds = (): number => (process.platform === 'linux' ? readdirSync('/proc/self/fd').length : 0);
    const before = fds();
    const written = await writeBundle({
      ...base('early.pksb'),
      records: sampleRecords(50, KECAMATAN.officeId),
    });
    const opts = { senderSignPublicKey: KECAMATAN.keys.sign.publicKey, recipient: DINSOS.party };
    const a = await openBundlePayload(written.path, DINSOS.keys.box.privateKey, opts);
    let n = 0;
    for await (const _ of a.records) if (++n === 3) break;
    expect(n).toBe(3);
    const b = await openBundlePayload(written.path, DINSOS.keys.box.privateKey, opts);
    await b.close();
    await b.close();
    await expect(verifyBundle(written.path, KECAMATAN.keys.sign.publicKey)).resolves.toEqual(written.header);
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(fds()).toBe(before);
  });
});
