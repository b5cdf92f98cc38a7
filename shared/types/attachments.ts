// What the attachment methods return: an attachment's reference row, and its bytes for preview or download.
import type { AttachmentOwnerType } from '../reference/attachment-kinds.ts';

export type AttachmentMime = 'image/jpeg' | 'image/webp' | 'application/pdf';

export interface AttachmentSummary {
  id: string;
  ownerType: AttachmentOwnerType;
  ownerId: string;
  kind: string;
  note: string;
  legalBasis: string;
  mime: AttachmentMime;
  /** Stored bytes (after downscaling). */
  size: number;
  /** The file as it was picked. */
  originalSize: number;
  width: number | null;
  height: number | null;
  addedBy: string;
  addedAt: string;
  removedAt: string | null;
  removedBy: string | null;
  removedReason: string | null;
  /**
   * `coming`: the row arrived by sync, its file has not yet (a later bundle carries it): the card says "Lampiran
   * menyusul" instead of a broken preview. `origin-only`: Dinsos takes this kind as metadata only.
   * `unavailable`: this office attached it but lost the file (re-seeded while Dinsos kept only the row).
   */
  file: AttachmentFileState;
}

export type AttachmentFileState = 'here' | 'coming' | 'origin-only' | 'unavailable';

export interface AttachmentAdded extends AttachmentSummary {
  /** False when the same bytes were already in the store (the file is stored once). */
  storedNew: boolean;
}

/** The office's attachments and the disk they live on (Lampiran card, before adding). */
export interface AttachmentSpace {
  /** Live (not removed) attachments of every record of this register. */
  count: number;
  /** Their bytes as kept. */
  bytes: number;
  /** Free bytes on the disk of the data directory (null: unknown). */
  freeBytes: number | null;
  /** Free space is low: the card warns before adding. */
  low: boolean;
  /** An attachment is refused when it would leave less than this free. */
  keepFreeBytes: number;
}

export interface AttachmentFile {
  fileName: string;
  mime: AttachmentMime;
  base64: string;
}

/** Dinsos's rules for attachments in sync bundles (its row travels to every office). */
export interface AttachmentSyncPolicy {
  /** Attachment bytes one bundle may carry; what does not fit waits for the next bundle. */
  bundleBudgetBytes: number;
  /** Kinds whose files do not go to Dinsos (their rows do: the record says the document exists). */
  metadataOnlyKinds: string[];
}

/** One record's live attachments (Pengaturan → Lampiran: the records that hold the most). */
export interface AttachmentRecordTotal {
  ownerType: AttachmentOwnerType;
  ownerId: string;
  /** How the screen names the record: the resident's or head's name, the case number. */
  label: string;
  /** The resident, case or proposal to open (a household and a referral open their resident or case). */
  link: { type: 'person' | 'case' | 'usulan'; id: string } | null;
  count: number;
  bytes: number;
}

/** The office's attachment totals per kind of record and the records holding the most (an audited view). */
export interface AttachmentTotals {
  count: number;
  bytes: number;
  /** The files as picked, before downscaling. */
  originalBytes: number;
  byOwnerType: { ownerType: AttachmentOwnerType; count: number; bytes: number }[];
  /** At most `limit` records, the largest first. */
  records: AttachmentRecordTotal[];
  /** How many records hold live attachments in all. */
  recordCount: number;
  limit: number;
  freeBytes: number | null;
  low: boolean;
  keepFreeBytes: number;
}
