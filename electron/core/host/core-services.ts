// The core's one start-up path (in process or in its worker): open the register, start its timers, close in order.
import { startDailyBackupTimer } from '../backup/daily-timer.ts';
import { upgradeKeyFile } from '../office/keystore.ts';
import { openRegister, type OpenRegisterOptions, type Register } from '../register.ts';
import { startSyncTimer } from '../sync/sync-timer.ts';
import { attachUpdateService, createUpdateService, type UpdateService } from '../update/service.ts';
import type { CoreUpdateOptions, CoreUpdates } from './core-host.ts';

export interface CoreServiceOptions {
  /** Run the scheduled sync job (the desktop app; the web host and the CLI do not). */
  syncTimer?: boolean;
  /** Take the daily backup when the office day changes while the core runs (desktop app and web host). */
  dailyBackup?: boolean;
  /** Keys the CLI wrote as a 0600 file are moved under the host's protector (the desktop app's safeStorage). */
  upgradeKeys?: boolean;
  updates?: CoreUpdateOptions;
  /** Where the timers' one-line outcomes go. */
  log?: (line: string) => void;
}

export interface OpenedCore {
  register: Register;
  updates: CoreUpdates | null;
  close(): Promise<void>;
}

export async function openCore(
  register: OpenRegisterOptions,
  services: CoreServiceOptions = {},
): Promise<OpenedCore> {
  const reg = await openRegister(register);
  const log = services.log ?? ((line: string) => console.info(line));
  if (services.upgradeKeys) upgradeKeyFile(reg.deps.paths.keys, reg.deps.keyProtector);
  const sync = services.syncTimer ? startSyncTimer({ core: reg.deps, log }) : null;
  const backup = services.dailyBackup ? startDailyBackupTimer(reg.deps) : null;
  let service: UpdateService | null = null;
  if (services.updates) {
    service = createUpdateService({ core: reg.deps, ...services.updates });
    attachUpdateService(reg.deps, service);
  }
  const updates = service ? updatesOf(service, log) : null;
  let closing: Promise<void> | null = null;
  return {
    register: reg,
    updates: updates?.api ?? null,
    close: () =>
      (closing ??= (async () => {
        await sync?.stop();
        await backup?.stop();
        await updates?.stop();
        await reg.close();
      })()),
  };
}

function updatesOf(service: UpdateService, log: (line: string) => void) {
  let inFlight: Promise<unknown> = Promise.resolve();
  const api: CoreUpdates = {
    tick(facts) {
      const run = service
        .tick(facts)
        .then(() => undefined)
        .catch((err: unknown) => log(`[pembaruan] ${err instanceof Error ? err.message : String(err)}`));
      inFlight = run;
      return run;
    },
    installPending: async () => (await service.status()).installOnQuit,
  };
  return {
    api,
    stop: async () => {
      await inFlight;
      await service.close();
    },
  };
}
