// Retry with exponential back-off and jitter for transport requests; the clock and randomness are injected.
import type { SyncRetryPolicy } from '../../../../shared/types/sync-schedule.ts';
import { TransportError } from './transport.ts';

export interface RetryClock {
  sleep(ms: number): Promise<void>;
  /** In [0, 1). */
  random(): number;
}

export const realRetryClock: RetryClock = {
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  random: Math.random,
};

type RequestPolicy = Pick<SyncRetryPolicy, 'attempts' | 'initialDelaySeconds' | 'maxDelaySeconds'>;

/**
 * The wait after failed attempt `n` (1-based): initial × 2^(n−1), capped, then "equal jitter" — between half
 * and all of it — so offices that lost the same server do not all come back at the same second.
 */
export function backoffDelayMs(n: number, policy: RequestPolicy, random: number): number {
  const capped =
    Math.min(policy.initialDelaySeconds * 2 ** Math.min(n - 1, 30), policy.maxDelaySeconds) * 1000;
  return Math.round(capped / 2 + (capped / 2) * random);
}

const retryable = (err: unknown): boolean => err instanceof TransportError && err.retryable;

/** Runs `op` up to `policy.attempts` times while it fails with a retryable TransportError; rethrows the last error. */
export async function withRetry<T>(
  op: () => Promise<T>,
  policy: RequestPolicy,
  clock: RetryClock,
): Promise<T> {
  for (let n = 1; ; n++) {
    try {
      return await op();
    } catch (err) {
      if (!retryable(err) || n >= policy.attempts) throw err;
      await clock.sleep(backoffDelayMs(n, policy, clock.random()));
    }
  }
}
