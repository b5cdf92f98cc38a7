// What Pengaturan → Cadangan shows and receives: backups, external folder, verify and restore results.

export interface BackupEntry {
  fileName: string;
  /** harian, manual, pra-migrasi-vN, pra-impor, pra-pemulihan… */
  kind: string;
  takenAt: string;
  bytes: number;
  /** A SHA-256 was recorded when it was taken. */
  hasChecksum: boolean;
}

export interface ExternalBackupEntry {
  fileName: string;
  bytes: number;
}

export interface SetAsideEntry {
  fileName: string;
  bytes: number;
}

export interface BackupOverview {
  backups: BackupEntry[];
  /** The chosen folder for encrypted backups (a USB stick), or null. */
  externalDir: string | null;
  /** Whether that folder can be reached now (a stick may be unplugged). */
  externalReachable: boolean;
  externalBackups: ExternalBackupEntry[];
  /** Databases a restore replaced, kept in disisihkan/. */
  setAside: SetAsideEntry[];
  /** The last automatic (daily) backup attempt in this session, with its error if it failed. */
  lastAutomatic: { at: string; error: string | null } | null;
}

export type BackupLocation = 'lokal' | 'eksternal';

export interface BackupCheckResult {
  fileName: string;
  ok: boolean;
  message: string;
  schemaVersion: number | null;
  /** null when no checksum was recorded (older pre-migration backups). */
  hashMatches: boolean | null;
}

export interface CreatedBackup {
  fileName: string;
  bytes: number;
}

/** The backups.createRun operation's result: the backup, or null when cancel stopped it (no file was left). */
export interface BackupCreateRun {
  created: CreatedBackup | null;
}

/** The backups.verifyRun operation's result: the check, or null when cancel stopped it. */
export interface BackupVerifyRun {
  check: BackupCheckResult | null;
}

/** The backups.restoreRun operation's result: the staged restore, or null when cancel stopped it first. */
export interface BackupRestoreRun {
  restored: RestoreResult | null;
}

/** The backups.exportExternalRun operation's result: the encrypted copy written, or null when cancelled. */
export interface ExternalBackupRun {
  written: ExternalBackupEntry | null;
}

export interface RestoreResult {
  restoredFrom: string;
  /** The replaced database, in disisihkan/. */
  setAsideFileName: string;
  /** What was done with unsent changes first (Indonesian). */
  unsentMessage: string;
  unsentBundleFileName: string | null;
  unsentRecords: number;
  /** The register was reopened on the restored database: the window must reload and sign in again. */
  reloadRequired: true;
}

/** `security.rotateDbKey`: the register's database key was replaced and these files re-encrypted. */
export interface RotatedDbKey {
  rotatedAt: string;
  /** Data-directory-relative names: puskesos.sqlite, backups/…, disisihkan/… */
  files: string[];
}
