// Row types of the local sync ledger: trusted keys, peers, bundles in and out, conflicts and quarantine.
import type { Generated } from 'kysely';

export interface TrustedKeysTable {
  fingerprint: string;
  office_id: string;
  office_type: string;
  region_code: string;
  name: string;
  sign_public_key: string;
  box_public_key: string;
  status: 'active' | 'revoked';
  enrolled_at: string;
  revoked_at: string | null;
}

export interface SyncPeersTable {
  office_id: string;
  next_out_seq: number;
  acked_local_seq: number;
  acked_out_seq: number;
  acked_at: string | null;
  applied_in_seq: number;
  last_in_at: string | null;
  last_out_at: string | null;
  /** Migration 4. */
  acked_hlc: string;
}

export interface BundlesOutTable {
  id: string;
  peer_office_id: string;
  sequence: number;
  file_name: string;
  created_at: string;
  local_seq_max: number;
  records: number;
  counts: string;
  bytes: number;
  status: string;
  /** Migration 4. */
  hlc_at_export: string;
  acked_in_seq: number;
  /** Migration 29: attachment files sealed into the bundle. */
  attachments: Generated<number>;
}

export interface BundlesInTable {
  id: string;
  sender_office_id: string | null;
  sequence: number | null;
  file_name: string;
  file_sha256: string;
  received_at: string;
  status: 'applied' | 'already_applied' | 'refused';
  reason: string | null;
  records: number;
  applied: number;
  conflicts: number;
  quarantined: number;
  counts: string | null;
  clock_skew_ms: number | null;
  /** Migration 13: upper bound of the sender's clock offset (a round trip of ours); null when unknown. */
  clock_skew_max_ms: number | null;
  /** Migration 29: attachment files the bundle's section carried. */
  attachments: Generated<number>;
  /** Migration 13: the sender's open conflicts and quarantined records at export; null from older senders. */
  reported_conflicts: number | null;
  reported_quarantined: number | null;
}

export interface SyncConflictsTable {
  id: string;
  table_name: string;
  row_id: string;
  column_name: string;
  winner_value: string | null;
  winner_stamp: string;
  loser_value: string | null;
  loser_stamp: string;
  detected_at: string;
  status: 'open' | 'kept' | 'overridden';
  resolved_by: string | null;
  resolved_at: string | null;
}

export interface SyncQuarantineTable {
  id: string;
  bundle_in_id: string;
  table_name: string;
  row_id: string;
  record: string;
  reason: string;
  created_at: string;
  retried_at: string | null;
  resolved: number;
  /** Migration 18: the author of a relayed batch's record; null: the bundle's sender wrote it. */
  author_office_id: string | null;
  /** Migration 18: 0 when its batch failed the author's signature or route (never retried). */
  verified: number;
}

export interface SyncSeenTable {
  office_id: string;
  max_stamp: string;
}

/** Migration 18: an office whose upstream is not Dinsos, from the newest network file (docs/network-tree.md). */
export interface OfficeTreeTable {
  office_id: string;
  upstream_office_id: string;
}

/** Migration 18: per (author, audience), the newest author batch applied here (a batch at or below is skipped). */
export interface BatchWatermarksTable {
  author_office_id: string;
  audience_office_id: string;
  applied_seq: number;
  applied_at: string;
}

/** Migration 24: the newest author batch per (author, audience) held to send on to its next hop (own or relayed). */
export interface HeldBatchesTable {
  author_office_id: string;
  audience_office_id: string;
  sequence: number;
  next_hop_office_id: string;
  /** The head's canonical JSON, as the author signed it. */
  head: string;
  signature: string;
  held_at: string;
  /** The bundle to the next hop that last carried it; acknowledged at or above: the batch is let go. */
  sent_out_seq: number | null;
}

/** Migration 24: the records of a held batch, in the author's order (each its change-line JSON). */
export interface HeldBatchRecordsTable {
  author_office_id: string;
  audience_office_id: string;
  ordinal: number;
  record: string;
}

/** Migration 24: this office's own author batches per audience, and their end-to-end acknowledgement. */
export interface BatchesOutTable {
  audience_office_id: string;
  sequence: number;
  local_seq_max: number;
  records: number;
  /** JSON of the acknowledgements the batch gave ([{officeId, sequence}]). */
  acks: string;
  created_at: string;
  acked_at: string | null;
}
