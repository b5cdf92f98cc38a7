// The boundary every adapter talks to: one `dispatch` into the core, wherever the core runs (in process or a worker).
import type { Dispatch } from '../dispatch.ts';
import type { UpdateDriver } from '../update/driver.ts';

/** What an adapter (IPC, web host, CLI) needs from the core: the contract's untyped entry and a clean close. */
export interface CoreHost {
  /** `dispatch(caller, method, input)`: the same entry as `Register.dispatch`, answered by the core's dispatch. */
  dispatch: Dispatch;
  /** The register's data directory (absolute, as the core resolved it). */
  dataDir: string;
  /** Background jobs of the desktop app's update service, when one was asked for; null otherwise. */
  updates: CoreUpdates | null;
  /** Stops the core's timers, waits for work in progress and closes the register (and the worker). */
  close(): Promise<void>;
}

/** The update service runs beside the register; the host that owns electron-updater drives its timer. */
export interface CoreUpdates {
  tick(facts: { online: boolean; idleSeconds: number }): Promise<void>;
  /** True when the user agreed to install the downloaded version at quit (asked before the core closes). */
  installPending(): Promise<boolean>;
}

/** What the core needs to run the desktop app's update service: the driver (electron-updater) and its staging folder. */
export interface CoreUpdateOptions {
  driver: UpdateDriver;
  stagingRoot: string;
}
