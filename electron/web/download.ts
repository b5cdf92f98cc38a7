// `GET /api/download?name=<bundle>.pksb`: streams one outbox bundle to the browser after the core's permit.
import { createReadStream } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { pipeline } from 'node:stream/promises';
import { fail } from '../../shared/api/result.ts';
import type { Dispatch } from '../core/dispatch.ts';
import { outboxBundlePath } from '../core/sync/outbox-file.ts';
import { replyJson, STATUS_OF } from './answer.ts';
import { SECURITY_HEADERS } from './static.ts';

export const DOWNLOAD_PATH = '/api/download';

export interface DownloadSource {
  dispatch: Dispatch;
  /** The data directory whose `outbox/` holds the bundles. */
  dataDir: string;
  sessionId: string | null;
}

/**
 * Order: `sync.downloadPermit` through the dispatch with the caller's session (roles and the name checked, the
 * file's presence and size, a refusal audited by the core), then the file streamed from disk with its length
 * (the host holds a chunk at a time, whatever the size). A refusal is `{ ok: false, error }` in Indonesian.
 */
export async function handleDownload(
  req: IncomingMessage,
  res: ServerResponse,
  source: DownloadSource,
): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://127.0.0.1');
  const fileName = url.searchParams.get('name') ?? '';
  const permit = await source.dispatch(
    { channel: 'web', sessionId: source.sessionId },
    'sync.downloadPermit',
    {
      fileName,
    },
  );
  if (!permit.ok) {
    replyJson(res, STATUS_OF[permit.error.code] ?? 500, permit);
    return;
  }
  const { bytes } = permit.value as { bytes: number };
  const stream = createReadStream(outboxBundlePath(source.dataDir, fileName));
  // Opened before the headers: a file removed since the permit is still a clean refusal.
  await new Promise<void>((resolve, reject) => {
    stream.once('open', () => resolve());
    stream.once('error', reject);
  }).catch(() => {
    stream.destroy();
    replyJson(res, 404, fail('NOT_FOUND', `Paket ${fileName} tidak ada lagi di folder outbox.`));
  });
  if (stream.destroyed) return;
  res.writeHead(200, {
    ...SECURITY_HEADERS,
    'Content-Type': 'application/octet-stream',
    'Content-Length': String(bytes),
    'Content-Disposition': `attachment; filename="${fileName}"`,
    'Cache-Control': 'no-store',
  });
  // A client that goes away ends the stream; nothing is left to clean up (the file stays in the outbox).
  await pipeline(stream, res).catch(() => undefined);
}
