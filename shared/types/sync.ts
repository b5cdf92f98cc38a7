// The Sinkronisasi screen's view of sync: peers and their watermarks, bundles in and out, export and import results.
import type { OfficeType } from '../api/roles.ts';

/** An office this one exchanges bundles with (Dinsos for an office; every enrolled office for Dinsos). */
export interface SyncPeer {
  officeId: string;
  name: string;
  type: OfficeType;
  regionCode: string;
  /** Rows changed here that this peer has not acknowledged yet (what the next bundle will carry). */
  pending: number;
  lastExportAt: string | null;
  lastExportSequence: number | null;
  /** When the peer last confirmed our bundles ("dikonfirmasi Dinsos"), and up to which sequence. */
  acknowledgedAt: string | null;
  acknowledgedSequence: number;
  /** The last bundle received from this peer (applied, already applied or refused). */
  lastReceivedAt: string | null;
  appliedSequence: number;
  /** Open conflicts and quarantined records the peer reported in its newest bundle; null if it never did. */
  reported: { openConflicts: number; quarantined: number } | null;
}

export interface BundleOutRow {
  id: string;
  fileName: string;
  recipientOfficeId: string;
  recipientName: string;
  sequence: number;
  createdAt: string;
  records: number;
  /** Attachment files sealed into it (0 before the history counted them). */
  attachments: number;
  bytes: number;
  /** 'menulis' while writing, 'terkirim' once written, 'gagal' if writing failed. */
  status: string;
  /** The recipient has confirmed it applied this bundle (or a later one). */
  acknowledged: boolean;
  /** Still in this data directory's outbox, so it can be downloaded again. */
  available: boolean;
}

export type BundleInStatus = 'applied' | 'already_applied' | 'refused';

export interface BundleInRow {
  id: string;
  fileName: string;
  senderOfficeId: string | null;
  senderName: string | null;
  senderRegionCode: string | null;
  sequence: number | null;
  receivedAt: string;
  status: BundleInStatus;
  reason: string | null;
  records: number;
  applied: number;
  conflicts: number;
  quarantined: number;
  /** Attachment files its section carried (0 before the history counted them). */
  attachments: number;
  /** Changes per table, from the bundle's header. */
  counts: Record<string, number>;
  /** Sender's clock at export minus ours at import, in ms: a lower bound of its clock's offset from ours. */
  clockSkewMs: number | null;
  /** Upper bound of that offset, once a bundle of ours made the round trip; null when unknown. */
  clockSkewMaxMs: number | null;
  /** The sender PC's clock is proven off, or the bundle is a month old (shared/time/clock-skew.ts). */
  skewFlagged: boolean;
}

/** This PC's own clock is off: against Dinsos (at an office), or against most offices (at Dinsos). */
export interface OwnClockWarning {
  side: 'ahead' | 'behind';
  atLeastMs: number;
  atMostMs: number | null;
  reference: 'dinsos' | 'offices';
  /** Offices whose clocks agree against ours, of those seen recently (1 of 1 against Dinsos). */
  agreeing: number;
  seen: number;
}

export interface SyncStatus {
  officeId: string;
  officeType: OfficeType;
  /** This office's key fingerprint, in groups of five digits. */
  fingerprint: string;
  peers: SyncPeer[];
  /** Newest first, at most 200 of each. */
  bundlesOut: BundleOutRow[];
  bundlesIn: BundleInRow[];
  openConflicts: number;
  /** Received records this version could not apply yet (kept, retried after an update). */
  openQuarantine: number;
  /** Null while nothing shows this PC's clock to be off. */
  ownClock: OwnClockWarning | null;
  /**
   * Attachment files whose rows arrived but whose files have not ("lampiran menyusul": a later bundle brings
   * them), and files this office attached but no longer holds (after a re-seed: no bundle brings them).
   */
  attachmentFiles: {
    coming: { count: number; bytes: number };
    unavailable: { count: number; bytes: number };
  };
  /** Our author batches for offices reached only through a relay (a desa's for its Dinsos), by audience. */
  endToEnd: EndToEndAck[];
}

/** How far an office our bundles reach through a relay confirmed holding our changes, by its own signed batch. */
export interface EndToEndAck {
  officeId: string;
  name: string;
  /** The newest batch sealed for it, and when. */
  lastSequence: number;
  lastSealedAt: string;
  /** The newest of our batches it confirmed end to end (0: none yet), and when that confirmation arrived. */
  acknowledgedSequence: number;
  acknowledgedAt: string | null;
}

/** A received record waiting in the quarantine, for the Sinkronisasi screen. */
export interface QuarantineEntry {
  id: string;
  table: string;
  rowId: string;
  reason: string;
  senderName: string | null;
  fileName: string | null;
  receivedAt: string;
  retriedAt: string | null;
  resolved: boolean;
}

export interface QuarantineRetryResult {
  retried: number;
  applied: number;
  remaining: number;
}

export interface ExportedFile {
  fileName: string;
  recipientOfficeId: string;
  recipientName: string;
  sequence: number;
  records: number;
  bytes: number;
  /** Attachment files the bundle carries. */
  attachments: number;
  /** Files the recipient still lacks that wait for the next bundle (the per-bundle budget set by Dinsos). */
  attachmentsWaiting: { count: number; bytes: number };
}

export interface ExportNowResult {
  /** Empty when there was nothing to send to anyone. */
  files: ExportedFile[];
  /** Recipients that got no file because nothing was new for them. */
  nothingFor: string[];
}

export interface ImportUploadResult {
  fileName: string;
  status: BundleInStatus;
  /** The clerk's message when refused. */
  reason: string | null;
  senderOfficeId: string | null;
  senderName: string | null;
  sequence: number | null;
  records: number;
  applied: number;
  conflicts: number;
  quarantined: number;
  clockSkewMs: number | null;
  clockSkewMaxMs: number | null;
  skewFlagged: boolean;
}

/** One side of a conflict: the value and who wrote it when. */
export interface ConflictSide {
  value: string | number | null;
  stamp: string;
  /** The HLC time of the edit (ISO), and the writing office. */
  at: string;
  officeId: string;
  officeName: string | null;
}

export interface SyncConflict {
  id: string;
  table: string;
  rowId: string;
  column: string;
  /** What the row is, for a person: the name (null when the row is not known here). */
  rowLabel: string | null;
  /** The value the register holds now. */
  current: ConflictSide;
  /** The value that lost the merge. */
  other: ConflictSide;
  detectedAt: string;
  status: 'open' | 'kept' | 'overridden';
  resolvedBy: string | null;
  resolvedAt: string | null;
}

/** What an import run of the inbox did: every bundle it handled, in order, and those it left untouched. */
export interface ImportRunResult {
  /** Bundles found in the inbox when the run began. */
  total: number;
  /** Handled bundles (applied, already applied or refused), in the order they were imported. */
  files: ImportUploadResult[];
  /** Bundles left in the inbox untouched because the run was cancelled (a bundle cancelled half-way included). */
  remaining: string[];
}

/** A bundle put into the inbox by a streamed upload or the desktop's file picker (bare name, never a path). */
export interface StagedBundle {
  fileName: string;
  bytes: number;
  /** SHA-256 of the bytes written, hex. */
  sha256: string;
}

/** What the desktop's open dialog staged: the files copied into the inbox and those refused, each by name. */
export interface PickedBundles {
  /** The clerk closed the dialog without picking. */
  canceled: boolean;
  staged: StagedBundle[];
  refused: { fileName: string; message: string }[];
}

/** The core's permission to stage one bundle: who may, and how large it may be. */
export interface UploadPermit {
  fileName: string;
  maxBytes: number;
}

/** A permitted download of one outbox bundle: its name and size (the bytes are streamed, never one message). */
export interface DownloadPermit {
  fileName: string;
  bytes: number;
}

/** The desktop's save dialog for a bundle: where it was copied, or canceled. */
export interface SavedBundle {
  canceled: boolean;
  path: string | null;
}

/** One office on Dinsos's health board (core/sync/health.ts). */
export interface OfficeHealth {
  officeId: string;
  name: string;
  type: string;
  regionCode: string;
  lastReceivedAt: string | null;
  /** Whole days since its last bundle arrived (by Dinsos's clock); null when none ever did. */
  silentDays: number | null;
  /** When Dinsos enrolled it (its earliest active key). */
  enrolledAt: string;
  /** No bundle for longer than the board's limit; never any bundle and enrolled longer than the limit. */
  silent: boolean;
  /** Never sent a bundle, enrolled within the limit: its first bundle is awaited, not overdue. */
  awaitingFirst: boolean;
  /** Its bundle numbers that never arrived (below its highest). */
  missing: number[];
  /** Dinsos's bundles to it not yet acknowledged. */
  unacknowledged: number;
  clockFlagged: boolean;
  clockSkewMs: number | null;
  clockSkewMaxMs: number | null;
  /** What it reported waiting there in its newest bundle; null from an older version. */
  reportedConflicts: number | null;
  reportedQuarantined: number | null;
  /** Its records waiting in Dinsos's own quarantine. */
  quarantinedHere: number;
  /** Duplicate candidates awaiting review that involve one of its residents. */
  duplicatesPending: number;
  overdueReferrals: number;
  /** Its report of the previous month (`OfficeHealthBoard.month`). */
  report: { status: 'tepat_waktu' | 'terlambat' | 'belum'; finalizedAt: string | null };
}

export interface OfficeHealthBoard {
  /** The month whose report each office should have finalized (the previous month). */
  month: string;
  silentAfterDays: number;
  offices: OfficeHealth[];
}

/** A batch held here to be relayed on (sync.downstream). */
export interface HeldBatchInfo {
  sequence: number;
  records: number;
  heldAt: string;
  /** Our bundle that last carried it to the next hop, or null: not sent yet. */
  sentInBundle: number | null;
}

/** A desa office below this one in the network tree, as the Sinkronisasi screen lists it (sync.downstream). */
export interface DownstreamOffice {
  officeId: string;
  name: string;
  regionCode: string;
  /** Its key is trusted here and not revoked. */
  active: boolean;
  /** At Dinsos: the kecamatan it sits under; null at the kecamatan itself. */
  viaName: string | null;
  /** Its own newest bundle received here (null: none ever; at Dinsos a desa under a kecamatan sends through it). */
  lastReceivedAt: string | null;
  appliedBundles: number;
  /** Its bundle numbers below its highest that never arrived here. */
  missingBundles: number[];
  /** Its newest author batch (for Dinsos) applied here, by any route. */
  lastBatch: { sequence: number; appliedAt: string } | null;
  /** Its batch held here for Dinsos, not yet acknowledged by Dinsos (end to end) or by the next hop. */
  heldUp: HeldBatchInfo | null;
  /** Dinsos's batch for it held here, not yet acknowledged by the desa. */
  heldDown: HeldBatchInfo | null;
}
