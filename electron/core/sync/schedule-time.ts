// Pure schedule arithmetic: the next daily slot (HH:MM in the office's zone, on chosen weekdays), due checks, back-off.
import { addDays, localDay, startOfDay } from '../../../shared/time/office-zone.ts';
import type { SyncJobState, SyncRetryPolicy, SyncSchedule } from '../../../shared/types/sync-schedule.ts';

const MINUTE = 60_000;

/** ISO weekday (1 = Senin … 7 = Minggu) of a calendar day. */
export const isoWeekday = (day: string): number => {
  const d = new Date(`${day}T00:00:00.000Z`).getUTCDay();
  return d === 0 ? 7 : d;
};

/** The instant `time` ('HH:MM') falls on `day` in the zone (Indonesian zones keep no daylight saving). */
export function slotOn(day: string, time: string, zone: string): number {
  const [h = 0, m = 0] = time.split(':').map(Number);
  return startOfDay(day, zone) + (h * 60 + m) * MINUTE;
}

/**
 * The first scheduled slot strictly after `lastRunAt` (or after `now` when it never ran), or null when the
 * schedule is off. A slot that passed while the app was closed is in the past: the run is due at the next start.
 */
export function nextDueAt(
  schedule: SyncSchedule,
  lastRunAt: number | null,
  now: number,
  zone: string,
): number | null {
  if (!schedule.enabled) return null;
  const base = lastRunAt ?? now;
  const first = localDay(base, zone);
  for (let i = 0; i <= 7; i++) {
    const day = addDays(first, i);
    if (schedule.days.length > 0 && !schedule.days.includes(isoWeekday(day))) continue;
    const slot = slotOn(day, schedule.time, zone);
    if (slot > base) return slot;
  }
  return null;
}

const ms = (iso: string | null): number | null => (iso === null ? null : Date.parse(iso));

/**
 * When the job runs next: the due slot; after a failed run, the retry time instead (back-off), so what the
 * failed run could not send goes out as soon as the connection may be back.
 */
export function plannedRunAt(
  schedule: SyncSchedule,
  state: SyncJobState,
  now: number,
  zone: string,
): number | null {
  const last = ms(state.lastRunAt);
  const since = ms(state.since);
  const base = last === null ? since : since === null ? last : Math.max(last, since);
  const slot = nextDueAt(schedule, base, now, zone);
  if (slot === null) return null;
  const retry = ms(state.nextRetryAt);
  return state.failures > 0 && retry !== null ? retry : slot;
}

export function isDue(schedule: SyncSchedule, state: SyncJobState, now: number, zone: string): boolean {
  const at = plannedRunAt(schedule, state, now, zone);
  return at !== null && now >= at;
}

/** Between failed runs: `retryAfterMinutes`, doubling per consecutive failure, capped at `retryMaxMinutes`. */
export function runRetryDelayMs(failures: number, retry: SyncRetryPolicy): number {
  const minutes = retry.retryAfterMinutes * 2 ** Math.max(0, Math.min(failures - 1, 30));
  return Math.min(minutes, retry.retryMaxMinutes) * MINUTE;
}

/** How often the inbox is checked between scheduled runs when automatic import is on. */
export const INBOX_CHECK_MS = 15 * MINUTE;

export const isInboxCheckDue = (state: SyncJobState, now: number): boolean => {
  const last = ms(state.lastInboxCheckAt) ?? ms(state.lastAttemptAt);
  return last === null || now - last >= INBOX_CHECK_MS;
};
