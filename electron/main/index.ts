// Electron composition root: single instance, data directory, the core worker (register, scheduler, backups,
// update service), key protection with safeStorage, electron-updater, IPC and the window.
import { app, BrowserWindow, dialog } from 'electron';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { CoreHost } from '../core/host/core-host.ts';
import { startWorkerHost } from '../core/host/worker-host.ts';
import { registerFileDialog } from './file-dialog.ts';
import { registerIpc } from './ipc.ts';
import { safeStorageProtector } from './key-protector.ts';
import { startUpdater } from './updater.ts';
import { createElectronUpdaterDriver } from './updater-driver.ts';
import { createMainWindow } from './window.ts';

function dataDirFromArgs(): string {
  const { values } = parseArgs({
    args: process.argv.slice(1),
    options: { 'data-dir': { type: 'string' } },
    strict: false,
    allowPositionals: true,
  });
  const dir = values['data-dir'];
  return typeof dir === 'string' ? dir : join(app.getPath('userData'), 'register');
}

async function start(): Promise<void> {
  await app.whenReady();
  // The register runs in a worker thread: nothing it does (an import run, a backup) blocks this thread,
  // which keeps the window alive. safeStorage and electron-updater stay here and serve the worker over channels.
  const driver = createElectronUpdaterDriver();
  let core: CoreHost;
  try {
    core = await startWorkerHost({
      register: {
        dataDir: dataDirFromArgs(),
        mode: 'create',
        holder: 'aplikasi Puskesos Desktop',
        appVersion: app.getVersion(),
      },
      services: { syncTimer: true, dailyBackup: true, upgradeKeys: true },
      keyProtector: safeStorageProtector(),
      updates: { driver, stagingRoot: join(app.getPath('userData'), 'pembaruan') },
    });
  } catch (err) {
    dialog.showErrorBox('Puskesos Desktop', err instanceof Error ? err.message : String(err));
    app.exit(1);
    return;
  }
  const unregisterIpc = registerIpc(core);
  const unregisterDialog = registerFileDialog(core);
  const unregister = (): void => {
    unregisterIpc();
    unregisterDialog();
  };
  const updater = core.updates ? startUpdater(core.updates, driver) : null;
  createMainWindow();
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) createMainWindow();
  });
  app.on('window-all-closed', () => app.quit());
  let closing = false;
  app.on('will-quit', (event) => {
    // The installer quits the app again once the register is closed: let that second quit through.
    if (closing) return;
    closing = true;
    event.preventDefault();
    unregister();
    let install = false;
    void (async () => {
      install = (await updater?.installPending()) ?? false;
      await updater?.stop();
      // Stops the core's timers, waits for running work, closes the register, ends the worker.
      await core.close();
    })().finally(() => (install ? driver.installNow() : app.exit(0)));
  });
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    const [win] = BrowserWindow.getAllWindows();
    if (win) {
      if (win.isMinimized()) win.restore();
      win.focus();
    }
  });
  void start();
}
