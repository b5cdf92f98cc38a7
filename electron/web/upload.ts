// `POST /api/upload?name=<bundle>.pksb|<data>.xlsx|.csv`: streams a bundle into the inbox, or a spreadsheet into `impor/`, after the core's permit, never into memory.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { fail, ok } from '../../shared/api/result.ts';
import type { Dispatch } from '../core/dispatch.ts';
import { IMPORT_UPLOAD_MAX_BYTES } from '../../shared/api/methods/imports.ts';
import { isImportName, stageImportFile } from '../core/imports/staging.ts';
import { stageBundle, StagingError } from '../core/sync/staging.ts';
import { replyJson as reply, STATUS_OF } from './answer.ts';

export const UPLOAD_PATH = '/api/upload';

export interface UploadTarget {
  dispatch: Dispatch;
  /** The data directory whose `inbox/` receives the bundle. */
  dataDir: string;
  maxBytes: number;
  sessionId: string | null;
}

/**
 * The request's body is the bundle's bytes (`Content-Length` required: browsers send it for a File). Order: size
 * against the cap, then `sync.uploadPermit` through the dispatch with the caller's session (roles, name and size
 * checked and a refusal audited by the core), then `stageBundle` (temp name, rename; a broken or oversized body
 * leaves nothing). The answer is `{ ok, value: StagedBundle }` or `{ ok: false, error }` in Indonesian.
 */
export async function handleUpload(
  req: IncomingMessage,
  res: ServerResponse,
  target: UploadTarget,
): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://127.0.0.1');
  const fileName = url.searchParams.get('name') ?? '';
  const declared = req.headers['content-length'];
  const bytes = declared !== undefined && /^\d+$/.test(declared) ? Number(declared) : null;
  if (bytes === null) {
    reply(
      res,
      411,
      fail('VALIDATION', 'Ukuran berkas tidak disebutkan; unggah ulang dari layar Sinkronisasi.'),
      true,
    );
    return;
  }
  if (bytes > target.maxBytes) {
    reply(res, 413, fail('VALIDATION', 'Berkas melebihi batas 2 GB; tidak ada yang disimpan.'), true);
    return;
  }
  // A spreadsheet (.xlsx, .csv) is staged for the Impor data screen under its own permit and folder.
  const spreadsheet = isImportName(fileName);
  const permit = await target.dispatch(
    { channel: 'web', sessionId: target.sessionId },
    spreadsheet ? 'imports.uploadPermit' : 'sync.uploadPermit',
    { fileName, bytes },
  );
  if (!permit.ok) {
    reply(res, STATUS_OF[permit.error.code] ?? 500, permit, true);
    return;
  }
  try {
    const staged = spreadsheet
      ? await stageImportFile(target.dataDir, fileName, req, {
          maxBytes: Math.min(target.maxBytes, IMPORT_UPLOAD_MAX_BYTES),
          expectedBytes: bytes,
        })
      : await stageBundle(target.dataDir, fileName, req, {
          maxBytes: target.maxBytes,
          expectedBytes: bytes,
        });
    reply(res, 200, ok(staged), false);
  } catch (err) {
    const message = err instanceof StagingError ? err.message : 'Unggahan gagal; tidak ada yang disimpan.';
    const status = err instanceof StagingError && err.kind === 'terlalu_besar' ? 413 : 400;
    reply(res, status, fail('VALIDATION', message), true);
  }
}
