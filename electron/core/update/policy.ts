// When the app looks for updates and when it may install one: pure rules, so they are tested without Electron.

export const DAY_MS = 24 * 60 * 60 * 1000;
/** Someone who typed or clicked within this many seconds is treated as in the middle of data entry. */
export const DATA_ENTRY_IDLE_SECONDS = 120;

export interface UrlCheckFacts {
  now: number;
  /** The Dinsos update URL, or null when none is set. */
  url: string | null;
  /** Last check of the URL (ms), null when never. */
  lastCheckAt: number | null;
  /** Whether the PC reports a network connection. */
  online: boolean;
  /** Seconds since the last keyboard or mouse input. */
  idleSeconds: number;
}

export type UrlCheckDecision =
  { check: true } | { check: false; why: 'no_url' | 'offline' | 'checked_today' | 'data_entry' };

export const isDataEntry = (idleSeconds: number): boolean => idleSeconds < DATA_ENTRY_IDLE_SECONDS;

/**
 * The Dinsos URL is checked at most once a day, only while online, and never while the clerk is typing (the
 * check downloads in the background, but it waits for a pause all the same). A last check "in the future"
 * (the PC's clock was set back) does not block checks for days: it counts as due.
 */
export function shouldCheckUrl(f: UrlCheckFacts): UrlCheckDecision {
  if (!f.url) return { check: false, why: 'no_url' };
  if (!f.online) return { check: false, why: 'offline' };
  if (f.lastCheckAt !== null && f.lastCheckAt <= f.now && f.now - f.lastCheckAt < DAY_MS) {
    return { check: false, why: 'checked_today' };
  }
  if (isDataEntry(f.idleSeconds)) return { check: false, why: 'data_entry' };
  return { check: true };
}

export interface InstallFacts {
  /** Version electron-updater finished downloading and verifying, null when none. */
  downloadedVersion: string | null;
  /** Version the user agreed to install on quit, null when not (yet) agreed. */
  agreedVersion: string | null;
}

/**
 * The downloaded update is installed only when the app quits, and only when the user agreed to that very
 * version: the app never restarts on its own, so an update never interrupts data entry.
 */
export const installOnQuit = (f: InstallFacts): boolean =>
  f.downloadedVersion !== null && f.agreedVersion === f.downloadedVersion;
