// The bundle's framing: magic, version byte, length-prefixed header, signature, then the payload's place in the file.
import type { FileHandle } from 'node:fs/promises';
import { SIGNATURE_BYTES } from '../signing.ts';
import { BundleError } from './errors.ts';
import { encodeHeader, parseHeader, type BundleHeader } from './header.ts';

/**
 * Byte layout (stable across every format version, so any reader can find a newer bundle's header and
 * read its minimum reader version):
 *   0   4  magic "PKSB"
 *   4   1  format version
 *   5   4  header length N, unsigned big-endian
 *   9   N  header, canonical JSON (UTF-8)
 *   9+N 64 Ed25519 signature over bytes 0 … 9+N (the "prelude")
 *   73+N …  payload (age-encrypted zstd NDJSON), exactly header.payloadLength bytes
 *   …       the attachment section when header.attachments says so (its length), then end of file
 */
export const BUNDLE_MAGIC = Buffer.from('PKSB', 'latin1');
const FIXED_BYTES = 9;
export const MAX_HEADER_BYTES = 1 << 20;

export interface BundleFrame {
  header: BundleHeader;
  /** The signed bytes: magic, version, header length and header. */
  prelude: Buffer;
  signature: Buffer;
  payloadOffset: number;
  fileSize: number;
}

export function encodePrelude(header: BundleHeader): Buffer {
  const json = encodeHeader(header);
  const fixed = Buffer.alloc(FIXED_BYTES);
  BUNDLE_MAGIC.copy(fixed, 0);
  fixed.writeUInt8(header.formatVersion, 4);
  fixed.writeUInt32BE(json.length, 5);
  return Buffer.concat([fixed, json]);
}

async function readAt(fh: FileHandle, position: number, length: number): Promise<Buffer> {
  const buf = Buffer.alloc(length);
  let done = 0;
  while (done < length) {
    const { bytesRead } = await fh.read(buf, done, length - done, position + done);
    if (bytesRead === 0) throw new BundleError('TRUNCATED', 'file shrank while reading');
    done += bytesRead;
  }
  return buf;
}

/** Reads and checks the framing and the header (structure only: no keys, no signature check). */
export async function readFrame(fh: FileHandle): Promise<BundleFrame> {
  const { size } = await fh.stat();
  const fixed = await readAt(fh, 0, Math.min(size, FIXED_BYTES));
  if (fixed.length < BUNDLE_MAGIC.length) {
    const isPrefix = BUNDLE_MAGIC.subarray(0, fixed.length).equals(fixed);
    throw new BundleError(isPrefix ? 'TRUNCATED' : 'BAD_MAGIC', `file has only ${size} bytes`);
  }
  if (!fixed.subarray(0, BUNDLE_MAGIC.length).equals(BUNDLE_MAGIC)) throw new BundleError('BAD_MAGIC');
  if (fixed.length < FIXED_BYTES) throw new BundleError('TRUNCATED', 'file ends inside the framing');
  const version = fixed.readUInt8(4);
  if (version === 0) throw new BundleError('CORRUPT_HEADER', 'format version 0');
  const headerLength = fixed.readUInt32BE(5);
  if (headerLength === 0 || headerLength > MAX_HEADER_BYTES) {
    throw new BundleError('CORRUPT_HEADER', `header length ${headerLength}`);
  }
  const payloadOffset = FIXED_BYTES + headerLength + SIGNATURE_BYTES;
  if (size < payloadOffset) throw new BundleError('TRUNCATED', 'file ends inside the header or signature');
  const headerBytes = await readAt(fh, FIXED_BYTES, headerLength);
  const header = parseHeader(headerBytes, version);
  const expected = payloadOffset + header.payloadLength + (header.attachments?.length ?? 0);
  if (size < expected) throw new BundleError('TRUNCATED', `file has ${size} of ${expected} bytes`);
  if (size > expected) throw new BundleError('CORRUPT_PAYLOAD', `${size - expected} bytes after the payload`);
  return {
    header,
    prelude: Buffer.concat([fixed, headerBytes]),
    signature: await readAt(fh, FIXED_BYTES + headerLength, SIGNATURE_BYTES),
    payloadOffset,
    fileSize: size,
  };
}
