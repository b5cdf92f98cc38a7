// Handlers for application update status and settings.
import type { Handlers, HandlerContext } from '../context.ts';
import { CoreError } from '../errors.ts';
import { UpdateRefused, type RefusalReason } from '../update/refusal.ts';
import { updateServiceOf, type UpdateService } from '../update/service.ts';
import { getLastUrlCheck, getUpdateSettings, putUpdateSettings } from '../update/update-settings.ts';
import type { UpdateStatus } from '../../../shared/types/updates.ts';

type UpdateHandlers = Pick<
  Handlers,
  'updates.status' | 'updates.setUrl' | 'updates.checkUrl' | 'updates.agreeInstall'
>;

/** Shown where no updater runs: the web host in a browser, and the CLI. */
export const NO_UPDATER =
  'Pembaruan aplikasi hanya tersedia di aplikasi desktop Puskesos yang terpasang, bukan di peramban. ' +
  'Buka Pengaturan → Pembaruan di aplikasi desktop.';

/** Refusals about the folder or its files point at the path field; the others are about the app's state. */
const STATE_REASONS = new Set<RefusalReason>(['UNSUPPORTED', 'BUSY', 'NOTHING_DOWNLOADED', 'NO_URL']);

/** Runs `fn` on the update service; its refusals become the clerk's messages (a folder's on the path field). */
export async function withService<T>(ctx: HandlerContext, fn: (s: UpdateService) => Promise<T>): Promise<T> {
  const service = updateServiceOf(ctx.deps);
  if (!service) throw new CoreError('CONFLICT', NO_UPDATER);
  try {
    return await fn(service);
  } catch (err) {
    if (!(err instanceof UpdateRefused)) throw err;
    if (STATE_REASONS.has(err.reason)) throw new CoreError('CONFLICT', err.message);
    throw new CoreError('VALIDATION', err.message, { fields: { path: err.message } });
  }
}

/** The status without an updater: versions and settings only. */
async function staticStatus(ctx: HandlerContext): Promise<UpdateStatus> {
  const { url } = await getUpdateSettings(ctx.db);
  const last = await getLastUrlCheck(ctx.db);
  return {
    currentVersion: ctx.deps.appVersion,
    phase: 'tidak_didukung',
    unsupportedReason: NO_UPDATER,
    availableVersion: null,
    source: null,
    sourceLabel: null,
    progressPercent: null,
    message: null,
    installOnQuit: false,
    url,
    lastUrlCheckAt: last === null ? null : new Date(last).toISOString(),
  };
}

const status = (ctx: HandlerContext): Promise<UpdateStatus> => {
  const service = updateServiceOf(ctx.deps);
  return service ? service.status(ctx.db) : staticStatus(ctx);
};

export const updateHandlers: UpdateHandlers = {
  'updates.status': async (ctx) => status(ctx),

  'updates.setUrl': async (ctx, input) => {
    const url = input.url === '' ? null : input.url;
    await putUpdateSettings(ctx.db, { url }, ctx.deps.now());
    ctx.note(url ? 'alamat pembaruan Dinas Sosial diisi' : 'alamat pembaruan Dinas Sosial dihapus');
    return status(ctx);
  },

  'updates.checkUrl': async (ctx) => {
    const s = await withService(ctx, (svc) => svc.checkUrl());
    ctx.note(`periksa pembaruan dari alamat Dinas Sosial: ${s.phase}`);
    return s;
  },

  'updates.agreeInstall': async (ctx, input) => {
    const s = await withService(ctx, (svc) => svc.agree(input.agree));
    ctx.note(
      input.agree
        ? `setuju memasang versi ${s.availableVersion ?? '-'} saat keluar`
        : 'persetujuan pasang dibatalkan',
    );
    return s;
  },
};
