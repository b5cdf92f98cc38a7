// Author batches: an office's own changes signed by it, so every hop they are relayed through can verify the author.
import { canonicalBytes } from '../canonical-json.ts';
import type { ChangeRecord } from '../bundle/change-record.ts';
import {
  BATCH_FORMAT_VERSION,
  BATCH_KIND,
  batchHeadSchema,
  RecordsHash,
  type BatchHead,
} from '../bundle/batch-line.ts';
import { signDetached, verifyDetached } from '../signing.ts';
import { issuesText } from '../wire-fields.ts';

export { BATCH_FORMAT_VERSION, BATCH_KIND, batchHeadSchema, type BatchHead } from '../bundle/batch-line.ts';

export interface AuthorBatch {
  head: BatchHead;
  /** Ed25519 over the head's canonical JSON, base64url. */
  signature: string;
  records: readonly ChangeRecord[];
}

/** Number and SHA-256 (hex) of the records, each as canonical JSON and a newline, in order. */
export function recordsDigest(records: Iterable<ChangeRecord>): { count: number; sha256: string } {
  const hash = new RecordsHash();
  for (const r of records) hash.add(r);
  return { count: hash.count, sha256: hash.hex() };
}

export interface SealInput {
  author: { officeId: string; fingerprint: string; signPublicKey: string; signPrivateKey: string };
  audience: string;
  sequence: number;
  createdAt: Date;
  acks?: readonly { officeId: string; sequence: number }[];
  records: readonly ChangeRecord[];
}

/** Signs a batch head over records already counted and hashed (a batch sealed while its records stream past). */
export function sealHead(
  input: Omit<SealInput, 'records'>,
  digest: { count: number; sha256: string },
): { head: BatchHead; signature: string } {
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
  return { head, signature: signature.toString('base64url') };
}

/** Signs the author's records as one batch. */
export function sealBatch(input: SealInput): AuthorBatch {
  return { ...sealHead(input, recordsDigest(input.records)), records: input.records };
}

/**
 * Why the head is not the author's, or null when it is: well formed, and its signature (canonical base64url of
 * 64 bytes) verifies with the author's key over the head's canonical JSON. A streamed batch checks this before
 * its records, and the records' count and digest after them (bundle/reader.ts).
 */
export function headProblem(
  head: BatchHead,
  signatureText: string,
  authorSignPublicKey: string,
): string | null {
  const parsed = batchHeadSchema.safeParse(head);
  if (!parsed.success) return `batch head: ${issuesText(parsed.error)}`;
  const signature = Buffer.from(signatureText, 'base64url');
  if (signature.toString('base64url') !== signatureText) return 'signature is not canonical base64url';
  if (!verifyDetached(canonicalBytes(head), signature, authorSignPublicKey))
    return 'signature does not verify';
  return null;
}

/**
 * Why the batch is not the author's, or null when it is: the head verifies (headProblem), and the records are
 * exactly the ones the head counts and hashes. A relayer that alters a record, drops or adds one, or writes a
 * batch in another office's name fails here.
 */
export function batchProblem(b: AuthorBatch, authorSignPublicKey: string): string | null {
  const head = headProblem(b.head, b.signature, authorSignPublicKey);
  if (head) return head;
  const digest = recordsDigest(b.records);
  if (digest.count !== b.head.records) return `records: ${digest.count}, head says ${b.head.records}`;
  if (digest.sha256 !== b.head.recordsSha256) return 'records differ from the signed digest';
  return null;
}
