// Serves a verified, staged update folder to electron-updater over HTTP on 127.0.0.1 only (ephemeral port, listed files only).
import { createReadStream, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';

export interface FeedServer {
  /** Base URL for electron-updater's generic provider, ending in '/'. */
  url: string;
  host: string;
  port: number;
  close(): Promise<void>;
}

export const FEED_HOST = '127.0.0.1';

const MIME: Record<string, string> = {
  '.yml': 'text/yaml; charset=utf-8',
  '.json': 'application/json',
};

function send(res: ServerResponse, status: number, text: string): void {
  res.writeHead(status, {
    'content-type': 'text/plain; charset=utf-8',
    'content-length': Buffer.byteLength(text),
  });
  res.end(text);
}

/**
 * Starts the feed. A request is answered only when it names, at the root, one of `files` exactly (after URL
 * decoding): anything with a slash, a backslash or `..`, any other name, any method but GET and HEAD, and any
 * Host header other than the loopback address itself (a DNS-rebinding page) is refused.
 */
export async function startFeedServer(dir: string, files: readonly string[]): Promise<FeedServer> {
  const allowed = new Set(files);
  let expectedHost = '';
  const handle = (req: IncomingMessage, res: ServerResponse): void => {
    if (req.headers.host !== expectedHost) return send(res, 421, 'Host tidak dikenal.');
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'Hanya GET.');
    const rawPath = (req.url ?? '/').split('?')[0] ?? '/';
    let name: string;
    try {
      name = decodeURIComponent(rawPath.replace(/^\//, ''));
    } catch {
      return send(res, 400, 'Alamat tidak sah.');
    }
    if (name.includes('/') || name.includes('\\') || name.includes('..') || name.includes('\0')) {
      return send(res, 400, 'Alamat tidak sah.');
    }
    if (!allowed.has(name)) return send(res, 404, 'Tidak ada.');
    const path = join(dir, name);
    const size = statSync(path, { throwIfNoEntry: false })?.size;
    if (size === undefined) return send(res, 404, 'Tidak ada.');
    const ext = name.slice(name.lastIndexOf('.'));
    res.writeHead(200, {
      'content-type': MIME[ext] ?? 'application/octet-stream',
      'content-length': size,
      'cache-control': 'no-store',
    });
    if (req.method === 'HEAD') return void res.end();
    createReadStream(path)
      .on('error', () => res.destroy())
      .pipe(res);
  };
  // Loopback, one client (electron-updater): requests that take seconds to arrive are stuck or hostile, so they
  // are closed quickly (as the web host does, electron/web/limits.ts); a long download is the response, not bounded.
  const server = createServer(
    {
      headersTimeout: 10_000,
      requestTimeout: 30_000,
      keepAliveTimeout: 5_000,
      connectionsCheckingInterval: 1_000,
      maxHeaderSize: 16 * 1024,
    },
    handle,
  );
  server.maxConnections = 16;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, FEED_HOST, () => resolve());
  });
  const { address, port } = server.address() as AddressInfo;
  expectedHost = `${FEED_HOST}:${port}`;
  return {
    url: `http://${FEED_HOST}:${port}/`,
    host: address,
    port,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
