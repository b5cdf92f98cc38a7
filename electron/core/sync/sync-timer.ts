// The scheduled sync job on a timer, wherever the core runs (its worker, or in process): once at start (a missed run), then a check every minute.
import type { CoreDeps } from '../context.ts';
import { runDueSyncJob } from './scheduler.ts';

export interface SyncTimerOptions {
  core: CoreDeps;
  intervalMs?: number;
  /** Where a run's one-line outcome goes (the host's console). */
  log?: (line: string) => void;
}

export interface SyncTimer {
  /** Stops the timer and waits for a run in progress, so the register can close cleanly. */
  stop(): Promise<void>;
}

export function startSyncTimer(o: SyncTimerOptions): SyncTimer {
  let inFlight: Promise<void> = Promise.resolve();
  let busy = false;
  const tick = (): void => {
    if (busy) return;
    busy = true;
    inFlight = runDueSyncJob({ core: o.core }, o.core.now())
      .then((report) => {
        if (report) o.log?.(`[sinkronisasi ${report.trigger}] ${report.message}`);
      })
      .catch((err: unknown) => o.log?.(`[sinkronisasi] ${err instanceof Error ? err.message : String(err)}`))
      .finally(() => {
        busy = false;
      });
  };
  tick();
  const timer = setInterval(tick, o.intervalMs ?? 60_000);
  timer.unref();
  return {
    stop: async () => {
      clearInterval(timer);
      await inFlight;
    },
  };
}
