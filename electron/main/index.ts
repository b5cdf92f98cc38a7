// Electron composition root: single instance, data directory, key protection, the register, IPC and the window.
import { app, BrowserWindow, dialog } from 'electron';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { startDailyBackupTimer } from '../core/backup/daily-timer.ts';
import { openRegister, type Register } from '../core/register.ts';
import { keyProtectionOf, readKeys, writeKeys, fileKeyProtector } from '../core/office/keystore.ts';
import { registerIpc } from './ipc.ts';
import { safeStorageProtector } from './key-protector.ts';
import { startSyncScheduler } from './scheduler.ts';
import { startUpdater } from './updater.ts';
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

/** Keys written by the CLI (0600 file) are moved under safeStorage the first time the desktop app opens them. */
function upgradeKeyProtection(register: Register): void {
  const { keys } = register.deps.paths;
  const protector = register.deps.keyProtector;
  if (protector.kind === 'safeStorage' && keyProtectionOf(keys) === 'file-0600') {
    writeKeys(keys, readKeys(keys, fileKeyProtector), protector);
  }
}

async function start(): Promise<void> {
  await app.whenReady();
  let register: Register;
  try {
    register = await openRegister({
      dataDir: dataDirFromArgs(),
      mode: 'create',
      holder: 'aplikasi Puskesos Desktop',
      keyProtector: safeStorageProtector(),
      appVersion: app.getVersion(),
    });
    upgradeKeyProtection(register);
  } catch (err) {
    dialog.showErrorBox('Puskesos Desktop', err instanceof Error ? err.message : String(err));
    app.exit(1);
    return;
  }
  const unregister = registerIpc(register);
  const syncTimer = startSyncScheduler({ core: register.deps, log: (line) => console.info(line) });
  const backupTimer = startDailyBackupTimer(register.deps);
  const updater = startUpdater(register.deps, (line) => console.info(line));
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
    void syncTimer
      .stop()
      .then(() => backupTimer.stop())
      .then(async () => {
        install = await updater.installPending();
        await updater.stop();
      })
      .then(() => register.close())
      .finally(() => (install ? updater.installNow() : app.exit(0)));
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
