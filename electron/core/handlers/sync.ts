// Handlers of the conflict log: list with both values side by side, keep the current value or take the other.
import type { Handlers } from '../context.ts';
import { CoreError } from '../errors.ts';
import { toConflictViews } from '../sync/conflict-view.ts';
import { ConflictError, listConflicts, resolveConflict } from '../sync/conflicts.ts';

type SyncHandlers = Pick<Handlers, 'sync.conflicts' | 'sync.resolveConflict'>;

export const syncHandlers: SyncHandlers = {
  'sync.conflicts': async (ctx, { status }) => toConflictViews(ctx.db, await listConflicts(ctx.db, status)),

  'sync.resolveConflict': async (ctx, { id, choose }) => {
    ctx.subject('sync_conflict', id);
    if (!ctx.officeId || !ctx.user) throw new CoreError('UNAUTHENTICATED', 'Sesi tidak ditemukan.');
    try {
      const c = await resolveConflict(
        ctx.db,
        { officeId: ctx.officeId, now: ctx.deps.now },
        id,
        choose,
        ctx.user.username,
      );
      ctx.note(
        `konflik ${c.table}.${c.column}: ${choose === 'keep' ? 'nilai sekarang dipertahankan' : 'nilai lain dipakai'}`,
      );
      const [view] = await toConflictViews(ctx.db, [c]);
      if (!view) throw new CoreError('INTERNAL', 'Konflik tidak dapat dibaca.');
      return view;
    } catch (err) {
      if (err instanceof ConflictError) {
        throw new CoreError(err.message.includes('tidak ditemukan') ? 'NOT_FOUND' : 'CONFLICT', err.message);
      }
      throw err;
    }
  },
};
