// The duplicate scan as a long operation: progress per phase and key family, cancel until the candidates are stored.
import type { HandlerContext } from '../context.ts';
import { scanDuplicatesStepwise } from '../duplicates/scan.ts';
import { OperationCancelled, type OperationControl } from '../operations/control.ts';
import type { ParsedOperationInput } from '../../../shared/api/operations.ts';
import type { DuplicateScanRun } from '../../../shared/types/duplicates.ts';
import { requireDinsos } from './duplicates.ts';

/**
 * duplicates.scan as an operation: progress `muat`, `bandingkan` (key family by family) and `simpan`; a cancel
 * before storing stores nothing (`scan: null`).
 */
export async function runDuplicateScan(
  ctx: HandlerContext,
  { mode }: ParsedOperationInput<'duplicates.scanRun'>,
  control: OperationControl,
): Promise<DuplicateScanRun> {
  await requireDinsos(ctx);
  const at = (): string => new Date(ctx.deps.now()).toISOString();
  try {
    const scan = await scanDuplicatesStepwise(ctx.deps.db, at, mode, async (phase, done, total) => {
      control.progress({ phase, done, total, item: null });
      if (await control.checkpoint()) throw new OperationCancelled();
    });
    return { scan };
  } catch (err) {
    if (!(err instanceof OperationCancelled)) throw err;
    return { scan: null };
  }
}
