// The re-seed operations (`puskesos reseed export|import`): recovery of a lost office, with progress and cancel.
import type { ParsedOperationInput } from '../../../shared/api/operations.ts';
import type { ReseedExportRun, ReseedImportRun } from '../../../shared/types/reseed.ts';
import type { HandlerContext } from '../context.ts';
import { orCancelled, type OperationControl } from '../operations/control.ts';
import { exportReseed } from '../reseed/export.ts';
import { importReseed } from '../reseed/import.ts';

/** Dinsos writes the office's re-seed bundle; a cancel leaves no file and gives the bundle number back. */
export async function runReseedExport(
  ctx: HandlerContext,
  { officeId, out }: ParsedOperationInput<'reseed.exportRun'>,
  control: OperationControl,
): Promise<ReseedExportRun> {
  return { exported: await orCancelled(control, () => exportReseed(ctx.deps, officeId, out, control)) };
}

/** The office imports it; a cancel before the bundle commits applies nothing of it. */
export async function runReseedImport(
  ctx: HandlerContext,
  { path }: ParsedOperationInput<'reseed.importRun'>,
  control: OperationControl,
): Promise<ReseedImportRun> {
  const r = await orCancelled(control, () => importReseed(ctx.deps, path, control));
  if (!r) return { imported: null };
  const o = r.outcome;
  return {
    imported: {
      outcome: {
        file: o.file,
        status: o.status,
        reason: o.reason,
        senderOfficeId: o.senderOfficeId,
        sequence: o.sequence,
        records: o.records,
        applied: o.applied,
        conflicts: o.conflicts,
        quarantined: o.quarantined,
      },
      continuation: r.continuation,
      unsentMessage: r.unsent?.message ?? null,
      keysRepublished: r.keysRepublished,
      files: r.files
        ? { here: r.files.here, unavailable: r.files.unavailable, coming: r.files.coming }
        : null,
    },
  };
}
