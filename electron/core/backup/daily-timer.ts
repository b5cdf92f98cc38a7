// Hosts' timer: checks every quarter hour whether the office day changed while the app runs, and backs up if so.
import type { CoreDeps } from '../context.ts';
import { ensureDailyBackup } from './daily.ts';

export interface DailyBackupTimer {
  /** Stops the timer and waits for a backup in progress. */
  stop(): Promise<void>;
}

export const DAILY_CHECK_MS = 15 * 60_000;

/** `ensureDailyBackup` on a timer that never keeps the process alive and never runs twice at once. */
export function startDailyBackupTimer(deps: CoreDeps, intervalMs = DAILY_CHECK_MS): DailyBackupTimer {
  let running: Promise<unknown> | null = null;
  const timer = setInterval(() => {
    if (running) return;
    running = ensureDailyBackup(deps).finally(() => {
      running = null;
    });
  }, intervalMs);
  timer.unref();
  return {
    stop: async () => {
      clearInterval(timer);
      await running;
    },
  };
}
