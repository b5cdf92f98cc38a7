// Export of one kecamatan's full bundle, against compressing and encrypting the same NDJSON bytes (zstd + age) in memory.
import { mkdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { constants as zc, zstdCompressSync } from 'node:zlib';
import { Encrypter } from 'age-encryption';
import { fileKeyProtector, readKeys } from '../electron/core/office/keystore.ts';
import { ageRecipientOf } from '../electron/core/sync/bundle/age-keys.ts';
import { encodeChange, encodePreamble, encodeTrailer } from '../electron/core/sync/bundle/payload-lines.ts';
import { openBundlePayload } from '../electron/core/sync/bundle/reader.ts';
import { exportBundles } from '../electron/core/sync/export.ts';
import { withBench } from './open.ts';
import { median } from './stats.ts';

export interface ExportResult {
  ms: number;
  bytes: number;
  records: number;
  rawMs: number;
  rawBytes: number;
  /** Length of the serialized (uncompressed) payload. */
  plainBytes: number;
}

/** Exports the office's full bundle `runs` times (nothing is acknowledged, so each carries everything). */
async function timeExports(officeDir: string, outRoot: string, runs: number) {
  return withBench(officeDir, async (reg) => {
    const times: number[] = [];
    let last = { path: '', bytes: 0, records: 0 };
    for (let i = 0; i < runs; i++) {
      const out = join(outRoot, `run-${i}`);
      mkdirSync(out, { recursive: true });
      const t0 = performance.now();
      const [b] = await exportBundles(reg.deps, out);
      times.push(performance.now() - t0);
      if (!b?.path) throw new Error('export wrote no bundle');
      last = { path: b.path, bytes: statSync(b.path).size, records: b.records };
      if (i < runs - 1) rmSync(out, { recursive: true, force: true });
    }
    return { ms: median(times), ...last };
  });
}

/** The exact NDJSON the writer compressed: preamble, one line per change, trailer (decrypted at Dinsos). */
async function serialized(
  bundle: string,
  officeDir: string,
  dinsosDir: string,
): Promise<Uint8Array<ArrayBuffer>> {
  const office = readKeys(join(officeDir, 'keys.json'), fileKeyProtector);
  const dinsos = readKeys(join(dinsosDir, 'keys.json'), fileKeyProtector);
  const opened = await openBundlePayload(bundle, dinsos.box.privateKey, {
    senderSignPublicKey: office.sign.publicKey,
  });
  const parts: string[] = [encodePreamble(opened.preamble)];
  let n = 0;
  for await (const r of opened.records) {
    parts.push(encodeChange(r));
    n++;
  }
  parts.push(encodeTrailer(n));
  return new TextEncoder().encode(parts.join(''));
}

async function compressEncrypt(plain: Uint8Array<ArrayBuffer>, boxPublicKey: string): Promise<Uint8Array> {
  const packed = zstdCompressSync(plain, { params: { [zc.ZSTD_c_compressionLevel]: 3 } });
  const e = new Encrypter();
  e.addRecipient(ageRecipientOf(boxPublicKey));
  return e.encrypt(new Uint8Array(packed.buffer, packed.byteOffset, packed.byteLength));
}

export async function measureExport(
  officeDir: string,
  dinsosDir: string,
  outRoot: string,
  runs: number,
): Promise<ExportResult> {
  const ours = await timeExports(officeDir, outRoot, runs);
  const plain = await serialized(ours.path, officeDir, dinsosDir);
  const dinsosBox = readKeys(join(dinsosDir, 'keys.json'), fileKeyProtector).box.publicKey;
  const times: number[] = [];
  let rawBytes = 0;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const cipher = await compressEncrypt(plain, dinsosBox);
    times.push(performance.now() - t0);
    rawBytes = cipher.length;
  }
  return {
    ms: ours.ms,
    bytes: ours.bytes,
    records: ours.records,
    rawMs: median(times),
    rawBytes,
    plainBytes: plain.length,
  };
}
