// Reads a bundle: header (no keys), signature and digest check, and a streaming decrypt of the changes and author batches.
import { createHash } from 'node:crypto';
import { open, type FileHandle } from 'node:fs/promises';
import { constants as zc, createZstdDecompress } from 'node:zlib';
import { Decrypter } from 'age-encryption';
import { verifyDetached } from '../signing.ts';
import { ageIdentityOf } from './age-keys.ts';
import { StreamStats, type ChangeRecord } from './change-record.ts';
import { RecordsHash, type BatchHead } from './batch-line.ts';
import { asBundleError, BundleError } from './errors.ts';
import { readFrame, type BundleFrame } from './frame.ts';
import type { BundleHeader, BundleParty } from './header.ts';
import { parsePayloadLine, parsePreamble, splitLines, type PayloadPreamble } from './payload-lines.ts';
import { fromWebStream, through, toWebStream } from './stream-io.ts';

const CHUNK = 64 * 1024;
/** age's own header is a few hundred bytes per recipient; more than this before it is parsed is refused. */
const MAX_AGE_HEADER_BYTES = 1024 * 1024;
/** zstd window up to 2^24 bytes (16 MiB): bounds the decompressor's memory whatever the file claims. */
const ZSTD_WINDOW_LOG_MAX = 24;

async function openFile(path: string): Promise<FileHandle> {
  try {
    return await open(path, 'r');
  } catch (err) {
    throw new BundleError('UNREADABLE', (err as Error).message);
  }
}

export async function* readRange(fh: FileHandle, start: number, length: number): AsyncGenerator<Buffer> {
  let pos = start;
  const end = start + length;
  while (pos < end) {
    const buf = Buffer.alloc(Math.min(CHUNK, end - pos));
    const { bytesRead } = await fh.read(buf, 0, buf.length, pos);
    if (bytesRead === 0) throw new BundleError('TRUNCATED', 'file shrank while reading');
    pos += bytesRead;
    yield bytesRead === buf.length ? buf : buf.subarray(0, bytesRead);
  }
}

function checkSignature(frame: BundleFrame, senderSignPublicKey: string): void {
  if (!verifyDetached(frame.prelude, frame.signature, senderSignPublicKey)) {
    throw new BundleError('BAD_SIGNATURE');
  }
}

/** Header only, structural checks (framing, canonical JSON, fields, file length): for `bundle inspect`. */
export async function readBundleHeader(path: string): Promise<BundleHeader> {
  const fh = await openFile(path);
  try {
    return (await readFrame(fh)).header;
  } finally {
    await fh.close();
  }
}

/** Checks the signature over the prelude, then the payload's SHA-256 streamed over the file. */
export async function verifyBundle(path: string, senderSignPublicKey: string): Promise<BundleHeader> {
  const fh = await openFile(path);
  try {
    const frame = await readFrame(fh);
    checkSignature(frame, senderSignPublicKey);
    const hash = createHash('sha256');
    for await (const chunk of readRange(fh, frame.payloadOffset, frame.header.payloadLength))
      hash.update(chunk);
    if (hash.digest('hex') !== frame.header.payloadSha256) throw new BundleError('DIGEST_MISMATCH');
    const section = frame.header.attachments;
    if (section) {
      const sectionHash = createHash('sha256');
      const at = frame.payloadOffset + frame.header.payloadLength;
      for await (const chunk of readRange(fh, at, section.length)) sectionHash.update(chunk);
      if (sectionHash.digest('hex') !== section.sha256) throw new BundleError('DIGEST_MISMATCH');
    }
    return frame.header;
  } finally {
    await fh.close();
  }
}

export interface OpenedBundle {
  header: BundleHeader;
  preamble: PayloadPreamble;
  /**
   * The change records, decrypted and parsed as they are read. The integrity checks that need the whole
   * stream (trailer present and matching, payload digest, counts and HLC range equal to the header's) run
   * after the last record: apply records inside a transaction and commit only when this iterator has
   * finished without throwing. Finishing or breaking out of the loop closes the file.
   */
  records: AsyncGenerator<ChangeRecord, void, undefined>;
  /**
   * The same payload with its author batches framed (format 2): iterate either this or `records`, not both.
   * The same end-of-stream checks apply.
   */
  entries: AsyncGenerator<BundleEntry, void, undefined>;
  /** Releases the file when the records are not iterated to the end. */
  close(): Promise<void>;
}

export interface OpenOptions {
  /** The sender's Ed25519 public key from the network register: the signature is checked again here. */
  senderSignPublicKey: string;
  /** This office: refused as WRONG_RECIPIENT before decrypting when the header does not name it. */
  recipient?: BundleParty;
}

function checkRecipient(header: BundleHeader, me: BundleParty): void {
  const listed = header.recipients.find((r) => r.officeId === me.officeId);
  if (!listed) throw new BundleError('WRONG_RECIPIENT', 'office not among the recipients');
  if (listed.fingerprint !== me.fingerprint) {
    throw new BundleError(
      'WRONG_RECIPIENT',
      'recipient fingerprint differs',
      'Paket ini ditujukan untuk kunci lama kantor ini (sebelum kunci diganti). Minta kantor pengirim ' +
        'mengimpor file jaringan terbaru dan mengirim paket baru.',
    );
  }
}

const sameCounts = (a: Record<string, number>, b: Record<string, number>): boolean => {
  const ka = Object.keys(a).sort();
  const kb = Object.keys(b).sort();
  return ka.length === kb.length && ka.every((k, i) => k === kb[i] && a[k] === b[k]);
};

/**
 * One item of a payload, in file order. Format 2 frames author batches: a `batch` entry (the head, its signature
 * to be judged by the importer with the author's key), its `head.records` change entries, then `batch-end`
 * saying whether those records are exactly the ones the head counts and hashes. A change outside a batch
 * (`batch: null`) is the sender's own, proven by the bundle's signature.
 */
export type BundleEntry =
  | { type: 'change'; record: ChangeRecord; batch: number | null }
  | { type: 'batch'; index: number; head: BatchHead; signature: string }
  | { type: 'batch-end'; index: number; intact: boolean };

interface OpenBatch {
  index: number;
  head: BatchHead;
  hash: RecordsHash;
}

/** Closes a batch: intact when exactly its counted records, with its digest, went by. */
const endOf = (b: OpenBatch): BundleEntry => ({
  type: 'batch-end',
  index: b.index,
  intact: b.hash.count === b.head.records && b.hash.hex() === b.head.recordsSha256,
});

async function* entriesOf(
  lines: AsyncGenerator<string>,
  header: BundleHeader,
  digestOf: () => string | null,
  close: () => Promise<void>,
): AsyncGenerator<BundleEntry, void, undefined> {
  const stats = new StreamStats();
  let trailer: number | null = null;
  let open: OpenBatch | null = null;
  let batches = 0;
  try {
    for await (const line of lines) {
      if (trailer !== null) throw new BundleError('CORRUPT_PAYLOAD', 'data after the trailer');
      const parsed = parsePayloadLine(line);
      if (parsed.type === 'change') {
        stats.add(parsed.record);
        if (open) open.hash.add(parsed.record);
        yield { type: 'change', record: parsed.record, batch: open ? open.index : null };
        if (open && open.hash.count === open.head.records) {
          yield endOf(open);
          open = null;
        }
      } else if (parsed.type === 'batch') {
        // A batch cut short by the next one: its records are not the signed ones.
        if (open) yield endOf(open);
        open = { index: batches++, head: parsed.head, hash: new RecordsHash() };
        yield { type: 'batch', index: open.index, head: parsed.head, signature: parsed.signature };
        if (parsed.head.records === 0) {
          yield endOf(open);
          open = null;
        }
      } else if (parsed.type === 'trailer') {
        if (open) yield endOf(open);
        open = null;
        trailer = parsed.records;
      }
    }
    if (trailer === null) throw new BundleError('TRUNCATED', 'payload has no trailer');
    if (trailer !== stats.records) throw new BundleError('CORRUPT_PAYLOAD', 'trailer count differs');
    const digest = digestOf();
    if (digest === null) throw new BundleError('CORRUPT_PAYLOAD', 'payload not read to its end');
    if (digest !== header.payloadSha256) throw new BundleError('DIGEST_MISMATCH');
    const range = stats.hlcRange();
    const sameRange =
      range === null
        ? header.hlcRange === null
        : range.min === header.hlcRange?.min && range.max === header.hlcRange.max;
    if (!sameCounts(stats.counts(), header.counts) || !sameRange) {
      throw new BundleError('HEADER_MISMATCH', 'records differ from the header counts or HLC range');
    }
  } catch (err) {
    throw asBundleError(err, 'CORRUPT_PAYLOAD');
  } finally {
    await lines.return(undefined);
    await close();
  }
}

/**
 * The change records alone, for readers of bundles that carry no author batch (format 1, a re-seed): a batch
 * is refused here, never read as the sender's own records.
 */
async function* changesOnly(
  entries: AsyncGenerator<BundleEntry, void, undefined>,
): AsyncGenerator<ChangeRecord, void, undefined> {
  for await (const e of entries) {
    if (e.type === 'batch') {
      throw new BundleError('CORRUPT_PAYLOAD', "author batches where only the sender's records are read");
    }
    if (e.type === 'change') yield e.record;
  }
}

/**
 * Opens the payload for the recipient: signature (again, so the header used is the verified one), recipient,
 * age decryption, zstd, then the preamble, which must repeat the header's sender, recipients and sequence.
 * The ciphertext is hashed as it streams, so a file changed after `verifyBundle` is still caught.
 */
export async function openBundlePayload(
  path: string,
  recipientBoxPrivateKey: string,
  opts: OpenOptions,
): Promise<OpenedBundle> {
  const fh = await openFile(path);
  let closed = false;
  const close = async (): Promise<void> => {
    if (closed) return;
    closed = true;
    await fh.close();
  };
  try {
    const frame = await readFrame(fh);
    checkSignature(frame, opts.senderSignPublicKey);
    if (opts.recipient) checkRecipient(frame.header, opts.recipient);
    const hash = createHash('sha256');
    let digest: string | null = null;
    let inAgeHeader = true;
    let hashed = 0;
    async function* ciphertext(): AsyncGenerator<Uint8Array> {
      for await (const chunk of readRange(fh, frame.payloadOffset, frame.header.payloadLength)) {
        hash.update(chunk);
        hashed += chunk.length;
        if (inAgeHeader && hashed > MAX_AGE_HEADER_BYTES) {
          throw new BundleError('CORRUPT_PAYLOAD', 'age header too long');
        }
        yield chunk;
      }
      digest = hash.digest('hex');
    }
    const decrypter = new Decrypter();
    decrypter.addIdentity(ageIdentityOf(recipientBoxPrivateKey));
    let plain: ReadableStream<Uint8Array>;
    try {
      plain = await decrypter.decrypt(toWebStream(ciphertext()));
    } catch (err) {
      if (err instanceof Error && /no identity matched/.test(err.message)) {
        throw new BundleError('WRONG_RECIPIENT', err.message);
      }
      throw err;
    }
    inAgeHeader = false;
    const zstd = createZstdDecompress({ params: { [zc.ZSTD_d_windowLogMax]: ZSTD_WINDOW_LOG_MAX } });
    const lines = splitLines(through(fromWebStream(plain), zstd));
    const first = await lines.next();
    const preamble = parsePreamble(first.done ? undefined : first.value, frame.header);
    const entries = entriesOf(lines, frame.header, () => digest, close);
    return { header: frame.header, preamble, records: changesOnly(entries), entries, close };
  } catch (err) {
    await close();
    throw asBundleError(err, 'CORRUPT_PAYLOAD');
  }
}

/**
 * The records of the `index`-th author batch of a bundle, read again from the file: a batch whose records turned
 * out altered is undone and then quarantined record by record, without holding any batch in memory.
 */
export async function* batchRecordsAgain(
  path: string,
  recipientBoxPrivateKey: string,
  opts: OpenOptions,
  index: number,
): AsyncGenerator<ChangeRecord, void, undefined> {
  const opened = await openBundlePayload(path, recipientBoxPrivateKey, opts);
  try {
    for await (const e of opened.entries) {
      if (e.type === 'change' && e.batch === index) yield e.record;
      if (e.type === 'batch-end' && e.index === index) return;
    }
  } finally {
    await opened.close();
  }
}
