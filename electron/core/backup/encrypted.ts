// Backup files encrypted with age (zstd inside) to the office's own X25519 key: written and read back streaming.
import { createReadStream } from 'node:fs';
import { open, rename, rm, type FileHandle } from 'node:fs/promises';
import { createZstdCompress, createZstdDecompress } from 'node:zlib';
import { Decrypter, Encrypter } from 'age-encryption';
import { tempNameFor } from '../datadir/temp-names.ts';
import { ageIdentityOf, ageRecipientOf } from '../sync/bundle/age-keys.ts';
import { fromWebStream, through, toWebStream } from '../sync/bundle/stream-io.ts';

/** Extension of an encrypted backup: the SQLite file, zstd-compressed, then age-encrypted. */
export const ENCRYPTED_EXT = '.sqlite.zst.age';

export class EncryptedBackupError extends Error {}

async function writeAll(fh: FileHandle, data: Uint8Array): Promise<void> {
  let done = 0;
  while (done < data.length) done += (await fh.write(data, done, data.length - done)).bytesWritten;
}

/** Streams `chunks` into `out` through a temporary name, synced to disk before the rename. */
async function writeStreamed(chunks: AsyncIterable<Uint8Array>, out: string): Promise<number> {
  const tmp = tempNameFor(out);
  let bytes = 0;
  const fh = await open(tmp, 'w', 0o600);
  try {
    for await (const chunk of chunks) {
      bytes += chunk.length;
      await writeAll(fh, chunk);
    }
    await fh.sync();
  } catch (err) {
    await fh.close();
    await rm(tmp, { force: true });
    throw err;
  }
  await fh.close();
  await rename(tmp, out);
  return bytes;
}

async function* fileChunks(path: string): AsyncGenerator<Uint8Array> {
  for await (const chunk of createReadStream(path)) yield chunk as Buffer;
}

/** Encrypts `src` to the offices' X25519 public keys (base64url, as stored in `offices.box_public_key`). */
export async function encryptBackupFile(src: string, out: string, boxPublicKeys: readonly string[]) {
  const encrypter = new Encrypter();
  for (const key of boxPublicKeys) encrypter.addRecipient(ageRecipientOf(key));
  const cipher = await encrypter.encrypt(toWebStream(through(fileChunks(src), createZstdCompress())));
  return { bytes: await writeStreamed(fromWebStream(cipher), out) };
}

/** Decrypts with the office's X25519 private key into `out`; another office's key or a damaged file is refused. */
export async function decryptBackupFile(src: string, out: string, boxPrivateKey: string): Promise<void> {
  const decrypter = new Decrypter();
  decrypter.addIdentity(ageIdentityOf(boxPrivateKey));
  try {
    const plain = await decrypter.decrypt(toWebStream(fileChunks(src)));
    await writeStreamed(through(fromWebStream(plain), createZstdDecompress()), out);
  } catch (err) {
    const msg = (err as Error).message;
    if (/no identity matched/i.test(msg)) {
      throw new EncryptedBackupError(
        'Cadangan ini dienkripsi untuk kunci kantor lain; tidak dapat dibuka dengan kunci kantor ini.',
      );
    }
    throw new EncryptedBackupError(`Cadangan terenkripsi rusak atau bukan cadangan Puskesos: ${msg}`);
  }
}
