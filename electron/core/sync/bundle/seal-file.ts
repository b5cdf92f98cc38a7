// Compresses (zstd) and encrypts (age) a stream of plaintext chunks into a file: the bundle's payload and its attachment section.
import { createHash } from 'node:crypto';
import { open, type FileHandle } from 'node:fs/promises';
import { constants as zc, createZstdCompress } from 'node:zlib';
import { Encrypter } from 'age-encryption';
import { ageRecipientOf } from './age-keys.ts';
import { fromWebStream, through, toWebStream } from './stream-io.ts';

export async function writeAll(fh: FileHandle, data: Uint8Array): Promise<void> {
  let done = 0;
  while (done < data.length) done += (await fh.write(data, done, data.length - done)).bytesWritten;
}

/**
 * Writes the sealed stream to `target` — a new file at that path (mode 0600), or appended at the position of an
 * open handle, which stays open — pulling the source as fast as it is written; returns its length and SHA-256.
 */
export async function sealToFile(
  target: string | FileHandle,
  plain: AsyncIterable<Uint8Array>,
  recipientBoxPublicKeys: readonly string[],
  compressionLevel = 3,
): Promise<{ length: number; sha256: string }> {
  const zstd = createZstdCompress({ params: { [zc.ZSTD_c_compressionLevel]: compressionLevel } });
  const encrypter = new Encrypter();
  for (const key of recipientBoxPublicKeys) encrypter.addRecipient(ageRecipientOf(key));
  const cipher = await encrypter.encrypt(toWebStream(through(plain, zstd)));
  const hash = createHash('sha256');
  let length = 0;
  const fh = typeof target === 'string' ? await open(target, 'w', 0o600) : target;
  try {
    for await (const chunk of fromWebStream(cipher)) {
      hash.update(chunk);
      length += chunk.length;
      await writeAll(fh, chunk);
    }
  } finally {
    if (typeof target === 'string') await fh.close();
  }
  return { length, sha256: hash.digest('hex') };
}
