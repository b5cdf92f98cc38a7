// Field rules shared by the bundle header and the trust files: office ids, fingerprints, raw keys, times, stamps.
import { z } from '../../../shared/validation/zod-locale.ts';
import { OFFICE_TYPES } from '../../../shared/api/roles.ts';
import { isRawKey } from './signing.ts';

export const officeIdField = z
  .string()
  .regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/, 'office id');

/** Six groups of five digits (office/keys.ts fingerprintOf). */
export const fingerprintField = z.string().regex(/^(\d{5} ){5}\d{5}$/, 'fingerprint');

/** base64url of a raw 32-byte Ed25519 or X25519 key. */
export const rawKeyField = z.string().refine(isRawKey, 'raw 32-byte key in base64url');

/** UTC instant as written by Date.toISOString(). */
export const isoTimeField = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/, 'UTC time');

/** HLC stamp (sync/hlc.ts). */
export const stampField = z.string().regex(/^\d{13}-[0-9a-f]{4}-\S{1,64}$/, 'HLC stamp');

export const regionCodeField = z.string().regex(/^\d{2}(\.\d{2}(\.\d{2}(\.\d{4})?)?)?$/, 'region code');

export const officeTypeField = z.enum(OFFICE_TYPES);

export const positiveInt = z.number().int().min(1).max(Number.MAX_SAFE_INTEGER);
export const countField = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER);

/** Zod's issues in one line, for BundleError/TrustError details. */
export const issuesText = (err: z.ZodError): string =>
  err.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ');
