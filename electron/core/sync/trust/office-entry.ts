// An office as the trust files list it: id, type, region, name, both public keys and the fingerprint.
import type { OfficeType } from '../../../../shared/api/roles.ts';
import { fingerprintOf } from '../../office/keys.ts';
import { z } from '../../../../shared/validation/zod-locale.ts';
import {
  fingerprintField,
  isoTimeField,
  officeIdField,
  officeTypeField,
  rawKeyField,
  regionCodeField,
} from '../wire-fields.ts';
import { TrustError } from './errors.ts';

export interface OfficeEntry {
  officeId: string;
  type: OfficeType;
  regionCode: string;
  name: string;
  /** Ed25519, base64url of the raw 32 bytes. */
  signPublicKey: string;
  /** X25519, base64url of the raw 32 bytes. */
  boxPublicKey: string;
  fingerprint: string;
}

/** A key Dinsos has withdrawn (a stolen PC): bundles signed with it are refused. */
export interface RevokedKey {
  officeId: string;
  signPublicKey: string;
  boxPublicKey: string;
  fingerprint: string;
  revokedAt: string;
  reason: string;
}

export const officeEntrySchema = z.object({
  officeId: officeIdField,
  type: officeTypeField,
  regionCode: regionCodeField,
  name: z.string().min(1).max(200),
  signPublicKey: rawKeyField,
  boxPublicKey: rawKeyField,
  fingerprint: fingerprintField,
});

export const revokedKeySchema = z.object({
  officeId: officeIdField,
  signPublicKey: rawKeyField,
  boxPublicKey: rawKeyField,
  fingerprint: fingerprintField,
  revokedAt: isoTimeField,
  reason: z.string().max(500),
});

/** The fingerprint must be the one computed from the two keys (what people compare on the phone). */
export function checkFingerprint(e: {
  officeId: string;
  signPublicKey: string;
  boxPublicKey: string;
  fingerprint: string;
}): void {
  if (fingerprintOf(e.signPublicKey, e.boxPublicKey) !== e.fingerprint) {
    throw new TrustError('FINGERPRINT_MISMATCH', `office ${e.officeId}`);
  }
}

export const pickEntry = (e: OfficeEntry): OfficeEntry => ({
  officeId: e.officeId,
  type: e.type,
  regionCode: e.regionCode,
  name: e.name,
  signPublicKey: e.signPublicKey,
  boxPublicKey: e.boxPublicKey,
  fingerprint: e.fingerprint,
});

export const pickRevoked = (r: RevokedKey): RevokedKey => ({
  officeId: r.officeId,
  signPublicKey: r.signPublicKey,
  boxPublicKey: r.boxPublicKey,
  fingerprint: r.fingerprint,
  revokedAt: r.revokedAt,
  reason: r.reason,
});
