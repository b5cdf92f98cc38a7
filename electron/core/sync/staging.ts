// Puts a bundle's bytes into the inbox from a stream (web upload) or a picked file (desktop): temp name, then rename.
import { createHash, randomUUID } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, readdir, rename, rm, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { Transform, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { UPLOAD_MAX_BYTES } from '../../../shared/api/methods/sync-ops.ts';
import type { PickedBundles, StagedBundle } from '../../../shared/types/sync.ts';
import type { Caller } from '../context.ts';
import type { Dispatch } from '../dispatch.ts';
import { inboxDir } from './status.ts';
import { isBundleName } from './transport/transport.ts';

export { UPLOAD_MAX_BYTES };

/** What a bundle's bare file name may look like when a caller names it (no folders, no hidden files). */
export const STAGED_NAME_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._() -]*\.pksb$/;

/** A refused or failed staging, with the clerk's Indonesian message. */
export class StagingError extends Error {
  readonly kind: 'nama' | 'terlalu_besar' | 'terputus';
  constructor(kind: StagingError['kind'], message: string) {
    super(message);
    this.name = 'StagingError';
    this.kind = kind;
  }
}

const TEMP_PREFIX = '.unggah-';

const tooLarge = (maxBytes: number): StagingError =>
  new StagingError(
    'terlalu_besar',
    `Berkas melebihi batas ${formatBytes(maxBytes)}; tidak ada yang disimpan.`,
  );

function formatBytes(n: number): string {
  if (n >= 1024 ** 3) return `${(n / 1024 ** 3).toLocaleString('id-ID', { maximumFractionDigits: 1 })} GB`;
  return `${(n / 1024 ** 2).toLocaleString('id-ID', { maximumFractionDigits: 1 })} MB`;
}

/** Checks a caller's bare bundle name; refuses paths, hidden files and anything not `.pksb`. */
export function checkStagedName(fileName: string): string {
  if (fileName.length > 200 || !STAGED_NAME_PATTERN.test(fileName) || !isBundleName(fileName))
    throw new StagingError('nama', 'Nama berkas tidak valid: pilih paket sinkronisasi (.pksb).');
  return fileName;
}

export interface StageOptions {
  /** Refuse more than this many bytes (default UPLOAD_MAX_BYTES). */
  maxBytes?: number;
  /** The announced size (Content-Length, the picked file's size): fewer or more bytes mean the upload broke. */
  expectedBytes?: number;
}

/**
 * Streams `source` into `inbox/.unggah-<uuid>.tmp` while counting and hashing, then renames it to `inbox/<fileName>`
 * (replacing a bundle of the same name). Over the cap, cut short or failing: the temporary file is removed and a
 * StagingError explains why; nothing partial ever carries a bundle's name, so the inbox never lists half a bundle.
 */
export async function stageBundle(
  dataDir: string,
  fileName: string,
  source: Readable,
  opts: StageOptions = {},
): Promise<StagedBundle> {
  const name = checkStagedName(fileName);
  return stageStream(inboxDir(dataDir), name, source, opts);
}

/**
 * Streams `source` into `dir/.unggah-<uuid>.tmp` while counting and hashing, then renames it to `dir/<name>` (a
 * name the caller has checked). The core of stageBundle, also used for spreadsheets staged for import.
 */
export async function stageStream(
  dir: string,
  name: string,
  source: Readable,
  opts: StageOptions = {},
): Promise<StagedBundle> {
  const maxBytes = opts.maxBytes ?? UPLOAD_MAX_BYTES;
  if (opts.expectedBytes !== undefined && opts.expectedBytes > maxBytes) {
    source.resume();
    throw tooLarge(maxBytes);
  }
  await mkdir(dir, { recursive: true });
  const temp = join(dir, `${TEMP_PREFIX}${randomUUID()}.tmp`);
  const hash = createHash('sha256');
  let bytes = 0;
  const meter = new Transform({
    transform(chunk: Buffer, _enc, done) {
      bytes += chunk.length;
      if (bytes > maxBytes) {
        done(tooLarge(maxBytes));
        return;
      }
      hash.update(chunk);
      done(null, chunk);
    },
  });
  try {
    await pipeline(source, meter, createWriteStream(temp, { flags: 'wx' }));
    if (opts.expectedBytes !== undefined && bytes !== opts.expectedBytes)
      throw new StagingError('terputus', 'Unggahan terputus sebelum lengkap; tidak ada yang disimpan.');
    await rename(temp, join(dir, name));
  } catch (err) {
    await rm(temp, { force: true });
    if (err instanceof StagingError) throw err;
    throw new StagingError('terputus', 'Unggahan terputus sebelum lengkap; tidak ada yang disimpan.');
  }
  return { fileName: name, bytes, sha256: hash.digest('hex') };
}

/** Asks whether this caller may stage this file (the web host and the picker ask the core's dispatch). */
export type StagePermit = (
  fileName: string,
  bytes: number,
) => Promise<{ ok: true } | { ok: false; message: string }>;

/** The permit as the core's dispatch gives it: `sync.uploadPermit` with the caller's session (roles, name, size). */
export function dispatchPermit(dispatch: Dispatch, caller: Caller): StagePermit {
  return async (fileName, bytes) => {
    const r = await dispatch(caller, 'sync.uploadPermit', { fileName, bytes });
    return r.ok ? { ok: true } : { ok: false, message: r.error.message };
  };
}

/**
 * Copies files picked in the desktop's open dialog into the inbox, one by one, each after the permit: a refused
 * or failed file is reported by its name and skipped, the others are staged. Paths come from the OS dialog only.
 */
export async function stagePickedFiles(
  dataDir: string,
  paths: readonly string[],
  permit: StagePermit,
  maxBytes = UPLOAD_MAX_BYTES,
): Promise<PickedBundles> {
  const out: PickedBundles = { canceled: false, staged: [], refused: [] };
  for (const path of paths) {
    const fileName = basename(path);
    try {
      const size = (await stat(path)).size;
      const allowed = await permit(fileName, size);
      if (!allowed.ok) {
        out.refused.push({ fileName, message: allowed.message });
        continue;
      }
      out.staged.push(
        await stageBundle(dataDir, fileName, createReadStream(path), { maxBytes, expectedBytes: size }),
      );
    } catch (err) {
      out.refused.push({
        fileName,
        message: err instanceof StagingError ? err.message : 'Berkas tidak dapat dibaca.',
      });
    }
  }
  return out;
}

/** Removes temporary files an interrupted process left in the inbox (never a whole bundle). */
export async function removeLeftoverUploads(dataDir: string): Promise<number> {
  const dir = inboxDir(dataDir);
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    return 0;
  }
  const left = names.filter((n) => n.startsWith(TEMP_PREFIX) && n.endsWith('.tmp'));
  await Promise.all(left.map((n) => rm(join(dir, n), { force: true })));
  return left.length;
}
