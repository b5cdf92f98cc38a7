// The core in the caller's own thread (the CLI, tests, and hosts that opt out of the worker): the same start-up path.
import type { OpenRegisterOptions } from '../register.ts';
import type { CoreHost } from './core-host.ts';
import { openCore, type CoreServiceOptions, type OpenedCore } from './core-services.ts';

export interface InProcessHost extends CoreHost {
  /** The open core itself, for in-process callers that need its deps (tests, the CLI's file work). */
  core: OpenedCore;
}

export async function openInProcessHost(
  register: OpenRegisterOptions,
  services: CoreServiceOptions = {},
): Promise<InProcessHost> {
  const core = await openCore(register, services);
  return {
    core,
    dispatch: core.register.dispatch,
    dataDir: core.register.deps.paths.dir,
    updates: core.updates,
    close: () => core.close(),
  };
}
