// The lampiran/ store: attachment bytes encrypted (AES-256-GCM) under the store's data key, named by a keyed hash.
import { createCipheriv, createDecipheriv, createHash, createHmac, hkdfSync, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { writeFileAtomic } from '../datadir/files.ts';

/** The store's folder in a data directory (and, for local backups, beside them: backups/lampiran). */
export const STORE_DIR = 'lampiran';

const MAGIC = Buffer.from('PSKL\u0001', 'latin1');
const NONCE_BYTES = 12;
const TAG_BYTES = 16;
const HEX_64 = /^[0-9a-f]{64}$/;

/** Raised when a stored file is missing, altered, truncated or encrypted under another key. */
export class AttachmentDamagedError extends Error {}

export const sha256Hex = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

/** The two keys derived from the data key: one encrypts, one names (so a file name never reveals a hash). */
export interface StoreKeys {
  enc: Buffer;
  name: Buffer;
}

export function storeKeys(dataKeyHex: string): StoreKeys {
  if (!HEX_64.test(dataKeyHex)) throw new Error('Kunci penyimpanan lampiran tidak sah.');
  const ikm = Buffer.from(dataKeyHex, 'hex');
  const derive = (info: string): Buffer =>
    Buffer.from(hkdfSync('sha256', ikm, Buffer.alloc(0), `puskesos lampiran v1 ${info}`, 32));
  return { enc: derive('enc'), name: derive('name') };
}

/** `<root>/<2 hex>/<64 hex>`: HMAC of the content hash, so equal bytes land on one file (stored once). */
export function blobPath(root: string, keys: StoreKeys, contentHash: string): string {
  if (!HEX_64.test(contentHash)) throw new Error('Sidik isi lampiran tidak sah.');
  const name = createHmac('sha256', keys.name).update(contentHash).digest('hex');
  return join(root, name.slice(0, 2), name);
}

/** MAGIC | nonce | ciphertext | tag; the content hash is the associated data (a file moved to another name fails). */
export function sealBlob(keys: StoreKeys, contentHash: string, plain: Uint8Array): Buffer {
  const nonce = randomBytes(NONCE_BYTES);
  const cipher = createCipheriv('aes-256-gcm', keys.enc, nonce);
  cipher.setAAD(Buffer.from(contentHash, 'latin1'));
  const body = Buffer.concat([cipher.update(plain), cipher.final()]);
  return Buffer.concat([MAGIC, nonce, body, cipher.getAuthTag()]);
}

export function openBlob(keys: StoreKeys, contentHash: string, sealed: Buffer): Buffer {
  const head = MAGIC.length + NONCE_BYTES;
  if (sealed.length < head + TAG_BYTES || !sealed.subarray(0, MAGIC.length).equals(MAGIC)) {
    throw new AttachmentDamagedError('File lampiran rusak atau bukan file lampiran register ini.');
  }
  const decipher = createDecipheriv('aes-256-gcm', keys.enc, sealed.subarray(MAGIC.length, head));
  decipher.setAAD(Buffer.from(contentHash, 'latin1'));
  decipher.setAuthTag(sealed.subarray(sealed.length - TAG_BYTES));
  let plain: Buffer;
  try {
    plain = Buffer.concat([
      decipher.update(sealed.subarray(head, sealed.length - TAG_BYTES)),
      decipher.final(),
    ]);
  } catch {
    throw new AttachmentDamagedError('File lampiran rusak atau telah diubah (pemeriksaan keaslian gagal).');
  }
  if (sha256Hex(plain) !== contentHash) {
    throw new AttachmentDamagedError('Isi file lampiran tidak cocok dengan sidiknya.');
  }
  return plain;
}

/** Stores the bytes under their hash (temporary name, fsync, rename); returns false when they were already there. */
export function putBlob(root: string, keys: StoreKeys, contentHash: string, plain: Uint8Array): boolean {
  const path = blobPath(root, keys, contentHash);
  if (existsSync(path)) return false;
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileAtomic(path, sealBlob(keys, contentHash, plain), 0o600);
  return true;
}

/** Reads and verifies (authentication tag, then SHA-256 of the plaintext). */
export function getBlob(root: string, keys: StoreKeys, contentHash: string): Buffer {
  const path = blobPath(root, keys, contentHash);
  if (!existsSync(path)) throw new AttachmentDamagedError('File lampiran tidak ada di penyimpanan.');
  return openBlob(keys, contentHash, readFileSync(path));
}

export const hasBlob = (root: string, keys: StoreKeys, contentHash: string): boolean =>
  existsSync(blobPath(root, keys, contentHash));

/** Deletes the bytes (erasure, or the last reference removed); true when a file was there. */
export function deleteBlob(root: string, keys: StoreKeys, contentHash: string): boolean {
  const path = blobPath(root, keys, contentHash);
  if (!existsSync(path)) return false;
  rmSync(path, { force: true });
  return true;
}
