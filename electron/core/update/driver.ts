// What the core's update service needs from electron-updater (implemented in electron/main/updater-driver.ts).

export type DriverEvent =
  | { type: 'progress'; percent: number }
  | { type: 'downloaded'; version: string }
  | { type: 'error'; message: string };

export interface UpdateDriver {
  /** Null when electron-updater can run here; otherwise why not (an unpackaged build, an unsupported package). */
  readonly unsupportedReason: string | null;
  /**
   * Points electron-updater's generic provider at `url` and checks it. Resolves with the newer version found
   * (its download then continues in the background and reports through events) or null when none is newer.
   */
  check(feed: { url: string; differential: boolean }): Promise<string | null>;
  /** Whether the downloaded update is installed when the app quits. */
  setInstallOnQuit(on: boolean): void;
  onEvent(listener: (e: DriverEvent) => void): void;
}
