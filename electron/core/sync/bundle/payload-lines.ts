// The payload's NDJSON lines: a preamble (sender, recipients, sequence, acks), batch heads, one line per change, a trailer.
import { z } from '../../../../shared/validation/zod-locale.ts';
import {
  countField,
  issuesText,
  isoTimeField,
  officeIdField,
  fingerprintField,
  positiveInt,
} from '../wire-fields.ts';
import { parseBatchLine, type BatchHead } from './batch-line.ts';
import { changeFields, changeRecordProblem, type ChangeRecord } from './change-record.ts';
import { BundleError } from './errors.ts';
import type { BundleHeader, BundleParty } from './header.ts';

/** "The sender has applied every bundle from `officeId` up to `sequence`" (return traffic from Dinsos). */
export interface BundleAck {
  officeId: string;
  sequence: number;
}

/**
 * "The newest bundle of yours I applied is `sequence`, at `at` on my clock" — whether or not it carried records
 * (an acknowledgement does not). With the recipient's own time of writing that bundle it bounds the sender's
 * clock offset from above (shared/time/clock-skew.ts). Optional: older writers leave it out, older readers
 * ignore it.
 */
export interface BundleSeen {
  sequence: number;
  at: string;
}

/**
 * What the sender holds open at export: conflicts awaiting review and received records in quarantine. Dinsos
 * shows them per office (a conflict logged at a kecamatan is otherwise invisible to it). Optional like `seen`.
 */
export interface BundleReport {
  openConflicts: number;
  quarantined: number;
}

/**
 * Erasure term hashes and their key, carried only by a re-seed bundle (docs/data-protection.md): the new
 * installation has its residents already scrubbed and could not hash their terms itself. Optional like `seen`.
 */
export interface BundleTerms {
  key: string;
  rows: {
    erasureId: string;
    kind: 'nik' | 'name' | 'address';
    cls: 'nik' | 'phrase';
    size: number;
    length: number;
    digest: string;
  }[];
}

/**
 * Enrollment requests a kecamatan carries up for its desa (format 3, docs/bundle-format.md): each the request file's
 * text exactly as the desa signed it, judged at Dinsos on its own signature (sync/enrollment-relay.ts).
 */
export const MAX_RELAYED_REQUESTS = 200;
export const MAX_REQUEST_CHARS = 64 * 1024;
/** A network file of a few hundred offices is well under 1 MiB; the line limit stays the bound. */
export const MAX_NETWORK_CHARS = 4 * 1024 * 1024;

export interface PayloadPreamble {
  type: 'preamble';
  sender: BundleParty;
  recipients: BundleParty[];
  sequence: number;
  acks: BundleAck[];
  seen?: BundleSeen;
  report?: BundleReport;
  terms?: BundleTerms;
  enrollmentRequests?: string[];
  /** Dinsos's signed network file carried down (format 3, additive: older readers ignore it). */
  networkFile?: string;
}

export interface PayloadTrailer {
  type: 'trailer';
  records: number;
}

/** A line longer than this (UTF-16 units) is refused: it bounds the reader's memory. */
export const MAX_LINE_CHARS = 8 * 1024 * 1024;

const party = z.object({ officeId: officeIdField, fingerprint: fingerprintField });
const hex64 = z.string().regex(/^[0-9a-f]{64}$/);
const preambleSchema = z.object({
  type: z.literal('preamble'),
  sender: party,
  recipients: z.array(party),
  sequence: positiveInt,
  acks: z.array(z.object({ officeId: officeIdField, sequence: positiveInt })),
  seen: z.object({ sequence: positiveInt, at: isoTimeField }).optional(),
  report: z.object({ openConflicts: countField, quarantined: countField }).optional(),
  terms: z
    .object({
      key: hex64,
      rows: z.array(
        z.object({
          erasureId: z.string().min(1).max(64),
          kind: z.enum(['nik', 'name', 'address']),
          cls: z.enum(['nik', 'phrase']),
          size: positiveInt,
          length: positiveInt,
          digest: hex64,
        }),
      ),
    })
    .optional(),
  enrollmentRequests: z
    .array(z.string().min(1).max(MAX_REQUEST_CHARS))
    .min(1)
    .max(MAX_RELAYED_REQUESTS)
    .optional(),
  networkFile: z.string().min(1).max(MAX_NETWORK_CHARS).optional(),
});

export const encodePreamble = (p: Omit<PayloadPreamble, 'type'>): string =>
  `${JSON.stringify({ type: 'preamble', sender: p.sender, recipients: p.recipients, sequence: p.sequence, acks: p.acks, ...(p.seen ? { seen: p.seen } : {}), ...(p.report ? { report: p.report } : {}), ...(p.terms ? { terms: p.terms } : {}), ...(p.enrollmentRequests?.length ? { enrollmentRequests: p.enrollmentRequests } : {}), ...(p.networkFile ? { networkFile: p.networkFile } : {}) })}\n`;

export function encodeChange(r: ChangeRecord): string {
  const problem = changeRecordProblem(r);
  if (problem) throw new Error(`Cannot write change record ${r.table}/${r.id}: ${problem}`);
  const line = `${JSON.stringify({ type: 'change', ...changeFields(r) })}\n`;
  if (line.length > MAX_LINE_CHARS) throw new Error(`Change record ${r.table}/${r.id} is too large`);
  return line;
}

export const encodeTrailer = (records: number): string => `${JSON.stringify({ type: 'trailer', records })}\n`;

function parseJsonLine(line: string): Record<string, unknown> {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    throw new BundleError('CORRUPT_PAYLOAD', 'payload line is not JSON');
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new BundleError('CORRUPT_PAYLOAD', 'payload line is not an object');
  }
  return value as Record<string, unknown>;
}

const sameParty = (a: BundleParty, b: BundleParty): boolean =>
  a.officeId === b.officeId && a.fingerprint === b.fingerprint;

/** Parses the first line and checks it repeats the signed header's sender, recipients and sequence. */
export function parsePreamble(line: string | undefined, header: BundleHeader): PayloadPreamble {
  if (line === undefined) throw new BundleError('TRUNCATED', 'payload is empty');
  const parsed = preambleSchema.safeParse(parseJsonLine(line));
  if (!parsed.success) throw new BundleError('CORRUPT_PAYLOAD', `preamble: ${issuesText(parsed.error)}`);
  const p = parsed.data;
  const sameRecipients =
    p.recipients.length === header.recipients.length &&
    p.recipients.every((r, i) => {
      const h = header.recipients[i];
      return h !== undefined && sameParty(r, h);
    });
  if (!sameParty(p.sender, header.sender) || !sameRecipients || p.sequence !== header.sequence) {
    throw new BundleError('HEADER_MISMATCH', 'preamble differs from the header');
  }
  // Relayed requests only in a bundle no older reader can open (it would drop them without a word).
  if (p.enrollmentRequests && header.minReaderVersion < 3) {
    throw new BundleError('CORRUPT_PAYLOAD', 'enrollment requests in a bundle below format 3');
  }
  if (p.networkFile && header.formatVersion < 3) {
    throw new BundleError('CORRUPT_PAYLOAD', 'a network file in a bundle below format 3');
  }
  return p;
}

export type PayloadLine =
  | { type: 'change'; record: ChangeRecord }
  | { type: 'batch'; head: BatchHead; signature: string }
  | { type: 'trailer'; records: number }
  | { type: 'other' };

const trailerSchema = z.object({ type: z.literal('trailer'), records: countField });

/** One line after the preamble. Unknown line types are skipped (additive evolution of the format). */
export function parsePayloadLine(line: string): PayloadLine {
  const value = parseJsonLine(line);
  if (value.type === 'change') {
    const problem = changeRecordProblem(value);
    if (problem) throw new BundleError('CORRUPT_PAYLOAD', problem);
    const { table, id, origin, deleted, clocks, values } = value as unknown as ChangeRecord;
    return {
      type: 'change',
      record: { table, id, origin, deleted, clocks: { b: clocks.b, f: clocks.f }, values },
    };
  }
  if (value.type === 'batch') return { type: 'batch', ...parseBatchLine(value) };
  if (value.type === 'trailer') {
    const parsed = trailerSchema.safeParse(value);
    if (!parsed.success) throw new BundleError('CORRUPT_PAYLOAD', `trailer: ${issuesText(parsed.error)}`);
    return { type: 'trailer', records: parsed.data.records };
  }
  if (typeof value.type !== 'string') throw new BundleError('CORRUPT_PAYLOAD', 'payload line without type');
  return { type: 'other' };
}

/** Splits a UTF-8 byte stream into lines (without the newline), with a bounded line length. */
export async function* splitLines(chunks: AsyncIterable<Uint8Array>): AsyncGenerator<string> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let pending = '';
  for await (const chunk of chunks) {
    let text: string;
    try {
      text = pending + decoder.decode(chunk, { stream: true });
    } catch {
      throw new BundleError('CORRUPT_PAYLOAD', 'payload is not UTF-8');
    }
    let start = 0;
    for (let nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', start)) {
      yield text.slice(start, nl);
      start = nl + 1;
    }
    pending = text.slice(start);
    if (pending.length > MAX_LINE_CHARS) throw new BundleError('CORRUPT_PAYLOAD', 'payload line too long');
  }
  try {
    pending += decoder.decode();
  } catch {
    throw new BundleError('CORRUPT_PAYLOAD', 'payload ends inside a UTF-8 character');
  }
  if (pending.length > 0) throw new BundleError('TRUNCATED', 'payload ends inside a line');
}
