// Handlers for the sync schedule and transport settings (admin) and "Sinkronkan sekarang" (writers and admin).
import type { Handlers, HandlerContext } from '../context.ts';
import { runSyncJob } from '../sync/scheduler.ts';
import { plannedRunAt } from '../sync/schedule-time.ts';
import {
  getJobState,
  getSyncSettings,
  hasWebdavPassword,
  putJobState,
  putSyncSettings,
  writeWebdavPassword,
} from '../sync/schedule-settings.ts';
import { loadOfficeTree } from '../sync/office-tree.ts';
import { ZONE_ABBREVIATIONS } from '../../../shared/time/office-zone.ts';
import type { SyncScheduleSettings, SyncSettingsView } from '../../../shared/types/sync-schedule.ts';

type SyncScheduleHandlers = Pick<Handlers, 'sync.settings' | 'sync.updateSettings' | 'sync.runNow'>;

async function view(ctx: HandlerContext): Promise<SyncSettingsView> {
  const settings = await getSyncSettings(ctx.db);
  const state = await getJobState(ctx.db);
  const zone = await ctx.zone();
  const next = plannedRunAt(settings.schedule, state, ctx.deps.now(), zone);
  return {
    settings,
    hasPassword: hasWebdavPassword(ctx.deps.paths.dir),
    zone: ZONE_ABBREVIATIONS[zone],
    state,
    nextRunAt: next === null ? null : new Date(next).toISOString(),
    underKecamatan: (await loadOfficeTree(ctx.db)).upstreamOf((await ctx.office()).id) !== null,
  };
}

const scheduleChanged = (a: SyncScheduleSettings['schedule'], b: SyncScheduleSettings['schedule']): boolean =>
  a.enabled !== b.enabled || a.time !== b.time || a.days.join(',') !== b.days.join(',');

export const syncScheduleHandlers: SyncScheduleHandlers = {
  'sync.settings': async (ctx) => view(ctx),

  'sync.updateSettings': async (ctx, input) => {
    const before = await getSyncSettings(ctx.db);
    const t = input.transport;
    const transport: SyncScheduleSettings['transport'] =
      t.kind === 'webdav' ? { kind: 'webdav', url: t.url, username: t.username } : t;
    const days = [...new Set(input.schedule.days)].sort((a, b) => a - b);
    const settings: SyncScheduleSettings = {
      ...input,
      schedule: { ...input.schedule, days },
      transport,
      alsoToDinsos: input.alsoToDinsos ?? before.alsoToDinsos,
    };
    await putSyncSettings(ctx.db, settings, ctx.deps.now());
    const state = await getJobState(ctx.db);
    if (scheduleChanged(before.schedule, settings.schedule)) {
      // The first run of a new schedule is its first slot from now, not one "missed" before it existed.
      await putJobState(ctx.db, { ...state, since: new Date(ctx.deps.now()).toISOString() });
    }
    if (t.kind !== 'webdav') writeWebdavPassword(ctx.deps.paths.dir, ctx.deps.keyProtector, null);
    else if (t.password !== undefined)
      writeWebdavPassword(ctx.deps.paths.dir, ctx.deps.keyProtector, t.password);
    const when = settings.schedule.enabled ? `jadwal ${settings.schedule.time}` : 'jadwal mati';
    ctx.note(
      `pengaturan sinkronisasi: tujuan ${transport.kind}, ${when}, impor otomatis ${settings.autoImport ? 'ya' : 'tidak'}` +
        `, juga langsung ke Dinsos ${settings.alsoToDinsos ? 'ya' : 'tidak'}`,
    );
    return view(ctx);
  },

  'sync.runNow': async (ctx) => {
    const report = await runSyncJob({ core: ctx.deps }, ctx.deps.now(), 'manual');
    ctx.note(
      `sinkronisasi manual: ${report.ok ? 'berhasil' : 'gagal'}, ${report.sent.length} dikirim, ${report.received.length} diterima`,
    );
    return report;
  },
};
