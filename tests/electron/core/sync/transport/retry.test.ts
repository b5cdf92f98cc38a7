// Retry with exponential back-off and jitter (fake clock), and the back-off between failed runs.
import { describe, expect, it } from 'vitest';
import {
  backoffDelayMs,
  withRetry,
  type RetryClock,
} from '../../../../../electron/core/sync/transport/retry.ts';
import { TransportError } from '../../../../../electron/core/sync/transport/transport.ts';
import { runRetryDelayMs } from '../../../../../electron/core/sync/schedule-time.ts';
import { DEFAULT_SYNC_SETTINGS } from '../../../../../electron/core/sync/schedule-settings.ts';

const policy = {
  attempts: 4,
  initialDelaySeconds: 2,
  maxDelaySeconds: 5,
  retryAfterMinutes: 5,
  retryMaxMinutes: 60,
};

function fakeClock(random = 0.5): RetryClock & { slept: number[] } {
  const slept: number[] = [];
  return { slept, sleep: async (ms) => void slept.push(ms), random: () => random };
}

const offline = (): TransportError =>
  new TransportError('OFFLINE', 'Server WebDAV tidak dapat dihubungi; akan dicoba lagi.', true);

describe('request back-off', () => {
  it('doubles from the initial delay, is capped, and jitters between half and all of it', () => {
    expect([1, 2, 3, 4].map((n) => backoffDelayMs(n, policy, 1))).toEqual([2000, 4000, 5000, 5000]);
    expect([1, 2, 3].map((n) => backoffDelayMs(n, policy, 0))).toEqual([1000, 2000, 2500]);
    expect(backoffDelayMs(1, policy, 0.5)).toBe(1500);
  });

  it('retries a retryable failure up to the bounded number of attempts, then gives up with its error', async () => {
    const clock = fakeClock(1);
    let calls = 0;
    const op = async (): Promise<string> => {
      calls++;
      throw offline();
    };
    await expect(withRetry(op, policy, clock)).rejects.toThrow(/akan dicoba lagi/);
    expect(calls).toBe(4);
    expect(clock.slept).toEqual([2000, 4000, 5000]);
  });

  it('stops retrying once the server answers', async () => {
    const clock = fakeClock(0);
    let calls = 0;
    const value = await withRetry(
      async () => {
        if (++calls < 3) throw offline();
        return 'ok';
      },
      policy,
      clock,
    );
    expect(value).toBe('ok');
    expect(clock.slept).toEqual([1000, 2000]);
  });

  it('does not retry what retrying cannot fix (a refused password, a programming error)', async () => {
    for (const err of [new TransportError('AUTH', 'ditolak', false), new Error('bug')]) {
      const clock = fakeClock();
      let calls = 0;
      await expect(
        withRetry(
          async () => {
            calls++;
            throw err;
          },
          policy,
          clock,
        ),
      ).rejects.toBe(err);
      expect(calls).toBe(1);
      expect(clock.slept).toEqual([]);
    }
  });
});

describe('back-off between failed runs', () => {
  it('waits 5, 10, 20, 40 minutes, then the cap', () => {
    expect([1, 2, 3, 4, 5, 6, 40].map((f) => runRetryDelayMs(f, policy) / 60_000)).toEqual([
      5, 10, 20, 40, 60, 60, 60,
    ]);
    expect(runRetryDelayMs(100, DEFAULT_SYNC_SETTINGS.retry)).toBe(240 * 60_000);
  });
});
