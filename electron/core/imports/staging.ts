// Puts a spreadsheet into the data folder's `impor/` from a stream (web upload) or a picked path (desktop), after the core's permit.
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { Readable } from 'node:stream';
import { stagedName } from '../../../shared/text/staged-name.ts';
import { IMPORT_UPLOAD_MAX_BYTES } from '../../../shared/api/methods/imports.ts';
import type { StagedBundle } from '../../../shared/types/sync.ts';
import type { Caller } from '../context.ts';
import type { Dispatch } from '../dispatch.ts';
import { stageStream, StagingError, type StageOptions, type StagePermit } from '../sync/staging.ts';

/** The folder the hosts stage a picked or uploaded spreadsheet in. */
export const importStagingDir = (dataDir: string): string => join(dataDir, 'impor');

/** A spreadsheet's bare name as the contract's `file` takes it (no folders, no hidden files). */
const IMPORT_NAME_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._() -]*\.(xlsx|csv)$/i;

export const isImportName = (fileName: string): boolean =>
  fileName.length <= 200 && IMPORT_NAME_PATTERN.test(fileName);

/**
 * Streams a spreadsheet into `impor/<fileName>` (temp name, then rename; a cut-short or oversized stream leaves
 * nothing). The name must already be a bare `.xlsx`/`.csv` name.
 */
export async function stageImportFile(
  dataDir: string,
  fileName: string,
  source: Readable,
  opts: StageOptions = {},
): Promise<StagedBundle> {
  if (!isImportName(fileName)) {
    source.resume();
    throw new StagingError('nama', 'Nama berkas tidak valid: pilih berkas .xlsx atau .csv.');
  }
  return stageStream(importStagingDir(dataDir), fileName, source, {
    maxBytes: IMPORT_UPLOAD_MAX_BYTES,
    ...opts,
  });
}

/** The permit as the core's dispatch gives it: `imports.uploadPermit` with the caller's session. */
export function importPermit(dispatch: Dispatch, caller: Caller): StagePermit {
  return async (fileName, bytes) => {
    const r = await dispatch(caller, 'imports.uploadPermit', { fileName, bytes });
    return r.ok ? { ok: true } : { ok: false, message: r.error.message };
  };
}

/**
 * Copies a spreadsheet picked in the desktop's open dialog into `impor/` under the bare name the screen's upload
 * would use (shared/text/staged-name.ts), after the permit; any size up to the cap.
 */
export async function stagePickedImport(
  dataDir: string,
  path: string,
  permit: StagePermit,
): Promise<StagedBundle> {
  const fileName = stagedName(basename(path));
  if (!fileName) throw new StagingError('nama', 'Pilih berkas .xlsx atau .csv.');
  const size = (await stat(path)).size;
  const allowed = await permit(fileName, size);
  if (!allowed.ok) throw new StagingError('nama', allowed.message);
  return stageImportFile(dataDir, fileName, createReadStream(path), { expectedBytes: size });
}
