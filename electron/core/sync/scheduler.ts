// The core's sync job: export to the outbox and send, fetch and import, record the outcome and back off when offline.
import { mkdir } from 'node:fs/promises';
import { writeSystemAudit } from '../audit/system-task.ts';
import type { SystemAction } from '../../../shared/api/system-actions.ts';
import type { CoreDeps } from '../context.ts';
import { getOwnOfficeId } from '../office/office-repo.ts';
import { zoneOfRegion } from '../../../shared/time/office-zone.ts';
import type {
  SyncFileResult,
  SyncJobState,
  SyncRunReport,
  SyncTrigger,
} from '../../../shared/types/sync-schedule.ts';
import { exportBundles } from './export.ts';
import { shortId } from './peers.ts';
import { getJobState, getSyncSettings, putJobState } from './schedule-settings.ts';
import { isDue, isInboxCheckDue, runRetryDelayMs } from './schedule-time.ts';
import { outboxDir, receiveInbox, sendOutbox, StepError } from './scheduler-steps.ts';
import { transportFor } from './transport/from-settings.ts';
import { realRetryClock, type RetryClock } from './transport/retry.ts';
import type { Transport } from './transport/transport.ts';

export { isDue, nextDueAt, plannedRunAt } from './schedule-time.ts';

export interface SyncJobDeps {
  core: CoreDeps;
  /** Waits between request retries; tests pass a fake one. */
  retryClock?: RetryClock;
  /** Replaces the transport the settings describe (tests). */
  transport?: Transport;
}

interface Office {
  id: string;
  zone: string;
}

async function ownOffice(core: CoreDeps): Promise<Office | null> {
  const id = await getOwnOfficeId(core.db);
  if (!id) return null;
  const row = await core.db
    .selectFrom('offices')
    .select('region_code')
    .where('id', '=', id)
    .executeTakeFirst();
  return row ? { id, zone: zoneOfRegion(row.region_code) } : null;
}

const iso = (ms: number): string => new Date(ms).toISOString();

function summary(sent: readonly SyncFileResult[], received: readonly SyncFileResult[]): string {
  const refused = received.filter((r) => r.status === 'refused').length;
  if (sent.length === 0 && received.length === 0) return 'Sinkronisasi selesai: tidak ada paket baru.';
  const parts = [`${sent.length} paket dikirim`, `${received.length} paket diterima`];
  if (refused > 0) parts.push(`${refused} ditolak (lihat riwayat paket)`);
  return `Sinkronisasi selesai: ${parts.join(', ')}.`;
}

/** One run: (when asked) fetch and import the inbox, then export into the outbox and send it; each half runs even if the other failed. */
async function runSteps(deps: SyncJobDeps, office: Office, trigger: SyncTrigger, withImport: boolean) {
  const { core } = deps;
  const settings = await getSyncSettings(core.db);
  const transport =
    deps.transport ??
    transportFor(settings, {
      dataDir: core.paths.dir,
      keyProtector: core.keyProtector,
      ownMailbox: shortId(office.id),
      clock: deps.retryClock ?? realRetryClock,
    });
  const sent: SyncFileResult[] = [];
  const received: SyncFileResult[] = [];
  if (!transport) {
    return { sent, received, error: 'Tujuan sinkronisasi (folder atau WebDAV) belum diatur oleh admin.' };
  }
  const errors: string[] = [];
  const collect = async (into: SyncFileResult[], step: () => Promise<SyncFileResult[]>): Promise<void> => {
    try {
      into.push(...(await step()));
    } catch (err) {
      if (err instanceof StepError) into.push(...err.files);
      const message = err instanceof Error ? err.message : String(err);
      if (!errors.includes(message)) errors.push(message);
    }
  };
  // Import first: what arrives is acknowledged by the bundles this same run sends.
  if (withImport) await collect(received, () => receiveInbox(core, transport));
  if (trigger !== 'kotak-masuk') {
    // Leftovers of a failed run go first; while they cannot leave, no new bundle piles up behind them.
    await collect(sent, async () => {
      const left = await sendOutbox(core, transport);
      await mkdir(outboxDir(core), { recursive: true });
      await exportBundles(core, outboxDir(core));
      return [...left, ...(await sendOutbox(core, transport))];
    });
  }
  return { sent, received, error: errors.length > 0 ? errors.join(' ') : null };
}

async function run(deps: SyncJobDeps, now: number, trigger: SyncTrigger): Promise<SyncRunReport> {
  const { core } = deps;
  const state = await getJobState(core.db);
  const office = await ownOffice(core);
  const settings = await getSyncSettings(core.db);
  const withImport = trigger !== 'jadwal' || settings.autoImport;
  const r = office
    ? await runSteps(deps, office, trigger, withImport)
    : { sent: [], received: [], error: 'Kantor belum disiapkan.' };
  const ok = r.error === null;
  const failures = ok ? 0 : state.failures + 1;
  const nextRetryAt = ok ? null : iso(core.now() + runRetryDelayMs(failures, settings.retry));
  const report: SyncRunReport = {
    trigger,
    startedAt: iso(now),
    finishedAt: iso(core.now()),
    ok,
    message: ok ? summary(r.sent, r.received) : (r.error ?? ''),
    sent: r.sent,
    received: r.received,
    nextRetryAt,
  };
  const next: SyncJobState = {
    ...state,
    lastAttemptAt: iso(now),
    lastRunAt: ok && trigger !== 'kotak-masuk' ? iso(now) : state.lastRunAt,
    lastInboxCheckAt: ok && withImport ? iso(now) : state.lastInboxCheckAt,
    failures,
    nextRetryAt,
    lastReport: report,
  };
  await putJobState(core.db, next);
  return report;
}

const running = new WeakMap<CoreDeps, Promise<SyncRunReport>>();

/**
 * Runs the sync job once. Never throws: a failure (offline, no USB stick, refused password) is recorded in
 * meta `sync_job` with the time of the next attempt (back-off), and returned as the report. A run already in
 * progress for the same register is joined rather than started twice.
 */
export function runSyncJob(
  deps: SyncJobDeps,
  now: number,
  trigger: SyncTrigger = 'manual',
): Promise<SyncRunReport> {
  const current = running.get(deps.core);
  if (current) return current;
  const p = run(deps, now, trigger)
    .catch((err: unknown): SyncRunReport => ({
      trigger,
      startedAt: iso(now),
      finishedAt: iso(deps.core.now()),
      ok: false,
      message: `Sinkronisasi gagal: ${err instanceof Error ? err.message : String(err)}`,
      sent: [],
      received: [],
      nextRetryAt: null,
    }))
    .finally(() => running.delete(deps.core));
  running.set(deps.core, p);
  return p;
}

/**
 * The timer's check (every minute and once at start): the scheduled run when due — including one missed while
 * the app was closed — or, with automatic import on, an inbox check every 15 minutes. Null when nothing ran.
 */
export async function runDueSyncJob(deps: SyncJobDeps, now: number): Promise<SyncRunReport | null> {
  const { core } = deps;
  const office = await ownOffice(core);
  const settings = await getSyncSettings(core.db);
  if (!office || (settings.transport.kind === 'none' && !deps.transport)) return null;
  const state = await getJobState(core.db);
  let report: SyncRunReport | null = null;
  if (isDue(settings.schedule, state, now, office.zone)) report = await runSyncJob(deps, now, 'jadwal');
  else {
    const waiting = state.nextRetryAt !== null && now < Date.parse(state.nextRetryAt);
    if (settings.autoImport && !waiting && isInboxCheckDue(state, now))
      report = await runSyncJob(deps, now, 'kotak-masuk');
  }
  if (report) await auditScheduledRun(core, report);
  return report;
}

/** The action the scheduled job's audit entries carry (the UI's "Sinkronkan sekarang" is `sync.runNow`). */
export const SCHEDULED_RUN_ACTION = 'sync.scheduledRun' satisfies SystemAction;

/**
 * The job's audit entry, shaped like the dispatch's for the system account: every scheduled run, and an inbox
 * check when it received something or failed (an empty check every 15 minutes would only flood the log).
 */
async function auditScheduledRun(core: CoreDeps, r: SyncRunReport): Promise<void> {
  if (r.trigger === 'kotak-masuk' && r.ok && r.received.length === 0) return;
  await writeSystemAudit(core, 'jadwal', {
    action: SCHEDULED_RUN_ACTION,
    outcome: r.ok ? 'ok' : 'gagal',
    detail: `sinkronisasi ${r.trigger}: ${r.ok ? 'berhasil' : 'gagal'}, ${r.sent.length} dikirim, ${r.received.length} diterima`,
  });
}
