// The usulan.importResultRun operation: Dinsos reads the national result file and records each match, all or nothing.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { ParsedOperationInput } from '../../../shared/api/operations.ts';
import type { ResultImportRun } from '../../../shared/types/usulan-upload.ts';
import type { HandlerContext } from '../context.ts';
import { officeClock } from '../cases/office-clock.ts';
import { caseWork, type CaseWork } from '../cases/work.ts';
import { CoreError } from '../errors.ts';
import { readTable } from '../imports/read.ts';
import { importStagingDir } from '../imports/staging.ts';
import { onHandle } from '../office/call-office.ts';
import { ownOfficeFacts } from '../office/own-identity.ts';
import { OperationCancelled, orCancelled, type OperationControl } from '../operations/control.ts';
import { createWriter } from '../sync/writer.ts';
import { importResult } from '../usulan/result-import.ts';

/** The steps are the signed-in verifikator's; from the CLI the local system account's, recorded as a petugas. */
async function resultWork(ctx: HandlerContext): Promise<CaseWork> {
  if (ctx.user || !ctx.caller.system) return caseWork(ctx);
  const clock = await officeClock(ctx);
  return {
    db: ctx.db,
    w: createWriter(ctx.db, clock.officeId, ctx.deps.now),
    clock,
    actor: { name: 'system (cli)', role: 'petugas' },
  };
}

/**
 * Reads the staged file (`baca`), then matches and records row by row (`cocokkan`) inside one transaction; a
 * cancel at any safe point rolls every recorded result back and answers `result: null`.
 */
export async function runResultImport(
  ctx: HandlerContext,
  input: ParsedOperationInput<'usulan.importResultRun'>,
  control: OperationControl,
): Promise<ResultImportRun> {
  const facts = await ownOfficeFacts(ctx.db);
  if (!facts) throw new CoreError('SETUP_REQUIRED', 'Kantor belum disiapkan.');
  if (facts.type !== 'dinsos') {
    throw new CoreError('FORBIDDEN', 'Hasil pemutakhiran pusat diimpor oleh Dinas Sosial.');
  }
  const path = join(importStagingDir(ctx.deps.paths.dir), input.file);
  if (!existsSync(path)) {
    throw new CoreError('NOT_FOUND', `Berkas ${input.file} tidak ditemukan; pilih atau unggah lagi.`);
  }
  control.progress({ phase: 'baca', done: 0, total: null, item: input.file });
  const table = await readTable(path);
  const result = await orCancelled(control, () =>
    ctx.deps.db.transaction().execute(async (trx) => {
      const work = await resultWork(onHandle(ctx, trx));
      const out = await importResult(work, table.rows, { ...input, control });
      // A cancel asked after the last row still rolls the whole file back: all of it or nothing.
      if (control.signal.aborted) throw new OperationCancelled();
      return out;
    }),
  );
  return { result };
}
