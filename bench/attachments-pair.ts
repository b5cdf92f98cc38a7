// An office and its Dinsos for the attachment rows: synthetic scans added straight to the store, bundles passed both ways.
import { randomBytes } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { v7 } from 'uuid';
import { putBlob, sha256Hex } from '../electron/core/attachments/blob-store.ts';
import { ensureStoreKeys, storeRoot } from '../electron/core/attachments/store-key.ts';
import { exportBundles } from '../electron/core/sync/export.ts';
import { importBundle } from '../electron/core/sync/import.ts';
import { ownIdentity, type OwnIdentity } from '../electron/core/sync/peers.ts';
import { createWriter } from '../electron/core/sync/writer.ts';
import type { Register } from '../electron/core/register.ts';

/** One synthetic scan as stored: its hash, size and where its plaintext was written (for the raw baseline). */
export interface SyntheticFile {
  hash: string;
  size: number;
  plainPath: string;
}

const KINDS = ['kk', 'ktp_el', 'foto_rumah', 'sktm', 'surat_keterangan'] as const;

/**
 * A "photo" (JPEG magic + incompressible bytes, as a real JPEG is) or a "PDF" (a text-like page stream that
 * compresses roughly like a scanned PDF's mixed content): what the section carries compresses as real scans do.
 * Sizes vary from half to one and a half times `meanBytes`.
 */
function syntheticScan(i: number, meanBytes: number): { bytes: Buffer; mime: string } {
  const size = Math.round(meanBytes * (0.5 + ((i * 7919) % 1000) / 1000));
  if (i % 3 === 2) {
    const head = Buffer.from(`%PDF-1.4\n% lampiran sintetis ${i}\n`, 'latin1');
    const tail = Buffer.from('\n%%EOF\n', 'latin1');
    const body = Buffer.alloc(size - head.length - tail.length);
    const noise = randomBytes(body.length);
    // Half noise (the image inside a scanned PDF), half repeated text.
    for (let k = 0; k < body.length; k++) body[k] = k % 2 === 0 ? (noise[k] ?? 0) : 0x41 + (k % 26);
    return { bytes: Buffer.concat([head, body, tail]), mime: 'application/pdf' };
  }
  const bytes = randomBytes(size);
  bytes[0] = 0xff;
  bytes[1] = 0xd8;
  bytes[2] = 0xff;
  return { bytes, mime: 'image/jpeg' };
}

/**
 * Adds `count` synthetic scans to the office's residents: the bytes to the encrypted store, the rows through the
 * sync writer in one transaction (what `attachments.add` writes after its intake, minus the image conversion).
 * Each plaintext is also written to `plainDir` so the baseline reads the same bytes from disk.
 */
export async function addSyntheticScans(
  office: Register,
  count: number,
  meanBytes: number,
  plainDir: string,
  firstIndex: number,
): Promise<SyntheticFile[]> {
  const { deps } = office;
  const own = await ownIdentity(deps.db, deps.paths.keys, deps.keyProtector);
  const persons = deps.sqlite
    .prepare('select id from persons where deleted = 0 and origin_office_id = ? order by id limit ?')
    .pluck()
    .all(own.officeId, count) as string[];
  if (persons.length === 0) throw new Error('the office has no residents to attach files to');
  mkdirSync(plainDir, { recursive: true });
  const root = storeRoot(deps.paths.dir);
  const files: SyntheticFile[] = [];
  await deps.db.transaction().execute(async (trx) => {
    const keys = await ensureStoreKeys(trx, deps.now());
    const writer = createWriter(trx, own.officeId, deps.now);
    for (let i = firstIndex; i < firstIndex + count; i++) {
      const { bytes, mime } = syntheticScan(i, meanBytes);
      const hash = sha256Hex(bytes);
      putBlob(root, keys, hash, bytes);
      const plainPath = join(plainDir, `${i}.bin`);
      writeFileSync(plainPath, bytes);
      files.push({ hash, size: bytes.length, plainPath });
      const at = new Date(deps.now()).toISOString();
      await writer.insert('attachments', {
        id: v7(),
        origin_office_id: own.officeId,
        owner_type: 'person',
        owner_id: persons[i % persons.length] ?? '',
        kind: KINDS[i % KINDS.length] ?? 'lainnya',
        note: `Pindaian sintetis ${i}`,
        legal_basis: 'pelayanan_publik',
        content_hash: hash,
        mime,
        size: bytes.length,
        original_size: bytes.length,
        width: mime === 'image/jpeg' ? 1600 : null,
        height: mime === 'image/jpeg' ? 1200 : null,
        added_by: 'benchmark',
        added_at: at,
        removed_at: null,
        removed_by: null,
        removed_reason: null,
      });
    }
  });
  return files;
}

export const identityOf = (r: Register): Promise<OwnIdentity> =>
  ownIdentity(r.deps.db, r.deps.paths.keys, r.deps.keyProtector);

/** Exports from `from` and returns its bundle to `toOfficeId` (null when there was nothing to send). */
export async function bundleTo(from: Register, toOfficeId: string, outDir: string): Promise<string | null> {
  mkdirSync(outDir, { recursive: true });
  const written = await exportBundles(from.deps, outDir);
  return written.find((b) => b.recipientOfficeId === toOfficeId)?.path ?? null;
}

/** Imports `path` at `to`; anything but applied is an error of the benchmark. */
export async function applyAt(to: Register, path: string): Promise<void> {
  const r = await importBundle(to.deps, path);
  if (r.status !== 'applied') throw new Error(`bundle ${path} ${r.status}: ${r.reason ?? ''}`);
}
