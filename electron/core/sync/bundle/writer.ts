// Writes a bundle file: batches and changes → NDJSON → zstd → age, to a temporary payload file, then header, signature, rename.
import { createHash, randomBytes } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { open, rename, rm, type FileHandle } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { sweepTempFiles } from '../../datadir/temp-names.ts';
import { signDetached } from '../signing.ts';
import { officeIdField } from '../wire-fields.ts';
import { StreamStats, type ChangeRecord } from './change-record.ts';
import { encodePrelude } from './frame.ts';
import { writeAttachmentSection, type SectionSource } from './attachment-section.ts';
import { sealToFile, writeAll } from './seal-file.ts';
import type { BundleError } from './errors.ts';
import { encodeBatchLine, type BundleBatch } from './batch-line.ts';
import {
  BUNDLE_BATCH_FORMAT_VERSION,
  BUNDLE_FORMAT_VERSION,
  BUNDLE_MIN_READER_VERSION,
  BUNDLE_REQUESTS_FORMAT_VERSION,
  encodeHeader,
  parseHeader,
  type BundleHeader,
  type BundleParty,
} from './header.ts';
import {
  encodeChange,
  encodePreamble,
  encodeTrailer,
  type BundleAck,
  type BundleReport,
  type BundleTerms,
  type BundleSeen,
} from './payload-lines.ts';

export interface BundleSender extends BundleParty {
  signPublicKey: string;
  signPrivateKey: string;
}

export interface BundleRecipient extends BundleParty {
  boxPublicKey: string;
}

export interface WriteBundleOptions {
  /** Final path; the file appears there only once complete (temporary name, fsync, rename). */
  out: string;
  sender: BundleSender;
  recipients: readonly BundleRecipient[];
  sequence: number;
  schemaVersion: number;
  records: AsyncIterable<ChangeRecord> | Iterable<ChangeRecord>;
  /**
   * Author batches written before `records` (relayed ones first, docs/network-tree.md section 4): each head line
   * and then its records, which must be exactly `head.records` many. A bundle with a batch is format 2.
   */
  batches?: AsyncIterable<BundleBatch> | Iterable<BundleBatch>;
  extra?: {
    acks?: readonly BundleAck[];
    seen?: BundleSeen;
    report?: BundleReport;
    terms?: BundleTerms;
    /** Relayed enrollment requests (file texts as signed by their desa): a bundle with any is format 3. */
    enrollmentRequests?: readonly string[];
    /** Dinsos's signed network file carried down: format 3, minReaderVersion unchanged (older readers ignore it). */
    networkFile?: string;
  };
  /** Defaults to now; fixed in test vectors. */
  createdAt?: Date;
  /** Files to carry in the attachment section after the payload (none: no section, the header has no field). */
  attachments?: SectionSource;
  /** zstd level (default 3). */
  compressionLevel?: number;
  /** Where the temporary payload file goes (default: beside `out`); e.g. a local disk when `out` is on a USB stick. */
  tempDir?: string;
}

export interface WrittenBundle {
  path: string;
  header: BundleHeader;
  bytes: number;
  /** SHA-256 of the whole file (hex), computed while writing it: the export log needs no second read. */
  sha256: string;
}

/** What went into the payload: counts and HLC range of every change line, and the number of batches. */
class PayloadStats extends StreamStats {
  batches = 0;
}

/** NDJSON lines batched into ~64 KiB chunks; counts and the HLC range are taken as the records go by. */
async function* ndjson(opts: WriteBundleOptions, stats: PayloadStats): AsyncGenerator<Uint8Array> {
  const party = ({ officeId, fingerprint }: BundleParty): BundleParty => ({ officeId, fingerprint });
  let batch = encodePreamble({
    sender: party(opts.sender),
    recipients: opts.recipients.map(party),
    sequence: opts.sequence,
    acks: (opts.extra?.acks ?? []).map(({ officeId, sequence }) => ({ officeId, sequence })),
    ...(opts.extra?.seen ? { seen: { sequence: opts.extra.seen.sequence, at: opts.extra.seen.at } } : {}),
    ...(opts.extra?.report
      ? {
          report: {
            openConflicts: opts.extra.report.openConflicts,
            quarantined: opts.extra.report.quarantined,
          },
        }
      : {}),
    ...(opts.extra?.terms ? { terms: opts.extra.terms } : {}),
    ...(opts.extra?.enrollmentRequests?.length
      ? { enrollmentRequests: [...opts.extra.enrollmentRequests] }
      : {}),
    ...(opts.extra?.networkFile ? { networkFile: opts.extra.networkFile } : {}),
  });
  for await (const b of opts.batches ?? []) {
    stats.batches++;
    batch += encodeBatchLine(b.head, b.signature);
    const before = stats.records;
    for await (const record of b.records) {
      batch += encodeChange(record);
      stats.add(record);
      if (batch.length >= 65_536) {
        yield Buffer.from(batch, 'utf8');
        batch = '';
      }
    }
    if (stats.records - before !== b.head.records) {
      const { author, sequence, records } = b.head;
      throw new Error(
        `Batch ${author.officeId}/${sequence}: ${stats.records - before} records, head says ${records}`,
      );
    }
  }
  for await (const record of opts.records) {
    batch += encodeChange(record);
    stats.add(record);
    if (batch.length >= 65_536) {
      yield Buffer.from(batch, 'utf8');
      batch = '';
    }
  }
  yield Buffer.from(batch + encodeTrailer(stats.records), 'utf8');
}

/** Encrypts the compressed stream into the open temporary file, returning its length and SHA-256. */
const writePayload = (opts: WriteBundleOptions, stats: PayloadStats, fh: FileHandle) =>
  sealToFile(
    fh,
    ndjson(opts, stats),
    opts.recipients.map((r) => r.boxPublicKey),
    opts.compressionLevel,
  );

async function fsyncDir(dir: string): Promise<void> {
  try {
    const fh = await open(dir, 'r');
    try {
      await fh.sync();
    } finally {
      await fh.close();
    }
  } catch {
    // Directories cannot be opened for fsync on Windows; the rename is durable enough there.
  }
}

function checkOptions(opts: WriteBundleOptions): void {
  if (opts.recipients.length === 0) throw new Error('A bundle needs at least one recipient');
  if (!Number.isSafeInteger(opts.sequence) || opts.sequence < 1) throw new Error('Bad bundle sequence');
  if (!Number.isSafeInteger(opts.schemaVersion) || opts.schemaVersion < 1) {
    throw new Error('Bad schema version');
  }
  for (const ack of opts.extra?.acks ?? []) {
    if (
      !officeIdField.safeParse(ack.officeId).success ||
      !Number.isSafeInteger(ack.sequence) ||
      ack.sequence < 1
    ) {
      throw new Error(`Bad acknowledgement ${JSON.stringify(ack)}`);
    }
  }
}

/** The header must be one this code would read back (office ids, fingerprints, stamps well formed). */
function selfCheck(header: BundleHeader): void {
  try {
    parseHeader(encodeHeader(header), header.formatVersion);
  } catch (err) {
    throw new Error(`Refusing to write an unreadable bundle header: ${(err as BundleError).detail ?? err}`, {
      cause: err,
    });
  }
}

/**
 * Streams the records once. The header carries the payload's length and digest, known only after the
 * payload is written, and age encryption is randomised, so a second pass could not reproduce the same
 * bytes: the encrypted payload, and the attachment section right after it, go to one temporary file first,
 * then the final temporary file gets the prelude, the signature and one streamed copy of both, is fsynced
 * and renamed into place (the section's bytes are written twice, not three times).
 */
export async function writeBundle(opts: WriteBundleOptions): Promise<WrittenBundle> {
  checkOptions(opts);
  // A previous export killed half-way (a power cut, a pulled USB stick) left its temporary files: they go now.
  sweepTempFiles(dirname(opts.out), 'dead-writers');
  if (opts.tempDir) sweepTempFiles(opts.tempDir, 'dead-writers');
  const tag = `${process.pid}-${randomBytes(4).toString('hex')}`;
  const payloadTmp = join(opts.tempDir ?? dirname(opts.out), `${basename(opts.out)}.${tag}.payload.tmp`);
  const outTmp = `${opts.out}.${tag}.tmp`;
  try {
    const stats = new PayloadStats();
    const src = opts.attachments;
    const tmp = await open(payloadTmp, 'w', 0o600);
    let payload: { length: number; sha256: string };
    let section: { length: number; sha256: string } | null = null;
    try {
      payload = await writePayload(opts, stats, tmp);
      if (src && (src.index.blobs.length > 0 || src.index.wants.length > 0)) {
        section = await writeAttachmentSection(
          tmp,
          opts.recipients.map((r) => r.boxPublicKey),
          src,
          opts.compressionLevel,
        );
      }
    } finally {
      await tmp.close();
    }
    // Without a batch or files the bytes are those of format 1, so such bundles stay readable by every reader. A
    // batch is a check an older reader must not skip; files are bytes it cannot store (it would call them damage):
    // either makes the bundle format 2, and a reader before it says "perbarui aplikasi".
    // Relayed enrollment requests make it format 3 and minReaderVersion 3: an older Dinsos must say "perbarui
    // aplikasi", not drop them. A network file carried down makes it format 3 only: an older office ignores it and
    // imports the file by hand as before. Neither: the bytes of format 1 or 2 exactly as before.
    const base = stats.batches > 0 || section !== null ? BUNDLE_BATCH_FORMAT_VERSION : BUNDLE_FORMAT_VERSION;
    const requests = (opts.extra?.enrollmentRequests?.length ?? 0) > 0;
    const version = requests || opts.extra?.networkFile ? BUNDLE_REQUESTS_FORMAT_VERSION : base;
    const minReader = requests
      ? BUNDLE_REQUESTS_FORMAT_VERSION
      : base === BUNDLE_FORMAT_VERSION
        ? BUNDLE_MIN_READER_VERSION
        : base;
    const header: BundleHeader = {
      formatVersion: version,
      minReaderVersion: minReader,
      schemaVersion: opts.schemaVersion,
      sender: { officeId: opts.sender.officeId, fingerprint: opts.sender.fingerprint },
      recipients: opts.recipients.map(({ officeId, fingerprint }) => ({ officeId, fingerprint })),
      sequence: opts.sequence,
      hlcRange: stats.hlcRange(),
      counts: stats.counts(),
      createdAt: (opts.createdAt ?? new Date()).toISOString(),
      payloadLength: payload.length,
      payloadSha256: payload.sha256,
      ...(section ? { attachments: section } : {}),
    };
    selfCheck(header);
    const prelude = encodePrelude(header);
    const signature = signDetached(prelude, opts.sender.signPublicKey, opts.sender.signPrivateKey);
    const fh = await open(outTmp, 'w', 0o644);
    const fileHash = createHash('sha256');
    const put = async (chunk: Uint8Array): Promise<void> => {
      fileHash.update(chunk);
      await writeAll(fh, chunk);
    };
    try {
      await put(prelude);
      await put(signature);
      for await (const chunk of createReadStream(payloadTmp)) await put(chunk as Buffer);
      await fh.sync();
    } finally {
      await fh.close();
    }
    await rename(outTmp, opts.out);
    await fsyncDir(dirname(opts.out));
    const bytes = prelude.length + signature.length + payload.length + (section?.length ?? 0);
    return { path: opts.out, header, bytes, sha256: fileHash.digest('hex') };
  } finally {
    await rm(payloadTmp, { force: true });
    await rm(outTmp, { force: true });
  }
}
