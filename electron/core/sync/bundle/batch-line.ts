// The wire shape of an author batch inside a bundle (format 2): its signed head, and the running digest of its records.
import { createHash, type Hash } from 'node:crypto';
import { z } from '../../../../shared/validation/zod-locale.ts';
import { canonicalJson } from '../canonical-json.ts';
import {
  countField,
  fingerprintField,
  isoTimeField,
  issuesText,
  officeIdField,
  positiveInt,
} from '../wire-fields.ts';
import { changeFields, type ChangeRecord } from './change-record.ts';
import { BundleError } from './errors.ts';

export const BATCH_KIND = 'puskesos.batch';
export const BATCH_FORMAT_VERSION = 1;

/**
 * What the author signs (its canonical JSON): who wrote the batch, for whom, its number, the author's end-to-end
 * acknowledgements, and the number and SHA-256 of its records (docs/network-tree.md, section 2).
 */
export interface BatchHead {
  kind: typeof BATCH_KIND;
  formatVersion: number;
  author: { officeId: string; fingerprint: string };
  /** The office the batch is finally for: Dinsos going up, a desa for Dinsos's batch going down. */
  audience: string;
  /** Per (author, audience), growing by one per batch. */
  sequence: number;
  createdAt: string;
  /** "The author applied every batch of `officeId` addressed to it up to `sequence`." */
  acks: { officeId: string; sequence: number }[];
  records: number;
  recordsSha256: string;
}

export const batchHeadSchema = z.object({
  kind: z.literal(BATCH_KIND),
  formatVersion: positiveInt,
  author: z.object({ officeId: officeIdField, fingerprint: fingerprintField }),
  audience: officeIdField,
  sequence: positiveInt,
  createdAt: isoTimeField,
  acks: z.array(z.object({ officeId: officeIdField, sequence: positiveInt })),
  records: countField,
  recordsSha256: z.string().regex(/^[0-9a-f]{64}$/, 'SHA-256 hex'),
});

/** SHA-256 over records, each as canonical JSON of exactly the change-line fields and a newline, in order. */
export class RecordsHash {
  private readonly hash: Hash = createHash('sha256');
  count = 0;

  add(r: ChangeRecord): void {
    this.hash.update(`${canonicalJson(changeFields(r))}\n`, 'utf8');
    this.count++;
  }

  hex(): string {
    return this.hash.digest('hex');
  }
}

/** A batch as the writer takes it: the signed head, its signature, and its records (streamed). */
export interface BundleBatch {
  head: BatchHead;
  /** Ed25519 over the head's canonical JSON, base64url. */
  signature: string;
  records: AsyncIterable<ChangeRecord> | Iterable<ChangeRecord>;
}

export const encodeBatchLine = (head: BatchHead, signature: string): string =>
  `${JSON.stringify({ type: 'batch', head, signature })}\n`;

const batchLineSchema = z.object({
  type: z.literal('batch'),
  head: batchHeadSchema,
  signature: z.string().regex(/^[A-Za-z0-9_-]{86}$/, 'base64url of 64 bytes'),
});

/** A `batch` line: a well-formed head (its signature is the importer's to judge, with the author's key). */
export function parseBatchLine(value: Record<string, unknown>): { head: BatchHead; signature: string } {
  const parsed = batchLineSchema.safeParse(value);
  if (!parsed.success) throw new BundleError('CORRUPT_PAYLOAD', `batch: ${issuesText(parsed.error)}`);
  return { head: parsed.data.head, signature: parsed.data.signature };
}
