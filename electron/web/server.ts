// The web host adapter: the built renderer and the contract over HTTP on 127.0.0.1, behind a per-start token.
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fail, type Result } from '../../shared/api/result.ts';
import type { CoreHost } from '../core/host/core-host.ts';
import { SECURITY_HEADERS, serveStatic } from './static.ts';
import { webLimits, type WebLimits } from './limits.ts';
import { handleUpload, UPLOAD_PATH } from './upload.ts';
import { DOWNLOAD_PATH, handleDownload } from './download.ts';
import { removeLeftoverUploads } from '../core/sync/staging.ts';

export interface WebHostOptions {
  /** Where calls go: the core worker's host (`npm run serve`) or an in-process register (tests). */
  core: Pick<CoreHost, 'dispatch'> & { dataDir?: string };
  /**
   * Whose `inbox/` receives streamed uploads and whose `outbox/` streamed downloads come from (default
   * `core.dataDir`); without one `POST /api/upload` and `GET /api/download` are 404.
   */
  dataDir?: string;
  staticDir: string;
  port?: number;
  token?: string;
  /** Replaces some connection limits (tests use short timeouts); default WEB_LIMITS. */
  limits?: Partial<WebLimits>;
}

export interface WebHost {
  url: string;
  /** The URL to open, with the token in the fragment (never sent to the server or logged). */
  openUrl: string;
  token: string;
  port: number;
  /** The connection limits in force. */
  limits: WebLimits;
  close(): Promise<void>;
}

export const API_PATH = '/api/call';
export const TOKEN_HEADER = 'x-puskesos-token';
export const SESSION_HEADER = 'x-puskesos-session';

const sameToken = (a: string, b: string): boolean => {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
};

const sendJson = (res: ServerResponse, status: number, body: Result<unknown>): void => {
  res.writeHead(status, {
    ...SECURITY_HEADERS,
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
  });
  res.end(JSON.stringify(body));
};

class BodyTooLarge extends Error {}

async function readBody(req: IncomingMessage, maxBytes: number): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > maxBytes) throw new BodyTooLarge('too large');
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

export async function startWebHost(opts: WebHostOptions): Promise<WebHost> {
  const token = opts.token ?? randomBytes(24).toString('base64url');
  const limits = webLimits(opts.limits);
  const dataDir = opts.dataDir ?? opts.core.dataDir;
  // An upload cut short by a crash left a temporary file: never a bundle, so it is only removed.
  if (dataDir) await removeLeftoverUploads(dataDir);
  let port = 0;

  const serverOptions = {
    headersTimeout: limits.headersTimeoutMs,
    requestTimeout: limits.requestTimeoutMs,
    keepAliveTimeout: limits.keepAliveTimeoutMs,
    connectionsCheckingInterval: limits.connectionsCheckingIntervalMs,
    maxHeaderSize: limits.maxHeaderBytes,
  };
  const server = createServer(serverOptions, (req, res) => {
    // Refuse other Host names so a web page elsewhere cannot reach us through DNS rebinding.
    const host = req.headers.host ?? '';
    if (host !== `127.0.0.1:${port}` && host !== `localhost:${port}`) {
      res.writeHead(421).end();
      return;
    }
    // A page on another origin in the same browser is refused before the token is even compared.
    const origin = req.headers.origin;
    if (
      origin !== undefined &&
      origin !== `http://127.0.0.1:${port}` &&
      origin !== `http://localhost:${port}`
    ) {
      res.writeHead(403).end();
      return;
    }
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    if (path !== API_PATH && path !== UPLOAD_PATH && path !== DOWNLOAD_PATH) {
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        res.writeHead(405).end();
        return;
      }
      serveStatic(opts.staticDir, path, res);
      return;
    }
    if (req.method !== (path === DOWNLOAD_PATH ? 'GET' : 'POST')) {
      res.writeHead(405).end();
      return;
    }
    // An upload's connection is not reused: a refused one is closed instead of reading the body it brought.
    if (path === UPLOAD_PATH) res.setHeader('Connection', 'close');
    const given = req.headers[TOKEN_HEADER];
    if (typeof given !== 'string' || !sameToken(given, token)) {
      sendJson(
        res,
        401,
        fail(
          'UNAUTHENTICATED',
          'Token akses web host tidak valid. Buka alamat yang dicetak saat server dimulai.',
        ),
      );
      return;
    }
    const session = req.headers[SESSION_HEADER];
    const sessionId = typeof session === 'string' && session ? session : null;
    if (path === UPLOAD_PATH) {
      if (!dataDir) {
        sendJson(res, 404, fail('NOT_FOUND', 'Web host ini tidak menerima unggahan.'));
        return;
      }
      handleUpload(req, res, {
        dispatch: opts.core.dispatch,
        dataDir,
        maxBytes: limits.maxUploadBytes,
        sessionId,
      }).catch(() => {
        if (!res.headersSent)
          sendJson(res, 500, fail('INTERNAL', 'Unggahan gagal; tidak ada yang disimpan.'));
      });
      return;
    }
    if (path === DOWNLOAD_PATH) {
      if (!dataDir) {
        sendJson(res, 404, fail('NOT_FOUND', 'Web host ini tidak melayani unduhan.'));
        return;
      }
      handleDownload(req, res, { dispatch: opts.core.dispatch, dataDir, sessionId }).catch(() => {
        if (!res.headersSent) sendJson(res, 500, fail('INTERNAL', 'Unduhan gagal.'));
        else res.destroy();
      });
      return;
    }
    readBody(req, limits.maxBodyBytes)
      .then(async (text) => {
        let body: { method?: unknown; input?: unknown };
        try {
          body = JSON.parse(text) as { method?: unknown; input?: unknown };
        } catch {
          sendJson(res, 400, fail('VALIDATION', 'Permintaan bukan JSON yang valid.'));
          return;
        }
        if (typeof body.method !== 'string') {
          sendJson(res, 400, fail('VALIDATION', 'Permintaan tidak menyebut perintah.'));
          return;
        }
        const result = await opts.core.dispatch({ channel: 'web', sessionId }, body.method, body.input);
        sendJson(res, 200, result);
      })
      .catch((err: unknown) =>
        // Too large, or cut short (the client closed before the whole body arrived): answered if it still listens.
        err instanceof BodyTooLarge
          ? sendJson(res, 413, fail('VALIDATION', 'Permintaan terlalu besar.'))
          : sendJson(res, 400, fail('VALIDATION', 'Permintaan terputus sebelum lengkap.')),
      );
  });

  server.maxConnections = limits.maxConnections;

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  const url = `http://127.0.0.1:${port}/`;
  return {
    url,
    openUrl: `${url}#token=${token}`,
    token,
    port,
    limits,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
