// Handlers for the TKSK activity log, monthly report, finalization and the Dinsos recap.
import type { HandlerContext, Handlers } from '../context.ts';
import { CoreError } from '../errors.ts';
import { readKeys } from '../office/keystore.ts';
import { createWriter } from '../sync/writer.ts';
import type { OfficeInfo } from '../../../shared/types/office.ts';
import { listActivities, removeActivity, saveActivity, saveMonthNotes } from '../reports/activities.ts';
import { finalizeMonth, monthlyReportView } from '../reports/finalize.ts';
import { computeRecap } from '../reports/recap.ts';
import { getReportSettings, putReportSettings } from '../reports/settings.ts';

type ReportMethod =
  | 'reports.monthly'
  | 'reports.activities.list'
  | 'reports.activities.save'
  | 'reports.activities.remove'
  | 'reports.notes.save'
  | 'reports.finalize'
  | 'reports.recap'
  | 'reports.settings'
  | 'reports.updateSettings';

const compiler = (
  ctx: HandlerContext,
): { name: string; role: NonNullable<HandlerContext['user']>['role'] } | null =>
  ctx.user ? { name: ctx.user.fullName, role: ctx.user.role } : null;

function signedInUser(ctx: HandlerContext): NonNullable<HandlerContext['user']> {
  if (!ctx.user)
    throw new CoreError(
      'FORBIDDEN',
      'Kegiatan dan laporan dicatat oleh pengguna yang masuk dengan akunnya sendiri.',
    );
  return ctx.user;
}

const writer = (ctx: HandlerContext, office: OfficeInfo) => createWriter(ctx.db, office.id, ctx.deps.now);

export const reportHandlers: Pick<Handlers, ReportMethod> = {
  'reports.monthly': async (ctx, { month, officeId }) =>
    monthlyReportView(ctx.db, { month, officeId, now: ctx.deps.now(), compiledBy: compiler(ctx) }),

  'reports.activities.list': async (ctx, { month }) => {
    const office = await ctx.office();
    return listActivities(ctx.db, office.id, month, office.regionCode);
  },

  'reports.activities.save': async (ctx, input) => {
    const user = signedInUser(ctx);
    const office = await ctx.office();
    const entry = await saveActivity(ctx.db, writer(ctx, office), office, input, {
      name: user.fullName,
      userId: user.id,
    });
    ctx.subject('tksk_activity', entry.id);
    ctx.note(input.id ? 'ubah kegiatan TKSK' : 'catat kegiatan TKSK');
    return entry;
  },

  'reports.activities.remove': async (ctx, { id }) => {
    const office = await ctx.office();
    ctx.subject('tksk_activity', id);
    await removeActivity(ctx.db, writer(ctx, office), office.id, id);
    ctx.note('hapus kegiatan TKSK');
    return { removed: true };
  },

  'reports.notes.save': async (ctx, notes) => {
    const office = await ctx.office();
    ctx.subject('tksk_month_notes', `${office.id}/${notes.month}`);
    ctx.note(`catatan hambatan dan rekomendasi ${notes.month}`);
    return saveMonthNotes(ctx.db, writer(ctx, office), office.id, notes);
  },

  'reports.finalize': async (ctx, { month }) => {
    const user = signedInUser(ctx);
    const office = await ctx.office();
    const keys = readKeys(ctx.deps.paths.keys, ctx.deps.keyProtector);
    const view = await finalizeMonth(ctx.db, {
      month,
      now: ctx.deps.now(),
      by: { name: user.fullName, role: user.role },
      writer: writer(ctx, office),
      key: keys.sign,
    });
    const version = view.versions.at(-1);
    if (version) ctx.subject('monthly_report', version.id);
    ctx.note(`finalisasi laporan bulanan ${month} versi ${version?.version ?? '?'}`);
    return view;
  },

  'reports.recap': async (ctx, { month }) => computeRecap(ctx.db, month, ctx.deps.now()),

  'reports.settings': async (ctx) => getReportSettings(ctx.db),

  'reports.updateSettings': async (ctx, settings) => {
    const office = await ctx.office();
    if (office.type !== 'dinsos') {
      throw new CoreError('FORBIDDEN', 'Batas waktu laporan diatur oleh kantor Dinas Sosial.');
    }
    ctx.subject('settings', 'reports');
    ctx.note(`batas laporan: tanggal ${settings.deadlineDay} bulan berikutnya`);
    return putReportSettings(ctx.db, settings, ctx.deps.now());
  },
};
