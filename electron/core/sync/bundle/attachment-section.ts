// The bundle's attachment section: file bytes after the payload, zstd then age to the same recipients, own digest.
import { createHash } from 'node:crypto';
import { open, type FileHandle } from 'node:fs/promises';
import { constants as zc, createZstdDecompress } from 'node:zlib';
import { Decrypter } from 'age-encryption';
import { z } from '../../../../shared/validation/zod-locale.ts';
import { ageIdentityOf } from './age-keys.ts';
import { asBundleError, BundleError } from './errors.ts';
import { fromWebStream, through, toWebStream } from './stream-io.ts';
import { readRange } from './reader.ts';
import { sealToFile } from './seal-file.ts';

/** One file in the section: the SHA-256 of its plaintext bytes and their length. */
export interface SectionBlob {
  hash: string;
  size: number;
}

/**
 * The section's first line (inside the encryption, so no content hash is visible on the stick): the files that
 * follow, in order, and the files the writer still lacks (its "lampiran menyusul" list, so a sender whose
 * earlier bundle was lost offers them again).
 */
export interface SectionIndex {
  blobs: SectionBlob[];
  wants: string[];
}

/** Where the section is in the file and its digest: in the signed header, so the signature covers it too. */
export interface SectionDigest {
  length: number;
  sha256: string;
}

export interface SectionSource {
  index: SectionIndex;
  /** The plaintext bytes of one file, read when its turn comes (one file in memory at a time). */
  bytesOf(hash: string): Promise<Uint8Array> | Uint8Array;
}

export const SECTION_LINE_TYPE = 'lampiran';
const CHUNK = 64 * 1024;
const MAX_INDEX_BYTES = 4 * 1024 * 1024;
const HEX_64 = /^[0-9a-f]{64}$/;
/** The largest file the intake keeps is 11 MiB; a section claiming more for one file is refused. */
const MAX_BLOB_BYTES = 16 * 1024 * 1024;

const indexSchema = z.object({
  type: z.literal(SECTION_LINE_TYPE),
  blobs: z
    .array(z.object({ hash: z.string().regex(HEX_64), size: z.number().int().min(1).max(MAX_BLOB_BYTES) }))
    .max(100_000),
  wants: z.array(z.string().regex(HEX_64)).max(100_000),
});

async function* plainOf(src: SectionSource): AsyncGenerator<Uint8Array> {
  const { blobs, wants } = src.index;
  yield Buffer.from(`${JSON.stringify({ type: SECTION_LINE_TYPE, blobs, wants })}\n`, 'utf8');
  for (const b of blobs) {
    const bytes = await src.bytesOf(b.hash);
    if (bytes.length !== b.size)
      throw new Error(`attachment ${b.hash} has ${bytes.length} bytes, not ${b.size}`);
    for (let at = 0; at < bytes.length; at += CHUNK) yield bytes.subarray(at, at + CHUNK);
  }
}

/** Writes the encrypted section to a new file at `target`, or appends it to an open handle (the bundle writer's payload file). */
export const writeAttachmentSection = (
  target: string | FileHandle,
  recipientBoxPublicKeys: readonly string[],
  src: SectionSource,
  compressionLevel = 3,
): Promise<SectionDigest> => sealToFile(target, plainOf(src), recipientBoxPublicKeys, compressionLevel);

/** Pulls exact byte counts and lines out of a stream of chunks. */
class ByteReader {
  private buf: Buffer = Buffer.alloc(0);
  private readonly it: AsyncIterator<Uint8Array>;
  constructor(it: AsyncIterator<Uint8Array>) {
    this.it = it;
  }

  private async fill(): Promise<boolean> {
    const next = await this.it.next();
    if (next.done) return false;
    this.buf = this.buf.length === 0 ? Buffer.from(next.value) : Buffer.concat([this.buf, next.value]);
    return true;
  }

  async line(max: number): Promise<string> {
    for (;;) {
      const nl = this.buf.indexOf(0x0a);
      if (nl >= 0) {
        const text = this.buf.subarray(0, nl).toString('utf8');
        this.buf = this.buf.subarray(nl + 1);
        return text;
      }
      if (this.buf.length > max) throw new BundleError('CORRUPT_PAYLOAD', 'attachment index too long');
      if (!(await this.fill())) throw new BundleError('TRUNCATED', 'attachment section ends in its index');
    }
  }

  async exactly(n: number): Promise<Buffer> {
    const parts: Buffer[] = [];
    let need = n;
    while (need > 0) {
      if (this.buf.length === 0 && !(await this.fill())) {
        throw new BundleError('TRUNCATED', 'attachment section ends inside a file');
      }
      const take = this.buf.subarray(0, need);
      parts.push(take);
      need -= take.length;
      this.buf = this.buf.subarray(take.length);
    }
    return Buffer.concat(parts);
  }

  async atEnd(): Promise<boolean> {
    while (this.buf.length === 0) if (!(await this.fill())) return true;
    return false;
  }
}

export interface ReceivedBlob extends SectionBlob {
  bytes: Buffer;
}

export interface OpenedSection {
  index: SectionIndex;
  /**
   * Each file after its SHA-256 and size are checked against the index; after the last one, the section's
   * digest against the signed header and nothing left over. Store files as they come inside the import's
   * transaction and commit only when this finishes without throwing.
   */
  blobs: AsyncGenerator<ReceivedBlob, void, undefined>;
  close(): Promise<void>;
}

/**
 * Opens the section at `offset` (just after the payload) for this recipient. The ciphertext is hashed as it is
 * read; age authenticates every 64 KiB chunk and the last one, so a cut or altered section cannot decrypt.
 */
export async function openAttachmentSection(
  path: string,
  offset: number,
  digest: SectionDigest,
  recipientBoxPrivateKey: string,
): Promise<OpenedSection> {
  const fh = await open(path, 'r');
  const close = (): Promise<void> => fh.close().catch(() => undefined);
  const hash = createHash('sha256');
  let hashed: string | null = null;
  async function* cipher(): AsyncGenerator<Uint8Array> {
    for await (const chunk of readRange(fh, offset, digest.length)) {
      hash.update(chunk);
      yield chunk;
    }
    hashed = hash.digest('hex');
  }
  try {
    const decrypter = new Decrypter();
    decrypter.addIdentity(ageIdentityOf(recipientBoxPrivateKey));
    const plain = await decrypter.decrypt(toWebStream(cipher()));
    const zstd = createZstdDecompress({ params: { [zc.ZSTD_d_windowLogMax]: 24 } });
    const reader = new ByteReader(through(fromWebStream(plain), zstd)[Symbol.asyncIterator]());
    let raw: unknown;
    try {
      raw = JSON.parse(await reader.line(MAX_INDEX_BYTES));
    } catch (err) {
      if (err instanceof BundleError) throw err;
      throw new BundleError('CORRUPT_PAYLOAD', 'attachment index is not JSON');
    }
    const parsed = indexSchema.safeParse(raw);
    if (!parsed.success) throw new BundleError('CORRUPT_PAYLOAD', 'attachment index malformed');
    const index: SectionIndex = { blobs: parsed.data.blobs, wants: parsed.data.wants };
    async function* blobs(): AsyncGenerator<ReceivedBlob, void, undefined> {
      try {
        for (const b of index.blobs) {
          const bytes = await reader.exactly(b.size);
          if (createHash('sha256').update(bytes).digest('hex') !== b.hash) {
            throw new BundleError(
              'CORRUPT_PAYLOAD',
              `attachment ${b.hash.slice(0, 12)} differs from its hash`,
            );
          }
          yield { ...b, bytes };
        }
        if (!(await reader.atEnd()))
          throw new BundleError('CORRUPT_PAYLOAD', 'bytes after the last attachment');
        if (hashed !== digest.sha256) throw new BundleError('DIGEST_MISMATCH', 'attachment section digest');
      } catch (err) {
        throw asBundleError(err, 'CORRUPT_PAYLOAD');
      } finally {
        await close();
      }
    }
    return { index, blobs: blobs(), close };
  } catch (err) {
    await close();
    throw asBundleError(err, 'CORRUPT_PAYLOAD');
  }
}
