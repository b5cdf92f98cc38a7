// Handlers of the Sinkronisasi screen: status, export into the outbox, bundle download, upload into the inbox and import.
import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { UPLOAD_MAX_BYTES } from '../../../shared/api/methods/sync-ops.ts';
import type { Handlers } from '../context.ts';
import { CoreError } from '../errors.ts';
import { exportBundles } from '../sync/export.ts';
import { importBundle } from '../sync/import.ts';
import { senderNameOf, uploadResultOf } from '../sync/import-run.ts';
import { SyncSetupError } from '../sync/peers.ts';
import { listQuarantine, retryQuarantine } from '../sync/quarantine.ts';
import { inboxDir, outboxDir, syncStatus } from '../sync/status.ts';

type SyncOpsHandlers = Pick<
  Handlers,
  | 'sync.status'
  | 'sync.exportNow'
  | 'sync.downloadBundle'
  | 'sync.importUpload'
  | 'sync.uploadPermit'
  | 'sync.quarantine'
  | 'sync.retryQuarantine'
>;

export const syncOpsHandlers: SyncOpsHandlers = {
  'sync.status': async (ctx) => syncStatus(ctx.db, ctx.deps.sqlite, ctx.deps.paths.dir),

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
            },
          ]
        : [],
    );
    const nothingFor = results.filter((r) => !r.path).map((r) => r.recipientName);
    ctx.note(
      files.length > 0
        ? `ekspor paket: ${files.map((f) => `${f.fileName} (${f.records} perubahan)`).join(', ')}`
        : results.length === 0
          ? 'ekspor paket: belum ada kantor penerima'
          : 'ekspor paket: tidak ada yang perlu dikirim',
    );
    return { files, nothingFor };
  },

  'sync.downloadBundle': async (ctx, { fileName }) => {
    const path = join(outboxDir(ctx.deps.paths.dir), basename(fileName));
    if (!existsSync(path))
      throw new CoreError('NOT_FOUND', `Paket ${fileName} tidak ada lagi di folder outbox.`);
    return { fileName, mime: 'application/octet-stream', base64: readFileSync(path).toString('base64') };
  },

  // Only the dispatch's role and input checks matter: the web host or the picker streams the bytes afterwards.
  'sync.uploadPermit': async (_ctx, { fileName }) => ({ fileName, maxBytes: UPLOAD_MAX_BYTES }),

  'sync.importUpload': async (ctx, { fileName, base64 }) => {
    const dir = inboxDir(ctx.deps.paths.dir);
    mkdirSync(dir, { recursive: true });
    const name = basename(fileName);
    const temp = join(dir, `.unggah-${randomUUID()}.tmp`);
    const path = join(dir, name);
    // Written under a temporary name and renamed: an interrupted upload never looks like a whole bundle.
    writeFileSync(temp, Buffer.from(base64, 'base64'));
    try {
      renameSync(temp, path);
    } finally {
      rmSync(temp, { force: true });
    }
    const r = await importBundle(ctx.deps, path);
    ctx.note(
      `impor paket ${name}: ${r.status === 'applied' ? `diterapkan (${r.applied} dari ${r.records} perubahan, ${r.conflicts} konflik)` : r.status === 'already_applied' ? 'sudah pernah diterapkan' : `ditolak — ${r.reason ?? ''}`}`,
    );
    return uploadResultOf(ctx.db, name, r);
  },
};
