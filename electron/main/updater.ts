// The update timer in the main process: electron-updater's driver lives here, the update service beside the register in the core worker.
import { net, powerMonitor } from 'electron';
import type { CoreUpdates } from '../core/host/core-host.ts';
import type { ElectronUpdaterDriver } from './updater-driver.ts';

export interface AppUpdater {
  /** True when the user agreed to install the downloaded version at quit (asked before the core closes). */
  installPending(): Promise<boolean>;
  /** Hands over to the installer (which quits the app). */
  installNow(): void;
  stop(): Promise<void>;
}

/** How often the main process asks the policy whether the Dinsos URL is due (it is checked at most daily). */
const TICK_MS = 15 * 60 * 1000;
/** The first look waits a little after start, so opening the app is never slowed by it. */
const FIRST_TICK_MS = 2 * 60 * 1000;

export function startUpdater(updates: CoreUpdates, driver: ElectronUpdaterDriver): AppUpdater {
  let inFlight: Promise<unknown> = Promise.resolve();
  // The facts only the main process knows (network, idle time) go with each tick; the core decides and logs.
  const tick = (): void => {
    inFlight = updates.tick({ online: net.isOnline(), idleSeconds: powerMonitor.getSystemIdleTime() });
  };
  const first = setTimeout(tick, FIRST_TICK_MS);
  const timer = setInterval(tick, TICK_MS);
  first.unref();
  timer.unref();
  return {
    installPending: () => updates.installPending(),
    installNow: () => driver.installNow(),
    async stop() {
      clearTimeout(first);
      clearInterval(timer);
      await inFlight;
    },
  };
}
