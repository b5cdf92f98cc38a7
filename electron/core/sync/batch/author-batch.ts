// Author batches: an office's own changes signed by it, so every hop they are relayed through can verify the author.
import { createHash } from 'node:crypto';
import { z } from '../../../../shared/validation/zod-locale.ts';
import { changeFields, type ChangeRecord } from '../bundle/change-record.ts';
import { canonicalBytes, canonicalJson } from '../canonical-json.ts';
import { signDetached, verifyDetached } from '../signing.ts';
import {
  countField,
  fingerprintField,
  isoTimeField,
  issuesText,
  officeIdField,
  positiveInt,
} from '../wire-fields.ts';

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

export interface AuthorBatch {
  head: BatchHead;
  /** Ed25519 over the head's canonical JSON, base64url. */
  signature: string;
  records: readonly ChangeRecord[];
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

/** The record in the form the digest covers: canonical JSON of exactly the change-line fields. */
const recordText = (r: ChangeRecord): string => canonicalJson(changeFields(r));

/** Number and SHA-256 (hex) of the records, each as canonical JSON and a newline, in order. */
export function recordsDigest(records: Iterable<ChangeRecord>): { count: number; sha256: string } {
  const hash = createHash('sha256');
  let count = 0;
  for (const r of records) {
    hash.update(`${recordText(r)}\n`, 'utf8');
    count++;
  }
  return { count, sha256: hash.digest('hex') };
}

export interface SealInput {
  author: { officeId: string; fingerprint: string; signPublicKey: string; signPrivateKey: string };
  audience: string;
  sequence: number;
  createdAt: Date;
  acks?: readonly { officeId: string; sequence: number }[];
  records: readonly ChangeRecord[];
}

/** Signs the author's records as one batch. */
export function sealBatch(input: SealInput): AuthorBatch {
  const digest = recordsDigest(input.records);
  const head: BatchHead = {
    kind: BATCH_KIND,
    formatVersion: BATCH_FORMAT_VERSION,
    author: { officeId: input.author.officeId, fingerprint: input.author.fingerprint },
    audience: input.audience,
    sequence: input.sequence,
    createdAt: input.createdAt.toISOString(),
    acks: (input.acks ?? []).map((a) => ({ officeId: a.officeId, sequence: a.sequence })),
    records: digest.count,
    recordsSha256: digest.sha256,
  };
  const parsed = batchHeadSchema.safeParse(head);
  if (!parsed.success) throw new Error(`Cannot seal batch: ${issuesText(parsed.error)}`);
  const signature = signDetached(
    canonicalBytes(head),
    input.author.signPublicKey,
    input.author.signPrivateKey,
  );
  return { head, signature: signature.toString('base64url'), records: input.records };
}

/**
 * Why the batch is not the author's, or null when it is: the head is well formed, the signature (canonical
 * base64url of 64 bytes) verifies with the author's key over the head's canonical JSON, and the records are
 * exactly the ones the head counts and hashes. A relayer that alters a record, drops or adds one, or writes a
 * batch in another office's name fails here.
 */
export function batchProblem(b: AuthorBatch, authorSignPublicKey: string): string | null {
  const parsed = batchHeadSchema.safeParse(b.head);
  if (!parsed.success) return `batch head: ${issuesText(parsed.error)}`;
  const signature = Buffer.from(b.signature, 'base64url');
  if (signature.toString('base64url') !== b.signature) return 'signature is not canonical base64url';
  if (!verifyDetached(canonicalBytes(b.head), signature, authorSignPublicKey))
    return 'signature does not verify';
  const digest = recordsDigest(b.records);
  if (digest.count !== b.head.records) return `records: ${digest.count}, head says ${b.head.records}`;
  if (digest.sha256 !== b.head.recordsSha256) return 'records differ from the signed digest';
  return null;
}
