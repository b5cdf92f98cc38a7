// When the sync job is due: daily slots in the office's zone (WIB, WITA), chosen weekdays, missed runs, back-off.
import { describe, expect, it } from 'vitest';
import { isDue, nextDueAt, plannedRunAt } from '../../../../electron/core/sync/scheduler.ts';
import { EMPTY_JOB_STATE } from '../../../../electron/core/sync/schedule-settings.ts';
import { isInboxCheckDue } from '../../../../electron/core/sync/schedule-time.ts';
import type { SyncJobState, SyncSchedule } from '../../../../shared/types/sync-schedule.ts';

const WIB = 'Asia/Jakarta';
const WITA = 'Asia/Makassar';
const at = (s: string): number => Date.parse(s);
const iso = (ms: number | null): string | null => (ms === null ? null : new Date(ms).toISOString());
const daily: SyncSchedule = { enabled: true, time: '15:00', days: [] };
const state = (over: Partial<SyncJobState>): SyncJobState => ({ ...EMPTY_JOB_STATE, ...over });

describe('nextDueAt', () => {
  it('is 15:00 in the office zone: 08:00 UTC in WIB, 07:00 UTC in WITA', () => {
    const last = at('2026-03-02T01:00:00Z'); // Senin 08:00 WIB / 09:00 WITA
    expect(iso(nextDueAt(daily, last, last, WIB))).toBe('2026-03-02T08:00:00.000Z');
    expect(iso(nextDueAt(daily, last, last, WITA))).toBe('2026-03-02T07:00:00.000Z');
  });

  it('the same instant is due in WITA but not yet in WIB', () => {
    const s = state({ lastRunAt: '2026-03-01T09:00:00Z' }); // Minggu, after both slots
    const now = at('2026-03-02T07:30:00Z'); // 14:30 WIB, 15:30 WITA
    expect(isDue(daily, s, now, WITA)).toBe(true);
    expect(isDue(daily, s, now, WIB)).toBe(false);
  });

  it('is the next day once today has run, and skips days not chosen', () => {
    const ranToday = at('2026-03-06T08:05:00Z'); // Jumat 15:05 WIB
    expect(iso(nextDueAt(daily, ranToday, ranToday, WIB))).toBe('2026-03-07T08:00:00.000Z');
    const weekdays: SyncSchedule = { ...daily, days: [1, 2, 3, 4, 5] };
    expect(iso(nextDueAt(weekdays, ranToday, ranToday, WIB))).toBe('2026-03-09T08:00:00.000Z'); // Senin
  });

  it('a slot near midnight belongs to the office day, not the UTC day', () => {
    const late: SyncSchedule = { ...daily, time: '23:30' };
    const last = at('2026-03-02T10:00:00Z'); // Senin 17:00 WIB
    expect(iso(nextDueAt(late, last, last, WIB))).toBe('2026-03-02T16:30:00.000Z');
  });

  it('is null when the schedule is off', () => {
    expect(nextDueAt({ ...daily, enabled: false }, null, at('2026-03-02T00:00:00Z'), WIB)).toBeNull();
    expect(isDue({ ...daily, enabled: false }, EMPTY_JOB_STATE, at('2026-03-02T09:00:00Z'), WIB)).toBe(false);
  });
});

describe('isDue', () => {
  it('a run missed while the app was closed is due at the next start, once', () => {
    const s = state({ lastRunAt: '2026-03-02T08:00:30Z' }); // Senin 15:00 WIB
    const start = at('2026-03-04T02:00:00Z'); // Rabu 09:00 WIB: Selasa's run was missed
    expect(isDue(daily, s, start, WIB)).toBe(true);
    const after = state({ lastRunAt: iso(start) });
    expect(isDue(daily, after, start + 60_000, WIB)).toBe(false);
    expect(iso(plannedRunAt(daily, after, start, WIB))).toBe('2026-03-04T08:00:00.000Z');
  });

  it('a new schedule starts at its first slot after it was set, not at a slot before it existed', () => {
    const s = state({ since: '2026-03-02T09:00:00Z' }); // set at 16:00 WIB, never ran
    expect(isDue(daily, s, at('2026-03-02T09:01:00Z'), WIB)).toBe(false);
    expect(isDue(daily, s, at('2026-03-03T08:00:00Z'), WIB)).toBe(true);
    // Changing the time later counts from the change too.
    const changed = state({ lastRunAt: '2026-03-02T08:00:00Z', since: '2026-03-03T03:00:00Z' });
    expect(iso(plannedRunAt({ ...daily, time: '09:00' }, changed, at('2026-03-03T03:00:00Z'), WIB))).toBe(
      '2026-03-04T02:00:00.000Z',
    );
  });

  it('after a failed run, waits for the retry time even though the slot has passed', () => {
    const s = state({ lastRunAt: '2026-03-01T08:00:00Z', failures: 2, nextRetryAt: '2026-03-02T08:10:00Z' });
    expect(isDue(daily, s, at('2026-03-02T08:05:00Z'), WIB)).toBe(false);
    expect(isDue(daily, s, at('2026-03-02T08:10:00Z'), WIB)).toBe(true);
  });
});

describe('inbox checks between runs', () => {
  it('every 15 minutes', () => {
    expect(isInboxCheckDue(EMPTY_JOB_STATE, at('2026-03-02T00:00:00Z'))).toBe(true);
    const s = state({ lastInboxCheckAt: '2026-03-02T00:00:00Z' });
    expect(isInboxCheckDue(s, at('2026-03-02T00:14:59Z'))).toBe(false);
    expect(isInboxCheckDue(s, at('2026-03-02T00:15:00Z'))).toBe(true);
  });
});
