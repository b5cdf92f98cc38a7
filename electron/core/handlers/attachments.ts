// Handlers for attachments: add, list, read (audited view) and remove, over the lampiran/ store of the data dir.
import type { HandlerContext, Handlers } from '../context.ts';
import { CoreError } from '../errors.ts';
import { actorOf } from '../cases/workflow.ts';
import {
  addAttachment,
  getAttachmentRow,
  listAttachments,
  readAttachment,
  removeAttachment,
  type AttachmentWriter,
} from '../attachments/attachment-repo.ts';
import { storeRoot } from '../attachments/store-key.ts';
import { readSyncPolicy, writeSyncPolicy } from '../attachments/sync-policy.ts';
import { ownOfficeFacts } from '../office/own-identity.ts';
import { attachmentTotals } from '../attachments/totals.ts';
import { freeBytesAt, KEEP_FREE_BYTES, lowSpaceRefusal, WARN_FREE_BYTES } from '../attachments/disk-space.ts';

type AttachmentHandlers = Pick<
  Handlers,
  | 'attachments.add'
  | 'attachments.list'
  | 'attachments.get'
  | 'attachments.remove'
  | 'attachments.space'
  | 'attachments.syncPolicy'
  | 'attachments.setSyncPolicy'
  | 'attachments.totals'
>;

function writer(ctx: HandlerContext): AttachmentWriter {
  if (!ctx.officeId) throw new CoreError('SETUP_REQUIRED', 'Kantor belum disiapkan.');
  return {
    db: ctx.db,
    root: storeRoot(ctx.deps.paths.dir),
    officeId: ctx.officeId,
    username: actorOf(ctx).name,
    nowMs: ctx.deps.now(),
  };
}

export const attachmentHandlers: AttachmentHandlers = {
  'attachments.add': async (ctx, { owner, kind, note, legalBasis, base64 }) => {
    ctx.subject(owner.type, owner.id);
    const refusal = lowSpaceRefusal(freeBytesAt(ctx.deps.paths.dir), (base64.length * 3) / 4);
    if (refusal) throw new CoreError('CONFLICT', refusal);
    const added = await addAttachment(writer(ctx), {
      owner,
      kind,
      note,
      legalBasis,
      bytes: Buffer.from(base64, 'base64'),
    });
    ctx.note(
      `lampiran ${kind} ${added.mime} ${added.size} B${added.storedNew ? '' : ' (isi sudah tersimpan)'}`,
    );
    return added;
  },

  'attachments.space': async (ctx) => {
    const totals = await ctx.db
      .selectFrom('attachments')
      .select((eb) => [eb.fn.countAll<number>().as('count'), eb.fn.sum<number>('size').as('bytes')])
      .where('removed_at', 'is', null)
      .executeTakeFirst();
    const freeBytes = freeBytesAt(ctx.deps.paths.dir);
    return {
      count: Number(totals?.count ?? 0),
      bytes: Number(totals?.bytes ?? 0),
      freeBytes,
      low: freeBytes !== null && freeBytes < WARN_FREE_BYTES,
      keepFreeBytes: KEEP_FREE_BYTES,
    };
  },

  'attachments.totals': async (ctx) => {
    const freeBytes = freeBytesAt(ctx.deps.paths.dir);
    ctx.note('jumlah lampiran per data');
    return {
      ...(await attachmentTotals(ctx.db)),
      freeBytes,
      low: freeBytes !== null && freeBytes < WARN_FREE_BYTES,
      keepFreeBytes: KEEP_FREE_BYTES,
    };
  },

  'attachments.list': async (ctx, { owner, includeRemoved }) => {
    ctx.subject(owner.type, owner.id);
    return listAttachments(ctx.db, storeRoot(ctx.deps.paths.dir), owner, includeRemoved);
  },

  'attachments.get': async (ctx, { id }) => {
    const row = await getAttachmentRow(ctx.db, storeRoot(ctx.deps.paths.dir), id);
    ctx.subject(row.ownerType, row.ownerId);
    ctx.note(`membuka lampiran ${row.kind}`);
    return readAttachment(ctx.db, storeRoot(ctx.deps.paths.dir), id);
  },

  'attachments.syncPolicy': async (ctx) => readSyncPolicy(ctx.db),

  'attachments.setSyncPolicy': async (ctx, { bundleBudgetMb, metadataOnlyKinds }) => {
    const own = await ownOfficeFacts(ctx.db);
    if (!own) throw new CoreError('SETUP_REQUIRED', 'Kantor belum disiapkan.');
    const policy = await writeSyncPolicy(
      ctx.db,
      { id: own.officeId, type: own.type },
      { bundleBudgetBytes: bundleBudgetMb * 1024 * 1024, metadataOnlyKinds },
      ctx.deps.now(),
    );
    ctx.note(`batas ${bundleBudgetMb} MB; hanya data: ${metadataOnlyKinds.join(', ') || '-'}`);
    return policy;
  },

  'attachments.remove': async (ctx, { id, reason }) => {
    const removed = await removeAttachment(writer(ctx), id, reason);
    ctx.subject(removed.ownerType, removed.ownerId);
    ctx.note(`hapus lampiran ${removed.kind}`);
    return removed;
  },
};
