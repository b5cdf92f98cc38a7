// What the re-seed operations (recovery of a lost office from Dinsos's copy) end with.
import type { ImportUploadResult } from './sync.ts';

/** Dinsos wrote an office's re-seed bundle. */
export interface ReseedExportSummary {
  path: string;
  officeId: string;
  officeName: string;
  /** The key the bundle is encrypted to: the office's active (new) key. */
  fingerprint: string;
  sequence: number;
  records: number;
  counts: Record<string, number>;
  /** The last bundle Dinsos applied from the office's earlier installation(s): the new one continues after it. */
  continueAfter: number;
  /** False when the office never had a key revoked: then the bundle is encrypted to the same key as before. */
  oldKeyRevoked: boolean;
  /**
   * Attachment files in the bundle, and the office's live attachments whose file Dinsos does not hold (kinds
   * Dinsos takes as metadata only, or files that never arrived): the new installation shows those as unavailable.
   */
  files: { carried: FileCount; missing: FileCount };
}

/** A number of files and their bytes. */
export interface FileCount {
  count: number;
  bytes: number;
}

/** Null when cancelled: no file, and the bundle number was given back. */
export interface ReseedExportRun {
  exported: ReseedExportSummary | null;
}

/** The office imported its re-seed bundle (or it was refused, with the reason). */
export interface ReseedImportSummary {
  /** The bundle's import, as an import run reports one (file name, status, counts). */
  outcome: { file: string } & Pick<
    ImportUploadResult,
    'status' | 'reason' | 'senderOfficeId' | 'sequence' | 'records' | 'applied' | 'conflicts' | 'quarantined'
  >;
  /** Where this installation's bundles to Dinsos continue; null when the bundle was refused. */
  continuation: { nextSequence: number; acknowledged: boolean; neutralized: number } | null;
  /** What was saved to the outbox first (the clerk's sentence), or null when nothing was unsent. */
  unsentMessage: string | null;
  /** True when the own offices row had to be written again with this installation's keys. */
  keysRepublished: boolean;
  /**
   * The register's live attachments after the re-seed: files in the store, and files this office attached that
   * Dinsos did not hold (metadata only), shown as "File tidak tersedia"; null when the bundle was refused.
   */
  files: { here: FileCount; unavailable: FileCount; coming: FileCount } | null;
}

/** Null when cancelled before the bundle committed: nothing of it was applied. */
export interface ReseedImportRun {
  imported: ReseedImportSummary | null;
}
