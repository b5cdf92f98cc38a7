// What Pengaturan → Pembaruan shows: versions, where an update comes from, its progress, and the Dinsos URL.

/** `url`: the address Dinsos set; `folder`: a signed update folder (USB stick or synced folder). */
export type UpdateSource = 'url' | 'folder';

/**
 * `tidak_didukung`: no updater here (web host, CLI, an unpackaged build); `siaga`: nothing checked yet;
 * `memeriksa`; `terbaru`: nothing newer found; `mengunduh`; `siap`: downloaded and verified, waiting for the
 * user's agreement or for the app to quit; `gagal`.
 */
export type UpdatePhase =
  'tidak_didukung' | 'siaga' | 'memeriksa' | 'terbaru' | 'mengunduh' | 'siap' | 'gagal';

export interface UpdateStatus {
  currentVersion: string;
  phase: UpdatePhase;
  /** Why updates are not available here (phase `tidak_didukung`). */
  unsupportedReason: string | null;
  availableVersion: string | null;
  source: UpdateSource | null;
  /** The folder path or the URL the available version came from. */
  sourceLabel: string | null;
  /** 0–100 while downloading. */
  progressPercent: number | null;
  /** The last outcome in Bahasa Indonesia (a refusal, an error, "sudah versi terbaru"). */
  message: string | null;
  /** True once the user agreed to install the downloaded version when the app quits. */
  installOnQuit: boolean;
  /** The update address Dinsos set, null when none. */
  url: string | null;
  /** Last check of the URL (ISO time), null when never. */
  lastUrlCheckAt: string | null;
}

/** Result of "Periksa folder pembaruan": the accepted version and who signed it. */
/** What the update-folder check operation ends with: the accepted folder, or null when it was cancelled. */
export interface UpdateFolderRun {
  accepted: UpdateFolderAccepted | null;
}

export interface UpdateFolderAccepted {
  version: string;
  files: number;
  signerName: string;
  signerFingerprint: string;
  status: UpdateStatus;
}
