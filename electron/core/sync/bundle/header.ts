// The bundle's plaintext header: versions, sender, recipients, sequence, HLC range, counts, payload length and digest.
import { z } from '../../../../shared/validation/zod-locale.ts';
import { canonicalJson } from '../canonical-json.ts';
import {
  countField,
  fingerprintField,
  isoTimeField,
  issuesText,
  officeIdField,
  positiveInt,
  stampField,
} from '../wire-fields.ts';
import { BundleError } from './errors.ts';

/** The format this code writes for a bundle without author batches (also the byte after the magic). */
export const BUNDLE_FORMAT_VERSION = 1;
/**
 * The format of a bundle that carries author batches (docs/network-tree.md, section 6) or an attachment section
 * (docs/attachments.md), with the same `minReaderVersion`: a relayed batch is a check an older reader must not
 * skip, and files are bytes it cannot store.
 */
export const BUNDLE_BATCH_FORMAT_VERSION = 2;
/**
 * The format of a bundle whose preamble carries relayed enrollment requests (docs/bundle-format.md, "Relayed
 * enrollment requests"), with the same `minReaderVersion`: an older Dinsos would drop them unseen.
 */
export const BUNDLE_REQUESTS_FORMAT_VERSION = 3;
/** The newest `minReaderVersion` this code can read: a bundle that asks for more is refused as NEWER_FORMAT. */
export const BUNDLE_READER_VERSION = 3;
/** What this code writes as `minReaderVersion` without batches: raise it only for a change old readers must not ignore. */
export const BUNDLE_MIN_READER_VERSION = 1;

export interface BundleParty {
  officeId: string;
  /** The office's key fingerprint (office/keys.ts fingerprintOf). */
  fingerprint: string;
}

export interface BundleHeader {
  formatVersion: number;
  minReaderVersion: number;
  /** The sender's database schema version (independent of the bundle format). */
  schemaVersion: number;
  sender: BundleParty;
  recipients: BundleParty[];
  /** Per sender, grows by one per bundle written. */
  sequence: number;
  /** Smallest and largest row stamp (newest field stamp of each record) in the payload; null when empty. */
  hlcRange: { min: string; max: string } | null;
  /** Records per table. */
  counts: Record<string, number>;
  createdAt: string;
  /** Bytes of the encrypted payload that follows the signature. */
  payloadLength: number;
  /** Lower-case hex SHA-256 of those bytes. */
  payloadSha256: string;
  /** The attachment section after the payload (attachment-section.ts), absent when the bundle carries no files. */
  attachments?: { length: number; sha256: string };
}

const party = z.object({ officeId: officeIdField, fingerprint: fingerprintField });

const headerSchema = z.object({
  formatVersion: positiveInt.max(255),
  minReaderVersion: positiveInt,
  schemaVersion: positiveInt,
  sender: party,
  recipients: z.array(party).min(1).max(1000),
  sequence: positiveInt,
  hlcRange: z.object({ min: stampField, max: stampField }).nullable(),
  counts: z.record(z.string().regex(/^[a-z_][a-z0-9_]{0,63}$/), countField),
  createdAt: isoTimeField,
  payloadLength: countField,
  payloadSha256: z.string().regex(/^[0-9a-f]{64}$/),
  attachments: z.object({ length: positiveInt, sha256: z.string().regex(/^[0-9a-f]{64}$/) }).optional(),
});

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/** The header as it is written: canonical JSON, UTF-8. */
export const encodeHeader = (h: BundleHeader): Buffer => Buffer.from(canonicalJson(h), 'utf8');

/**
 * Parses header bytes. Order matters: a header that asks for a newer reader is refused as NEWER_FORMAT
 * before its fields are judged, since a newer format may add or reshape fields.
 */
export function parseHeader(bytes: Uint8Array, versionByte: number): BundleHeader {
  let text: string;
  let raw: unknown;
  try {
    text = strictUtf8.decode(bytes);
    raw = JSON.parse(text);
  } catch (err) {
    throw new BundleError('CORRUPT_HEADER', `header is not JSON: ${(err as Error).message}`);
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    throw new BundleError('CORRUPT_HEADER', 'header is not a JSON object');
  }
  const minReader = (raw as { minReaderVersion?: unknown }).minReaderVersion;
  if (typeof minReader === 'number' && Number.isInteger(minReader) && minReader > BUNDLE_READER_VERSION) {
    throw new BundleError('NEWER_FORMAT', `bundle needs reader version ${minReader}`);
  }
  if (canonicalJson(raw) !== text) throw new BundleError('CORRUPT_HEADER', 'header is not canonical JSON');
  const parsed = headerSchema.safeParse(raw);
  if (!parsed.success) throw new BundleError('CORRUPT_HEADER', issuesText(parsed.error));
  const h = parsed.data;
  if (h.formatVersion !== versionByte) {
    throw new BundleError('CORRUPT_HEADER', `version byte ${versionByte} ≠ header ${h.formatVersion}`);
  }
  if (h.minReaderVersion > h.formatVersion) {
    throw new BundleError('CORRUPT_HEADER', 'minReaderVersion above formatVersion');
  }
  if (h.hlcRange && h.hlcRange.min > h.hlcRange.max) {
    throw new BundleError('CORRUPT_HEADER', 'hlcRange min above max');
  }
  const total = Object.values(h.counts).reduce((a, b) => a + b, 0);
  if ((total === 0) !== (h.hlcRange === null)) {
    throw new BundleError('CORRUPT_HEADER', 'hlcRange must be null exactly when there are no records');
  }
  return h;
}
