// Sync schedule, transport and retry settings, and what a sync run reports (scheduled or "Sinkronkan sekarang").

export interface SyncSchedule {
  enabled: boolean;
  /** 'HH:MM' in the office's zone (WIB, WITA or WIT). */
  time: string;
  /** ISO weekdays the run happens (1 = Senin … 7 = Minggu); empty means every day. */
  days: number[];
}

/** Retries inside one run (each WebDAV request) and the back-off between failed runs. */
export interface SyncRetryPolicy {
  /** Attempts per request, the first included. */
  attempts: number;
  /** Delay before the 2nd attempt; doubles each time, with jitter. */
  initialDelaySeconds: number;
  maxDelaySeconds: number;
  /** After a failed run: next attempt this long after, doubling per consecutive failure … */
  retryAfterMinutes: number;
  /** … up to this. */
  retryMaxMinutes: number;
}

export type SyncTransportSettings =
  { kind: 'none' } | { kind: 'folder'; path: string } | { kind: 'webdav'; url: string; username: string };

export interface SyncScheduleSettings {
  schedule: SyncSchedule;
  /** Fetch and import what arrived in the inbox on every scheduled run and between runs. */
  autoImport: boolean;
  transport: SyncTransportSettings;
  retry: SyncRetryPolicy;
  /**
   * A desa Puskesos placed under a kecamatan that has its own connection: every export also writes a bundle straight
   * to Dinsos (its batch by two routes, applied once there: docs/network-tree.md, section 5).
   */
  alsoToDinsos: boolean;
}

export type SyncTrigger = 'jadwal' | 'manual' | 'kotak-masuk';

export interface SyncFileResult {
  file: string;
  /** Sent: 'terkirim' or 'gagal'. Received: the import status. */
  status: 'terkirim' | 'gagal' | 'applied' | 'already_applied' | 'refused';
  reason: string | null;
}

export interface SyncRunReport {
  trigger: SyncTrigger;
  startedAt: string;
  finishedAt: string;
  ok: boolean;
  /** A clerk's summary of the run, or of why it failed. */
  message: string;
  sent: SyncFileResult[];
  received: SyncFileResult[];
  /** When a failed run is tried again (back-off), null after a success. */
  nextRetryAt: string | null;
}

/** What the job remembers between runs (meta `sync_job`). */
export interface SyncJobState {
  /** When the schedule was last switched on or changed: the first run is the first slot after it. */
  since: string | null;
  /** Last successful run (scheduled or manual). */
  lastRunAt: string | null;
  lastAttemptAt: string | null;
  /** Consecutive failed runs. */
  failures: number;
  nextRetryAt: string | null;
  lastInboxCheckAt: string | null;
  lastReport: SyncRunReport | null;
}

export interface SyncSettingsView {
  settings: SyncScheduleSettings;
  /** True when a WebDAV password is stored (the password itself is never sent to the UI). */
  hasPassword: boolean;
  /** 'WIB' | 'WITA' | 'WIT': the zone `schedule.time` is read in. */
  zone: string;
  state: SyncJobState;
  /** The next scheduled run (a run missed while the app was closed is due now), null when off. */
  nextRunAt: string | null;
  /** This office is a desa Puskesos placed under a kecamatan: `alsoToDinsos` applies. */
  underKecamatan: boolean;
}
