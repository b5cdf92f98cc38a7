// Row types of `attachments` (synced references to encrypted files by content hash), its local sync tables and policy.
import type { SyncMeta } from './sync-meta.ts';
export interface AttachmentsTable extends SyncMeta {
  /** 'person' | 'household' | 'case' | 'referral' | 'usulan' (since migration 26). */
  owner_type: string;
  owner_id: string;
  /** Document kind code (shared/reference/attachment-kinds.ts). */
  kind: string;
  note: string;
  /** Legal basis code (shared/reference/legal-basis.ts) under which the file is kept. */
  legal_basis: string;
  /** SHA-256 (hex) of the stored plaintext bytes: the name of the file in lampiran/ derives from it. */
  content_hash: string;
  mime: string;
  size: number;
  /** Size of the file as it was picked, before downscaling. */
  original_size: number;
  width: number | null;
  height: number | null;
  added_by: string;
  added_at: string;
  /** Tombstone: set with who and why when the attachment is removed. */
  removed_at: string | null;
  removed_by: string | null;
  removed_reason: string | null;
}

export interface AttachmentStoreKeyTable {
  id: number;
  /** 64 hex digits: the data key of the lampiran/ store. */
  data_key: string;
  created_at: string;
}

/** Local: a file sent to a peer, in which bundle (0: the peer sent it to us, so it holds it). */
export interface AttachmentSentTable {
  peer_office_id: string;
  content_hash: string;
  bundle_sequence: number;
}

/** Synced, owned by the office it describes (id = office id); the Dinsos row is the network's policy. */
export interface AttachmentPoliciesTable extends SyncMeta {
  bundle_budget_bytes: number;
  /** JSON array of document kind codes whose files Dinsos does not want (their rows still travel). */
  metadata_only_kinds: string;
}
