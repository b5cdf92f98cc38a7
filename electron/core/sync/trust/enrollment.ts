// Enrollment request: an office asks Dinsos to join the network; self-signed to prove it holds its signing key.
import type { OfficeType } from '../../../../shared/api/roles.ts';
import { fingerprintOf, type OfficeKeys } from '../../office/keys.ts';
import { z } from '../../../../shared/validation/zod-locale.ts';
import { fingerprintField, isoTimeField, officeIdField, positiveInt } from '../wire-fields.ts';
import { checkFingerprint, officeEntrySchema, type OfficeEntry } from './office-entry.ts';
import { checkSignature, openFile, sealFile, TRUST_FORMAT_VERSION } from './signed-file.ts';

export interface EnrollmentRequest {
  kind: 'puskesos.enrollment-request';
  formatVersion: number;
  minReaderVersion: number;
  office: OfficeEntry;
  createdAt: string;
  /**
   * A desa Puskesos's kecamatan office, when the desa held it in a network file at the time of the request: the
   * route the desa signs for (its request may travel up in that kecamatan's bundle, docs/network-tree.md §1a).
   */
  upstream?: { officeId: string; fingerprint: string };
}

const schema = z.object({
  kind: z.literal('puskesos.enrollment-request'),
  formatVersion: positiveInt,
  minReaderVersion: positiveInt,
  office: officeEntrySchema,
  createdAt: isoTimeField,
  upstream: z.object({ officeId: officeIdField, fingerprint: fingerprintField }).optional(),
});

/** A request naming its upstream kecamatan is format 2 (still read by format-1 readers: the field is extra). */
export const ENROLLMENT_UPSTREAM_FORMAT_VERSION = 2;

export interface EnrollmentInput {
  office: { officeId: string; type: OfficeType; regionCode: string; name: string };
  /** The office's own keys: the private signing key signs the request. */
  keys: OfficeKeys;
  createdAt?: Date;
  /** The desa's kecamatan office (signed into the request; absent: the file is written exactly as before). */
  upstream?: { officeId: string; fingerprint: string };
}

/** The request file's text. */
export function createEnrollmentRequest(input: EnrollmentInput): string {
  const { keys } = input;
  const body: EnrollmentRequest = {
    kind: 'puskesos.enrollment-request',
    // An older Dinsos reads the request and ignores the route (minReaderVersion stays 1).
    formatVersion: input.upstream ? ENROLLMENT_UPSTREAM_FORMAT_VERSION : TRUST_FORMAT_VERSION,
    minReaderVersion: 1,
    office: {
      ...input.office,
      signPublicKey: keys.sign.publicKey,
      boxPublicKey: keys.box.publicKey,
      fingerprint: fingerprintOf(keys.sign.publicKey, keys.box.publicKey),
    },
    createdAt: (input.createdAt ?? new Date()).toISOString(),
    ...(input.upstream
      ? { upstream: { officeId: input.upstream.officeId, fingerprint: input.upstream.fingerprint } }
      : {}),
  };
  const text = sealFile(body, keys.sign.publicKey, keys.sign.privateKey);
  parseEnrollmentRequest(text); // never hand out a file this code would refuse
  return text;
}

/**
 * Parses and verifies a request: fields, the self-signature with the key it carries (proof that the office
 * holds the private key) and the fingerprint. Dinsos still compares the fingerprint with the office by
 * phone before accepting: the signature proves possession, not identity.
 */
export function parseEnrollmentRequest(text: string): EnrollmentRequest {
  const file = openFile(text, 'puskesos.enrollment-request', schema);
  checkSignature(file, file.body.office.signPublicKey);
  checkFingerprint(file.body.office);
  return file.body as EnrollmentRequest;
}
