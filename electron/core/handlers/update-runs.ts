// The update-folder check as an operation: files staged and checked with progress, cancel until it is verified.
import type { ParsedOperationInput } from '../../../shared/api/operations.ts';
import type { UpdateFolderRun } from '../../../shared/types/updates.ts';
import type { HandlerContext } from '../context.ts';
import { orCancelled, type OperationControl } from '../operations/control.ts';
import { withService } from './updates.ts';

/** "Periksa folder pembaruan"; a cancel before the folder is verified answers `accepted: null`, nothing staged. */
export async function runUpdateFolderCheck(
  ctx: HandlerContext,
  { path }: ParsedOperationInput<'updates.checkFolderRun'>,
  control: OperationControl,
): Promise<UpdateFolderRun> {
  const accepted = await orCancelled(control, () =>
    withService(ctx, (svc) => svc.checkFolder(path, control)),
  );
  return { accepted };
}
