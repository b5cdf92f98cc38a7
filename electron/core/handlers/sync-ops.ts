// Handlers of the Sinkronisasi screen: status, export into the outbox, bundle download, upload permit, quarantine.
import { mkdirSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { UPLOAD_MAX_BYTES } from '../../../shared/api/methods/sync-ops.ts';
import type { Handlers } from '../context.ts';
import { CoreError } from '../errors.ts';
import { exportBundles } from '../sync/export.ts';
import { senderNameOf } from '../sync/import-run.ts';
import { SyncSetupError } from '../sync/peers.ts';
import { listQuarantine, retryQuarantine } from '../sync/quarantine.ts';
import { outboxDir, syncStatus } from '../sync/status.ts';
import { downstreamOffices } from '../sync/downstream.ts';
import { outboxBundleSize } from '../sync/outbox-file.ts';
import { officeHealth, putSilentAfterDays } from '../sync/health.ts';
import { officeClock } from '../cases/office-clock.ts';
import { healthBoardLayout } from '../../../shared/report-layout/health.ts';
import { toReportFile } from '../reports/export.ts';
import { writeReportXlsx } from '../reports/render/xlsx.ts';
import type { ExportedFile } from '../../../shared/types/sync.ts';

/** The audit note's word on a bundle's files: how many it carries and how many wait for the next one. */
const filesNote = (f: ExportedFile): string =>
  (f.attachments > 0 ? `, ${f.attachments} lampiran` : '') +
  (f.attachmentsWaiting.count > 0
    ? `, ${f.attachmentsWaiting.count} lampiran menunggu paket berikutnya`
    : '');

type SyncOpsHandlers = Pick<
  Handlers,
  | 'sync.status'
  | 'sync.downstream'
  | 'sync.health'
  | 'sync.updateHealthSettings'
  | 'sync.healthExport'
  | 'sync.exportNow'
  | 'sync.downloadPermit'
  | 'sync.uploadPermit'
  | 'sync.quarantine'
  | 'sync.retryQuarantine'
>;

export const syncOpsHandlers: SyncOpsHandlers = {
  'sync.status': async (ctx) => syncStatus(ctx.db, ctx.deps.paths.dir, ctx.deps.now()),

  'sync.downstream': async (ctx) => {
    const office = await ctx.office();
    return downstreamOffices(ctx.db, { id: office.id, type: office.type });
  },

  'sync.health': async (ctx) => {
    return officeHealth(ctx.db, await ctx.office(), await officeClock(ctx));
  },

  'sync.healthExport': async (ctx) => {
    const office = await ctx.office();
    const board = await officeHealth(ctx.db, office, await officeClock(ctx));
    const at = new Date(ctx.deps.now()).toISOString();
    const doc = healthBoardLayout(
      board,
      {
        name: office.name,
        regionCode: office.regionCode,
        regionName: office.regionPath.at(-1)?.name ?? office.regionCode,
      },
      at,
    );
    ctx.subject('office_health', at.slice(0, 10));
    ctx.note(`ekspor XLSX kesehatan kantor: ${board.offices.length} kantor`);
    return toReportFile(`${doc.fileBase}.xlsx`, 'xlsx', await writeReportXlsx(doc, at));
  },

  'sync.updateHealthSettings': async (ctx, { silentAfterDays }) => {
    if ((await ctx.office()).type !== 'dinsos') {
      throw new CoreError('FORBIDDEN', 'Batas hari kantor diam diatur oleh kantor Dinas Sosial.');
    }
    ctx.subject('settings', 'health');
    ctx.note(`kantor dianggap diam setelah ${silentAfterDays} hari tanpa paket`);
    return { silentAfterDays: await putSilentAfterDays(ctx.db, silentAfterDays, ctx.deps.now()) };
  },

  'sync.quarantine': async (ctx, input) => {
    const rows = await listQuarantine(ctx.db, input.which);
    const bundles = new Map(
      (
        await ctx.db
          .selectFrom('bundles_in')
          .select(['id', 'file_name'])
          .where('id', 'in', [...new Set(rows.map((r) => r.bundleInId)), ''])
          .execute()
      ).map((b) => [b.id, b.file_name]),
    );
    const names = new Map<string, string | null>();
    for (const id of new Set(rows.map((r) => r.senderOfficeId))) {
      if (id) names.set(id, await senderNameOf(ctx.db, id));
    }
    return rows.map((r) => ({
      id: r.id,
      table: r.table,
      rowId: r.rowId,
      reason: r.reason,
      senderName: r.senderOfficeId ? (names.get(r.senderOfficeId) ?? null) : null,
      fileName: bundles.get(r.bundleInId) ?? null,
      receivedAt: r.createdAt,
      retriedAt: r.retriedAt,
      resolved: r.resolved,
    }));
  },

  'sync.retryQuarantine': async (ctx) => {
    const outcome = await retryQuarantine(ctx.deps);
    ctx.note(`dicoba ulang ${outcome.retried}, diterapkan ${outcome.applied}, tersisa ${outcome.remaining}`);
    return outcome;
  },

  'sync.exportNow': async (ctx) => {
    const out = outboxDir(ctx.deps.paths.dir);
    mkdirSync(out, { recursive: true });
    let results;
    try {
      results = await exportBundles(ctx.deps, out);
    } catch (err) {
      if (err instanceof SyncSetupError) throw new CoreError('CONFLICT', err.message);
      throw err;
    }
    const files = results.flatMap((r) =>
      r.path && r.sequence !== null
        ? [
            {
              fileName: basename(r.path),
              recipientOfficeId: r.recipientOfficeId,
              recipientName: r.recipientName,
              sequence: r.sequence,
              records: r.records,
              bytes: statSync(r.path).size,
              attachments: r.attachments,
              attachmentsWaiting: r.attachmentsWaiting,
            },
          ]
        : [],
    );
    const nothingFor = results.filter((r) => !r.path).map((r) => r.recipientName);
    ctx.note(
      files.length > 0
        ? `ekspor paket: ${files.map((f) => `${f.fileName} (${f.records} perubahan${filesNote(f)})`).join(', ')}`
        : results.length === 0
          ? 'ekspor paket: belum ada kantor penerima'
          : 'ekspor paket: tidak ada yang perlu dikirim',
    );
    return { files, nothingFor };
  },

  // Only the roles and that the file is there: the web host or the save dialog streams the bytes afterwards.
  'sync.downloadPermit': async (ctx, { fileName }) => ({
    fileName,
    bytes: outboxBundleSize(ctx.deps.paths.dir, fileName),
  }),

  // Only the dispatch's role and input checks matter: the web host or the picker streams the bytes afterwards.
  'sync.uploadPermit': async (_ctx, { fileName }) => ({ fileName, maxBytes: UPLOAD_MAX_BYTES }),
};
