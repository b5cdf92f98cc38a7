// Deterministic row ids for records keyed by meaning (an office's month notes, a report version): the same
// key gives the same id at every PC, so concurrent creation merges into one row instead of two.
import { createHash } from 'node:crypto';

/** A UUIDv8 (RFC 9562, custom) from SHA-256 of the namespace and the key parts. */
export function keyedId(namespace: string, ...parts: string[]): string {
  const h = createHash('sha256')
    .update([namespace, ...parts].join('\u0000'))
    .digest();
  h[6] = ((h[6] ?? 0) & 0x0f) | 0x80;
  h[8] = ((h[8] ?? 0) & 0x3f) | 0x80;
  const hex = h.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}

export const monthNotesId = (officeId: string, month: string): string =>
  keyedId('puskesos/tksk_month_notes', officeId, month);

export const reportVersionId = (officeId: string, month: string, version: number): string =>
  keyedId('puskesos/monthly_reports', officeId, month, String(version));
