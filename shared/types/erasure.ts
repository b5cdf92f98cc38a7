// What erasure and retention (UU 27/2022, issue 18.4–5) show and receive.

export type ErasureReason = 'permintaan' | 'retensi';

export interface ErasureDone {
  /** Residents whose personal data was erased. */
  erased: number;
  erasedAt: string;
}

export interface ErasureEntry {
  id: string;
  personId: string;
  erasedAt: string;
  reason: ErasureReason;
  /** The office that erased (here or another holder). */
  officeName: string;
}

export interface OldBackupEntry {
  fileName: string;
  /** `lokal`: in the data directory's backups/; `eksternal`: an encrypted copy written to a folder or USB stick. */
  location: 'lokal' | 'eksternal';
  /** The folder an external backup was written to (null for a local one, or when not recorded). */
  folder: string | null;
  /** An external backup is found there now (a stick may be unplugged); always true for a local one. */
  present: boolean;
  takenAt: string;
  /** Erasures made after it was taken: their residents are still in this backup. */
  erasuresAfter: number;
  /**
   * The day rotation removes it at the latest (YYYY-MM-DD), or null for a pre-action backup (count-based). An
   * external backup is never rotated: the day a local backup of the same day would be gone, by which the
   * admin should destroy it.
   */
  expiresBy: string | null;
}

/**
 * A record that names an erased resident in its free text but is not tied to them (another resident's case,
 * a TKSK activity), or another resident record with the same NIK: listed for the admin, never changed (names
 * are not unique). Ids only: the name itself is gone.
 */
export interface ErasureMention {
  erasureId: string;
  table: string;
  rowId: string;
  column: string;
  /** When an admin marked it checked ("sudah diperiksa"), and who (username); absent while unchecked. */
  checkedAt?: string;
  checkedBy?: string;
}

/** A review entry with what the admin looks it up by: a case number, a resident's name, a day (null: gone). */
export interface ErasureMentionEntry extends ErasureMention {
  label: string | null;
}

export interface ErasureOverview {
  erasures: ErasureEntry[];
  /** Records elsewhere that name an erased resident: to review and correct by hand. */
  mentions: ErasureMentionEntry[];
  /** Local and external backups older than an erasure, with the date they expire. */
  oldBackups: OldBackupEntry[];
}

export interface RetentionSettings {
  /** Residents whose cases are all closed, this many years after the last closing (null: no rule). */
  closedCaseYears: number | null;
  /** Residents with no case and no change for this many years (null: no rule). */
  inactiveYears: number | null;
  /** The last month (YYYY-MM) an admin approved the erasures due. */
  lastApprovedMonth: string | null;
}

export type RetentionRule = 'kasus-selesai' | 'tidak-aktif';

export interface DueResident {
  personId: string;
  name: string;
  nik: string | null;
  desaCode: string;
  rule: RetentionRule;
  /** The last closing or change (ISO). */
  lastActivity: string;
}

export interface RetentionDue {
  /** The office's current month, YYYY-MM. */
  month: string;
  residents: DueResident[];
  /** An admin already approved this month's list. */
  approvedThisMonth: boolean;
}
