// The bundle's attachment section: files round-trip verified, a file that differs from its hash or a cut or altered section is refused.
import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  openAttachmentSection,
  writeAttachmentSection,
  type SectionSource,
} from '../../../../../electron/core/sync/bundle/attachment-section.ts';
import { verifyBundle } from '../../../../../electron/core/sync/bundle/reader.ts';
import { writeBundle } from '../../../../../electron/core/sync/bundle/writer.ts';
import { bundleErrorOf, sampleRecords } from '../../../../support/bundle-craft.ts';
import { DINSOS, KECAMATAN, OTHER } from '../../../../support/sync-keys.ts';

const dir = mkdtempSync(join(tmpdir(), 'pksb-section-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const sha = (b: Uint8Array): string => createHash('sha256').update(b).digest('hex');
/** Random bytes (incompressible, like a JPEG) larger than one 64 KiB chunk, and a small one. */
const FILES = [randomBytes(200_000), randomBytes(1_000)];

const source = (files: readonly Buffer[], bytesOf = (i: number): Buffer => files[i] ?? Buffer.alloc(0)) => {
  const byHash = new Map(files.map((f, i) => [sha(f), i]));
  const src: SectionSource = {
    index: { blobs: files.map((f) => ({ hash: sha(f), size: f.length })), wants: [sha(Buffer.from('x'))] },
    bytesOf: (hash) => bytesOf(byHash.get(hash) ?? -1),
  };
  return src;
};

async function readAll(path: string, offset = 0, key = DINSOS.keys.box.privateKey) {
  const length = statSync(path).size - offset;
  const digest = { length, sha256: sha(readFileSync(path).subarray(offset)) };
  const opened = await openAttachmentSection(path, offset, digest, key);
  const got: Buffer[] = [];
  for await (const b of opened.blobs) got.push(b.bytes);
  return { index: opened.index, got };
}

describe('attachment section', () => {
  it('round-trips the files and the wants list, encrypted to the recipient only', async () => {
    const path = join(dir, 'ok.section');
    const digest = await writeAttachmentSection(path, [DINSOS.keys.box.publicKey], source(FILES));
    expect(digest.length).toBe(statSync(path).size);
    const { index, got } = await readAll(path);
    expect(got.map(sha)).toEqual(FILES.map(sha));
    expect(index.wants).toEqual([sha(Buffer.from('x'))]);
    // The index (content hashes) is inside the encryption.
    expect(readFileSync(path).includes(Buffer.from(sha(FILES[0] ?? Buffer.alloc(0))))).toBe(false);
    const other = await bundleErrorOf(() => readAll(path, 0, OTHER.keys.box.privateKey));
    expect(other.code).toBe('CORRUPT_PAYLOAD');
  });

  it('refuses a file whose bytes differ from the hash the index gives', async () => {
    const path = join(dir, 'swapped.section');
    const swapped = source(FILES, (i) => (i === 0 ? randomBytes(200_000) : (FILES[i] ?? Buffer.alloc(0))));
    await writeAttachmentSection(path, [DINSOS.keys.box.publicKey], swapped);
    const err = await bundleErrorOf(() => readAll(path));
    expect(err.code).toBe('CORRUPT_PAYLOAD');
    expect(err.detail).toMatch(/differs from its hash/);
  });

  it('refuses a cut section and a changed byte', async () => {
    const path = join(dir, 'whole.section');
    await writeAttachmentSection(path, [DINSOS.keys.box.publicKey], source(FILES));
    const bytes = readFileSync(path);
    const cut = join(dir, 'cut.section');
    writeFileSync(cut, bytes.subarray(0, bytes.length - 500));
    expect(['TRUNCATED', 'CORRUPT_PAYLOAD']).toContain((await bundleErrorOf(() => readAll(cut))).code);
    const flipped = Buffer.from(bytes);
    flipped[bytes.length - 100] = (flipped[bytes.length - 100] ?? 0) ^ 1;
    const changed = join(dir, 'changed.section');
    writeFileSync(changed, flipped);
    expect((await bundleErrorOf(() => readAll(changed))).code).toBe('CORRUPT_PAYLOAD');
  });

  it('a bundle carries the section after its payload, covered by the signed header', async () => {
    const out = join(dir, 'with-files.pksb');
    const written = await writeBundle({
      out,
      sender: KECAMATAN.sender,
      recipients: [DINSOS.recipient],
      sequence: 1,
      schemaVersion: 2,
      records: sampleRecords(2, KECAMATAN.officeId),
      attachments: source(FILES),
    });
    const section = written.header.attachments;
    expect(section?.length).toBeGreaterThan(201_000);
    // A reader from before the section would call its bytes damage: format 2 makes it say "perbarui aplikasi".
    expect([written.header.formatVersion, written.header.minReaderVersion]).toEqual([2, 2]);
    expect(written.bytes).toBe(statSync(out).size);
    // The file's hash, computed while writing (the export log's), is that of the bytes on disk, section included.
    expect(written.sha256).toBe(createHash('sha256').update(readFileSync(out)).digest('hex'));
    await verifyBundle(out, KECAMATAN.keys.sign.publicKey);
    const flipped = readFileSync(out);
    flipped[flipped.length - 10] = (flipped[flipped.length - 10] ?? 0) ^ 1;
    writeFileSync(out, flipped);
    expect((await bundleErrorOf(() => verifyBundle(out, KECAMATAN.keys.sign.publicKey))).code).toBe(
      'DIGEST_MISMATCH',
    );
    const plain = await writeBundle({
      out: join(dir, 'no-files.pksb'),
      sender: KECAMATAN.sender,
      recipients: [DINSOS.recipient],
      sequence: 2,
      schemaVersion: 2,
      records: sampleRecords(2, KECAMATAN.officeId),
    });
    expect(plain.header.attachments).toBeUndefined();
    expect([plain.header.formatVersion, plain.header.minReaderVersion]).toEqual([1, 1]);
  });
});
