// Each way a bundle can be wrong is refused with its own code and an Indonesian message a clerk understands.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUNDLE_ERROR_MESSAGES } from '../../../../../electron/core/sync/bundle/errors.ts';
import {
  openBundlePayload,
  readBundleHeader,
  verifyBundle,
} from '../../../../../electron/core/sync/bundle/reader.ts';
import { writeBundle } from '../../../../../electron/core/sync/bundle/writer.ts';
import {
  bundleErrorOf,
  changeLine,
  craftBundle,
  importLike,
  preambleLine,
  readPayload,
  sampleRecord,
  sampleRecords,
} from '../../../../support/bundle-craft.ts';
import { DINSOS, KECAMATAN, OTHER, testOffice } from '../../../../support/sync-keys.ts';

const dir = mkdtempSync(join(tmpdir(), 'pksb-refuse-'));
const good = join(dir, 'good.pksb');
afterAll(() => rmSync(dir, { recursive: true, force: true }));
beforeAll(async () => {
  await writeBundle({
    out: good,
    sender: KECAMATAN.sender,
    recipients: [DINSOS.recipient],
    sequence: 4,
    schemaVersion: 2,
    records: sampleRecords(4, KECAMATAN.officeId),
  });
});

const craft = async (name: string, lines: string[], header = {}, recipients = [DINSOS.recipient]) => {
  const out = join(dir, name);
  await craftBundle({ out, sender: KECAMATAN.sender, recipients, lines, header });
  return out;
};
const r1 = sampleRecord(1, KECAMATAN.officeId);
const honestHeader = { counts: { persons: 1 }, hlcRange: { min: r1.clocks.f.name, max: r1.clocks.f.name } };

describe('refusals', () => {
  it('a file that is not a bundle: BAD_MAGIC, with the clerk message', async () => {
    const path = join(dir, 'notes.txt');
    writeFileSync(path, 'Daftar hadir musdesus\n');
    const err = await bundleErrorOf(() => readBundleHeader(path));
    expect(err.code).toBe('BAD_MAGIC');
    expect(err.message).toBe('File ini bukan file paket sinkronisasi Puskesos.');
  });

  it('a missing file: UNREADABLE', async () => {
    expect((await bundleErrorOf(() => readBundleHeader(join(dir, 'nope.pksb')))).code).toBe('UNREADABLE');
  });

  it('addressed to another office: WRONG_RECIPIENT before decrypting, and from age when keys differ', async () => {
    const err = await bundleErrorOf(() => readPayload(good, KECAMATAN, OTHER));
    expect(err.code).toBe('WRONG_RECIPIENT');
    expect(err.message).toContain('ditujukan untuk kantor lain');
    // Without naming itself, the office still cannot decrypt: age finds no stanza for its key.
    const opts = { senderSignPublicKey: KECAMATAN.keys.sign.publicKey };
    const byKey = await bundleErrorOf(() => openBundlePayload(good, OTHER.keys.box.privateKey, opts));
    expect(byKey.code).toBe('WRONG_RECIPIENT');
  });

  it('the recipient office with new keys (re-installed): WRONG_RECIPIENT that names the old key', async () => {
    const reinstalled = testOffice('puskesos-test/dinsos-reinstalled', DINSOS.officeId);
    const err = await bundleErrorOf(() => readPayload(good, KECAMATAN, reinstalled));
    expect(err.code).toBe('WRONG_RECIPIENT');
    expect(err.message).toContain('kunci lama');
  });

  it('checked with another office key: BAD_SIGNATURE in verifyBundle and in openBundlePayload', async () => {
    const err = await bundleErrorOf(() => verifyBundle(good, OTHER.keys.sign.publicKey));
    expect(err.code).toBe('BAD_SIGNATURE');
    expect(err.message).toBe(BUNDLE_ERROR_MESSAGES.BAD_SIGNATURE);
    expect((await bundleErrorOf(() => readPayload(good, OTHER, DINSOS))).code).toBe('BAD_SIGNATURE');
  });

  it('a bundle that needs a newer reader: NEWER_FORMAT telling the clerk to update, even in readBundleHeader', async () => {
    const path = await craft(
      'newer.pksb',
      [preambleLine(KECAMATAN, [DINSOS]), '{"type":"trailer","records":0}'],
      {
        formatVersion: 4,
        minReaderVersion: 4,
        somethingNew: { shape: 'unknown to v3' },
      },
    );
    const err = await bundleErrorOf(() => readBundleHeader(path));
    expect(err.code).toBe('NEWER_FORMAT');
    expect(err.message).toContain('Perbarui aplikasi');
  });

  it('a newer format that old readers may still read (minReaderVersion 1) is accepted, extra fields ignored', async () => {
    const path = await craft(
      'additive.pksb',
      [
        preambleLine(KECAMATAN, [DINSOS]),
        changeLine(r1),
        '{"type":"annotation","x":1}',
        '{"type":"trailer","records":1}',
      ],
      { ...honestHeader, formatVersion: 2, minReaderVersion: 1, somethingNew: true },
    );
    const read = await importLike(path, KECAMATAN, DINSOS);
    expect(read.records).toEqual([r1]);
    expect(read.header.formatVersion).toBe(2);
  });

  it('a preamble that does not repeat the header: HEADER_MISMATCH', async () => {
    for (const [name, preamble] of [
      ['sender', preambleLine(OTHER, [DINSOS])],
      ['recipients', preambleLine(KECAMATAN, [OTHER])],
      ['sequence', preambleLine(KECAMATAN, [DINSOS], 9)],
    ] as const) {
      const path = await craft(`mismatch-${name}.pksb`, [preamble, '{"type":"trailer","records":0}']);
      const err = await bundleErrorOf(() => importLike(path, KECAMATAN, DINSOS));
      expect(err.code, name).toBe('HEADER_MISMATCH');
    }
  });

  it('records that differ from the header counts or HLC range: HEADER_MISMATCH after the last record', async () => {
    const lines = [preambleLine(KECAMATAN, [DINSOS]), changeLine(r1), '{"type":"trailer","records":1}'];
    const counts = await craft('counts.pksb', lines, { ...honestHeader, counts: { persons: 2 } });
    expect((await bundleErrorOf(() => importLike(counts, KECAMATAN, DINSOS))).code).toBe('HEADER_MISMATCH');
    const range = await craft('range.pksb', lines, {
      ...honestHeader,
      hlcRange: { min: r1.clocks.b, max: r1.clocks.f.name },
    });
    expect((await bundleErrorOf(() => importLike(range, KECAMATAN, DINSOS))).code).toBe('HEADER_MISMATCH');
  });

  it('a payload without its trailer: TRUNCATED; a wrong trailer count or a line after it: CORRUPT_PAYLOAD', async () => {
    const noTrailer = await craft(
      'no-trailer.pksb',
      [preambleLine(KECAMATAN, [DINSOS]), changeLine(r1)],
      honestHeader,
    );
    const err = await bundleErrorOf(() => importLike(noTrailer, KECAMATAN, DINSOS));
    expect(err.code).toBe('TRUNCATED');
    expect(err.message).toContain('terpotong');
    const wrongCount = await craft(
      'wrong-count.pksb',
      [preambleLine(KECAMATAN, [DINSOS]), changeLine(r1), '{"type":"trailer","records":2}'],
      honestHeader,
    );
    expect((await bundleErrorOf(() => importLike(wrongCount, KECAMATAN, DINSOS))).code).toBe(
      'CORRUPT_PAYLOAD',
    );
    const after = await craft(
      'after-trailer.pksb',
      [preambleLine(KECAMATAN, [DINSOS]), '{"type":"trailer","records":0}', changeLine(r1)],
      honestHeader,
    );
    expect((await bundleErrorOf(() => importLike(after, KECAMATAN, DINSOS))).code).toBe('CORRUPT_PAYLOAD');
  });

  it('malformed lines and records: CORRUPT_PAYLOAD', async () => {
    const cases: Record<string, string> = {
      json: '{"type":"change",',
      array: '[1,2]',
      untyped: '{"table":"persons"}',
      deleted: changeLine({ ...r1, deleted: 1 as unknown as boolean }),
      stamp: changeLine({ ...r1, clocks: { b: 'yesterday', f: {} } }),
      value: JSON.stringify({ type: 'change', ...r1, values: { name: { nested: true } } }),
    };
    for (const [name, line] of Object.entries(cases)) {
      const path = await craft(
        `bad-${name}.pksb`,
        [preambleLine(KECAMATAN, [DINSOS]), line, '{"type":"trailer","records":1}'],
        honestHeader,
      );
      expect((await bundleErrorOf(() => importLike(path, KECAMATAN, DINSOS))).code, name).toBe(
        'CORRUPT_PAYLOAD',
      );
    }
    const noPreamble = await craft('no-preamble.pksb', ['{"type":"trailer","records":0}']);
    expect((await bundleErrorOf(() => importLike(noPreamble, KECAMATAN, DINSOS))).code).toBe(
      'CORRUPT_PAYLOAD',
    );
  });

  it('a payload swapped for another correctly encrypted one: DIGEST_MISMATCH', async () => {
    const other = await craft('swap-source.pksb', [
      preambleLine(KECAMATAN, [DINSOS]),
      '{"type":"trailer","records":0}',
    ]);
    const a = readFileSync(good);
    const b = readFileSync(other);
    const payloadOf = (buf: Buffer) => buf.subarray(9 + buf.readUInt32BE(5) + 64);
    const preludeAndSig = a.subarray(0, a.length - payloadOf(a).length);
    // Same length needed to pass the length check: pad or cut the swapped payload to the original's length.
    const swapped = Buffer.alloc(payloadOf(a).length);
    payloadOf(b).copy(swapped);
    const path = join(dir, 'swapped.pksb');
    writeFileSync(path, Buffer.concat([preludeAndSig, swapped]));
    expect((await bundleErrorOf(() => verifyBundle(path, KECAMATAN.keys.sign.publicKey))).code).toBe(
      'DIGEST_MISMATCH',
    );
    expect((await bundleErrorOf(() => readPayload(path, KECAMATAN, DINSOS))).code).toMatch(
      /DIGEST_MISMATCH|CORRUPT_PAYLOAD/,
    );
  });

  it('every code has an Indonesian message, including those the importer raises later', () => {
    for (const code of ['UNKNOWN_SENDER', 'REVOKED_SENDER', 'TRUNCATED', 'CORRUPT_HEADER'] as const) {
      expect(BUNDLE_ERROR_MESSAGES[code]).toMatch(/[Pp]aket|[Kk]antor/);
    }
  });
});
