// Starts the update service in the main process: the electron-updater driver, the daily check of the Dinsos URL, install on quit.
import { app, net, powerMonitor } from 'electron';
import { join } from 'node:path';
import type { CoreDeps } from '../core/context.ts';
import { attachUpdateService, createUpdateService } from '../core/update/service.ts';
import { createElectronUpdaterDriver } from './updater-driver.ts';

export interface AppUpdater {
  /** True when the user agreed to install the downloaded version at quit (read before the register closes). */
  installPending(): Promise<boolean>;
  /** Hands over to the installer (which quits the app). */
  installNow(): void;
  stop(): Promise<void>;
}

/** How often the main process asks the policy whether the Dinsos URL is due (it is checked at most daily). */
const TICK_MS = 15 * 60 * 1000;
/** The first look waits a little after start, so opening the app is never slowed by it. */
const FIRST_TICK_MS = 2 * 60 * 1000;

export function startUpdater(core: CoreDeps, log: (line: string) => void): AppUpdater {
  const driver = createElectronUpdaterDriver();
  const service = createUpdateService({
    core,
    driver,
    stagingRoot: join(app.getPath('userData'), 'pembaruan'),
  });
  attachUpdateService(core, service);
  let inFlight: Promise<unknown> = Promise.resolve();
  const tick = (): void => {
    inFlight = service
      .tick({ online: net.isOnline(), idleSeconds: powerMonitor.getSystemIdleTime() })
      .catch((err: unknown) => log(`[pembaruan] ${err instanceof Error ? err.message : String(err)}`));
  };
  const first = setTimeout(tick, FIRST_TICK_MS);
  const timer = setInterval(tick, TICK_MS);
  first.unref();
  timer.unref();
  return {
    installPending: async () => (await service.status()).installOnQuit,
    installNow: () => driver.installNow(),
    async stop() {
      clearTimeout(first);
      clearInterval(timer);
      await inFlight;
      await service.close();
    },
  };
}
