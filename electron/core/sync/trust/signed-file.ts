// The envelope of a trust file: a JSON body and an Ed25519 signature over the body's canonical JSON.
import type { z } from 'zod';
import { canonicalBytes } from '../canonical-json.ts';
import { signDetached, verifyDetached } from '../signing.ts';
import { issuesText } from '../wire-fields.ts';
import { TrustError } from './errors.ts';

/** Format of the trust files written by this code, and the newest `minReaderVersion` it can read. */
export const TRUST_FORMAT_VERSION = 1;
export const TRUST_READER_VERSION = 1;

export const TRUST_KINDS = {
  'puskesos.enrollment-request': 'permintaan pendaftaran kantor',
  'puskesos.network': 'file jaringan',
} as const;
export type TrustKind = keyof typeof TRUST_KINDS;

const MAX_FILE_CHARS = 16 * 1024 * 1024;

/**
 * File text: `{"body": {...}, "signature": "<base64url>"}`, indented for people who open it. Only the body's
 * canonical JSON is signed, so the file's own whitespace does not matter. The body's `kind` separates the
 * two file types (a signature on one can never pass as the other); bundle signatures cover bytes that
 * start with the `PKSB` magic, which no JSON text does.
 */
export function sealFile(body: { kind: TrustKind }, signPublicKey: string, signPrivateKey: string): string {
  const signature = signDetached(canonicalBytes(body), signPublicKey, signPrivateKey).toString('base64url');
  return `${JSON.stringify({ body, signature }, null, 2)}\n`;
}

export interface OpenedFile<T> {
  body: T;
  /** The body exactly as signed (unknown fields from a newer writer included). */
  rawBody: Record<string, unknown>;
  signature: Buffer;
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Parses the envelope and the body's fields; the signature is checked by `checkSignature`. */
export function openFile<T>(text: string, kind: TrustKind, schema: z.ZodType<T>): OpenedFile<T> {
  const label = TRUST_KINDS[kind];
  if (text.length > MAX_FILE_CHARS) throw new TrustError('MALFORMED', 'file too large');
  let envelope: unknown;
  try {
    envelope = JSON.parse(text);
  } catch {
    throw new TrustError('MALFORMED', 'not JSON', `File ini bukan ${label} Puskesos, atau file rusak.`);
  }
  if (!isObject(envelope) || !isObject(envelope.body) || typeof envelope.signature !== 'string') {
    throw new TrustError(
      'MALFORMED',
      'no body or signature',
      `File ini bukan ${label} Puskesos, atau file rusak.`,
    );
  }
  const rawBody = envelope.body;
  if (rawBody.kind !== kind) {
    const other = typeof rawBody.kind === 'string' ? TRUST_KINDS[rawBody.kind as TrustKind] : undefined;
    throw new TrustError(
      'WRONG_FILE_TYPE',
      `kind ${String(rawBody.kind)}`,
      other ? `File ini adalah ${other}, bukan ${label}.` : `File ini bukan ${label} Puskesos.`,
    );
  }
  const minReader = rawBody.minReaderVersion;
  if (typeof minReader === 'number' && minReader > TRUST_READER_VERSION) {
    throw new TrustError('NEWER_FORMAT', `needs reader ${minReader}`);
  }
  const parsed = schema.safeParse(rawBody);
  if (!parsed.success) throw new TrustError('MALFORMED', issuesText(parsed.error));
  const signature = Buffer.from(envelope.signature, 'base64url');
  if (signature.toString('base64url') !== envelope.signature) {
    throw new TrustError('BAD_SIGNATURE', 'signature is not canonical base64url');
  }
  return { body: parsed.data, rawBody, signature };
}

export function checkSignature(file: OpenedFile<unknown>, signPublicKey: string): void {
  let signed: Buffer;
  try {
    signed = canonicalBytes(file.rawBody);
  } catch (err) {
    throw new TrustError('MALFORMED', (err as Error).message);
  }
  if (!verifyDetached(signed, file.signature, signPublicKey)) throw new TrustError('BAD_SIGNATURE');
}
