// electron-updater behind the core's UpdateDriver: generic provider, background download, install only when told.
import { app } from 'electron';
import electronUpdater from 'electron-updater';
import type { DriverEvent, UpdateDriver } from '../core/update/driver.ts';

export interface ElectronUpdaterDriver extends UpdateDriver {
  /** Runs the downloaded installer and quits (electron-updater's quitAndInstall, silent, no restart). */
  installNow(): void;
}

/** Why electron-updater cannot run in this build, or null when it can (NSIS, AppImage and deb installs). */
const unsupported = (): string | null =>
  app.isPackaged
    ? null
    : 'Pembaruan hanya berjalan pada aplikasi yang dipasang dari pemasang Puskesos Desktop (bukan mode pengembangan).';

export function createElectronUpdaterDriver(): ElectronUpdaterDriver {
  // electron-updater is CommonJS and defines autoUpdater with a getter: take it from the default export.
  const updater = electronUpdater.autoUpdater;
  const listeners: ((e: DriverEvent) => void)[] = [];
  const emit = (e: DriverEvent): void => {
    for (const l of listeners) l(e);
  };
  updater.autoDownload = true;
  updater.autoInstallOnAppQuit = false;
  updater.allowDowngrade = false;
  updater.allowPrerelease = false;
  updater.on('download-progress', (p: { percent: number }) => emit({ type: 'progress', percent: p.percent }));
  updater.on('update-downloaded', (info: { version: string }) =>
    emit({ type: 'downloaded', version: info.version }),
  );
  updater.on('error', (err: Error) => emit({ type: 'error', message: err.message }));

  return {
    unsupportedReason: unsupported(),
    async check(feed) {
      updater.disableDifferentialDownload = !feed.differential;
      updater.setFeedURL({ provider: 'generic', url: feed.url });
      const result = await updater.checkForUpdates();
      if (!result?.isUpdateAvailable) return null;
      // The download goes on in the background; its failure arrives through the 'error' event.
      result.downloadPromise?.catch(() => undefined);
      return result.updateInfo.version;
    },
    setInstallOnQuit(on) {
      updater.autoInstallOnAppQuit = on;
    },
    onEvent(listener) {
      listeners.push(listener);
    },
    installNow() {
      updater.quitAndInstall(true, false);
    },
  };
}
