// Handlers of operations.start / poll / cancel / list: start a declared operation, follow it, stop it, find it again.
import type { OperationName } from '../../../shared/api/operations.ts';
import type { ApiError } from '../../../shared/api/result.ts';
import type { HandlerContext, Handlers } from '../context.ts';
import { CoreError } from '../errors.ts';
import { onHandle } from '../office/call-office.ts';
import { operationsOf } from '../operations/of.ts';
import type { OperationOwner } from '../operations/registry.ts';
import { OPERATION_RUNNERS, type OperationRunner, type OperationNote } from '../operations/runners.ts';

type OperationHandlers = Pick<
  Handlers,
  'operations.start' | 'operations.poll' | 'operations.cancel' | 'operations.list'
>;

const ownerOf = (ctx: HandlerContext): OperationOwner => ({
  userId: ctx.user?.id ?? null,
  system: ctx.caller.system === true,
});

const notFound = (): CoreError =>
  new CoreError('NOT_FOUND', 'Operasi tidak ditemukan atau sudah lama selesai.');

const toError = (err: unknown): ApiError => {
  // The per-field messages go along: a screen shows a refused folder path or file under its field.
  if (err instanceof CoreError) {
    return err.fields
      ? { code: err.code, message: err.message, fields: err.fields }
      : { code: err.code, message: err.message };
  }
  console.error('[puskesos] operasi gagal:', err);
  return { code: 'INTERNAL', message: 'Terjadi kesalahan internal. Bagian yang belum selesai tidak diubah.' };
};

/** The runner and note of one operation, widened to the union the registry stores. */
function entryOf<N extends OperationName>(name: N) {
  return OPERATION_RUNNERS[name] as { run: OperationRunner<N>; note: OperationNote<N> };
}

export const operationHandlers: OperationHandlers = {
  'operations.start': async (ctx, input) => {
    const { run, note } = entryOf(input.name);
    // The operation outlives this call: it runs on the root handles with its own transactions.
    const opCtx: HandlerContext = onHandle(ctx, ctx.deps.db);
    const view = operationsOf(ctx.deps).start(
      input.name,
      ownerOf(ctx),
      (control) => run(opCtx, input.input, control),
      toError,
      async (end) => {
        const detail =
          end.state === 'failed'
            ? `gagal — ${end.error.message}`
            : note(end.result, end.state === 'cancelled');
        await ctx.audit(input.name, end.state === 'failed' ? 'gagal' : 'ok', {
          entityType: 'operation',
          entityId: view.id,
          detail,
        });
      },
    );
    ctx.subject('operation', view.id);
    ctx.note(`${input.name} dimulai`);
    return view;
  },

  'operations.poll': async (ctx, { id, after, waitMs }) => {
    const view = await operationsOf(ctx.deps).poll(id, ownerOf(ctx), after, waitMs);
    if (!view) throw notFound();
    return view;
  },

  'operations.list': async (ctx) => operationsOf(ctx.deps).list(ownerOf(ctx)),

  'operations.cancel': async (ctx, { id }) => {
    const view = operationsOf(ctx.deps).cancel(id, ownerOf(ctx));
    if (!view) throw notFound();
    if (view.state === 'running' && !view.cancellable) {
      throw new CoreError(
        'CONFLICT',
        'Pekerjaan ini sudah melewati titik tanpa kembali dan tidak dapat dibatalkan lagi; tunggu sampai selesai.',
      );
    }
    return view;
  },
};
