// Row type of `monthly_reports` (synced): one finalized, signed version of an office's monthly report.
import type { SyncMeta } from './sync-meta.ts';

export interface MonthlyReportsTable extends SyncMeta {
  office_id: string;
  /** YYYY-MM. */
  month: string;
  version: number;
  finalized_at: string;
  finalized_by_name: string;
  finalized_by_role: string;
  /** Canonical JSON of the MonthlyReportData. */
  data_json: string;
  /** Hex SHA-256 of data_json. */
  data_hash: string;
  /** base64url Ed25519 signature over the canonical snapshot (reports/snapshot.ts). */
  signature: string;
  /** The signing office's Ed25519 public key (base64url raw), checked against the trusted key when read. */
  sign_public_key: string;
}
