// A finalized month as signed data: canonical JSON of the numbers, its SHA-256, the Ed25519 signature over the
// snapshot (period, version, who, when, hash), and the check of all of it against a trusted key when read.
import { createHash } from 'node:crypto';
import type { DbOrTrx } from '../db/database.ts';
import type { MonthlyReportsTable } from '../db/tables/monthly-reports.ts';
import { getOwnOfficeId } from '../office/office-repo.ts';
import { canonicalJson } from '../sync/canonical-json.ts';
import { signDetached, verifyDetached } from '../sync/signing.ts';
import type { Role } from '../../../shared/api/roles.ts';
import type { MonthlyReportData, ReportVersionInfo } from '../../../shared/types/reports.ts';

export const SNAPSHOT_FORMAT = 'puskesos-laporan-final/1';

/** What the signature covers; the numbers themselves through their hash. */
export interface SignedSnapshot {
  format: typeof SNAPSHOT_FORMAT;
  id: string;
  officeId: string;
  month: string;
  version: number;
  finalizedAt: string;
  finalizedBy: { name: string; role: Role };
  dataHash: string;
}

export const sha256Hex = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex');

export const snapshotBytes = (s: SignedSnapshot): Buffer => Buffer.from(canonicalJson(s), 'utf8');

export interface SignedReport {
  dataJson: string;
  dataHash: string;
  signature: string;
}

export function signReport(
  data: MonthlyReportData,
  head: Omit<SignedSnapshot, 'format' | 'dataHash'>,
  key: { publicKey: string; privateKey: string },
): SignedReport {
  const dataJson = canonicalJson(data);
  const dataHash = sha256Hex(dataJson);
  const signature = signDetached(
    snapshotBytes({ format: SNAPSHOT_FORMAT, ...head, dataHash }),
    key.publicKey,
    key.privateKey,
  ).toString('base64url');
  return { dataJson, dataHash, signature };
}

const snapshotOf = (r: MonthlyReportsTable): SignedSnapshot => ({
  format: SNAPSHOT_FORMAT,
  id: r.id,
  officeId: r.office_id,
  month: r.month,
  version: r.version,
  finalizedAt: r.finalized_at,
  finalizedBy: { name: r.finalized_by_name, role: r.finalized_by_role as Role },
  dataHash: r.data_hash,
});

/**
 * The key the row must be signed with: this office's own key for its own reports; at Dinsos (or any peer)
 * the sender's trusted key — active, or revoked after the report was finalized.
 */
async function keyIsTrusted(db: DbOrTrx, r: MonthlyReportsTable): Promise<boolean> {
  const own = await getOwnOfficeId(db);
  if (r.office_id === own) {
    const row = await db
      .selectFrom('offices')
      .select('sign_public_key')
      .where('id', '=', own)
      .executeTakeFirst();
    return row?.sign_public_key === r.sign_public_key;
  }
  const keys = await db
    .selectFrom('trusted_keys')
    .select(['status', 'revoked_at'])
    .where('office_id', '=', r.office_id)
    .where('sign_public_key', '=', r.sign_public_key)
    .execute();
  return keys.some((k) => k.status === 'active' || (k.revoked_at !== null && r.finalized_at <= k.revoked_at));
}

/** Canonical data, matching hash, a report of its own office, a good signature by a trusted key. */
export async function verifyReportRow(db: DbOrTrx, r: MonthlyReportsTable): Promise<boolean> {
  if (r.office_id !== r.origin_office_id) return false;
  try {
    if (canonicalJson(JSON.parse(r.data_json)) !== r.data_json) return false;
  } catch {
    return false;
  }
  if (sha256Hex(r.data_json) !== r.data_hash) return false;
  const signature = Buffer.from(r.signature, 'base64url');
  if (!verifyDetached(snapshotBytes(snapshotOf(r)), signature, r.sign_public_key)) return false;
  return keyIsTrusted(db, r);
}

export async function versionInfo(db: DbOrTrx, r: MonthlyReportsTable): Promise<ReportVersionInfo> {
  return {
    id: r.id,
    officeId: r.office_id,
    month: r.month,
    version: r.version,
    finalizedAt: r.finalized_at,
    finalizedBy: { name: r.finalized_by_name, role: r.finalized_by_role as Role },
    dataHash: r.data_hash,
    signatureValid: await verifyReportRow(db, r),
  };
}
