// WebDAV transport (Nextcloud-compatible): PUT to a temporary name then MOVE, PROPFIND to list, streamed GET; retried.
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, rename, rm, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import type { SyncRetryPolicy } from '../../../../shared/types/sync-schedule.ts';
import { withRetry, type RetryClock } from './retry.ts';
import { DONE, INBOX, REFUSED, TransportError, isBundleName, type Transport } from './transport.ts';
import { parseMultistatus } from './webdav-xml.ts';

export interface WebdavOptions {
  url: string;
  username: string;
  password: string;
  ownMailbox: string;
  retry: SyncRetryPolicy;
  clock: RetryClock;
  /** Per request; a transfer that stalls longer counts as offline. */
  timeoutMs?: number;
}

export const OFFLINE_MESSAGE = 'Server WebDAV tidak dapat dihubungi; akan dicoba lagi.';

const PROPFIND_BODY =
  '<?xml version="1.0" encoding="utf-8"?><d:propfind xmlns:d="DAV:"><d:prop><d:resourcetype/><d:getcontentlength/></d:prop></d:propfind>';

type Init = RequestInit & { duplex?: 'half' };

export function createWebdavTransport(o: WebdavOptions): Transport {
  const base = o.url.endsWith('/') ? o.url : `${o.url}/`;
  const auth = `Basic ${Buffer.from(`${o.username}:${o.password}`, 'utf8').toString('base64')}`;
  const urlOf = (segments: readonly string[], collection = false): string =>
    base + segments.map(encodeURIComponent).join('/') + (collection ? '/' : '');
  const made = new Set<string>();

  /** One request; network failures, timeouts, 5xx and 429 become retryable errors, 401/403 a clear refusal. */
  async function request(
    method: string,
    url: string,
    init: Init = {},
    okStatus: readonly number[] = [],
  ): Promise<Response> {
    let res: Response;
    try {
      res = await fetch(url, {
        ...init,
        method,
        headers: { Authorization: auth, ...(init.headers as Record<string, string> | undefined) },
        signal: AbortSignal.timeout(o.timeoutMs ?? 120_000),
      });
    } catch {
      throw new TransportError('OFFLINE', OFFLINE_MESSAGE, true);
    }
    if (res.ok || okStatus.includes(res.status)) return res;
    await res.body?.cancel();
    if (res.status === 401 || res.status === 403) {
      throw new TransportError(
        'AUTH',
        'Server WebDAV menolak nama pengguna atau kata sandi; periksa pengaturan sinkronisasi.',
        false,
      );
    }
    if (res.status >= 500 || res.status === 429) {
      throw new TransportError(
        'SERVER',
        `Server WebDAV sedang bermasalah (HTTP ${res.status}); akan dicoba lagi.`,
        true,
      );
    }
    if (res.status === 404)
      throw new TransportError('NOT_FOUND', `Tidak ditemukan di server WebDAV: ${url}`, false);
    throw new TransportError(
      'SERVER',
      `Server WebDAV menjawab HTTP ${res.status} untuk ${method} ${url}.`,
      false,
    );
  }

  const retried = <T>(op: () => Promise<T>): Promise<T> => withRetry(op, o.retry, o.clock);

  /** MKCOL each level (405: it already exists). */
  async function ensureCollection(segments: readonly string[]): Promise<void> {
    for (let i = 1; i <= segments.length; i++) {
      const url = urlOf(segments.slice(0, i), true);
      if (made.has(url)) continue;
      const res = await retried(() => request('MKCOL', url, {}, [405]));
      await res.body?.cancel();
      made.add(url);
    }
  }

  async function move(from: string, to: string): Promise<void> {
    const res = await retried(() => request('MOVE', from, { headers: { Destination: to, Overwrite: 'T' } }));
    await res.body?.cancel();
  }

  return {
    label: `WebDAV ${base}`,

    async send(localFile, mailbox) {
      const name = basename(localFile);
      await ensureCollection([mailbox, INBOX]);
      const tmp = urlOf([mailbox, INBOX, `.${name}.${process.pid}.tmp`]);
      const size = (await stat(localFile)).size;
      const put = await retried(() =>
        request('PUT', tmp, {
          body: Readable.toWeb(createReadStream(localFile)) as ReadableStream<Uint8Array>,
          duplex: 'half',
          headers: { 'Content-Type': 'application/octet-stream', 'Content-Length': String(size) },
        }),
      );
      await put.body?.cancel();
      await move(tmp, urlOf([mailbox, INBOX, name]));
    },

    async list() {
      const res = await retried(() =>
        request(
          'PROPFIND',
          urlOf([o.ownMailbox, INBOX], true),
          { body: PROPFIND_BODY, headers: { Depth: '1', 'Content-Type': 'application/xml; charset=utf-8' } },
          [404],
        ),
      );
      if (res.status === 404) {
        await res.body?.cancel();
        return [];
      }
      return parseMultistatus(await res.text())
        .filter((e) => !e.collection && isBundleName(e.name))
        .map((e) => ({ name: e.name, size: e.size }))
        .sort((a, b) => a.name.localeCompare(b.name));
    },

    async fetch(name, localDir) {
      if (!isBundleName(name)) throw new TransportError('IO', `Nama paket tidak valid: ${name}`, false);
      await mkdir(localDir, { recursive: true });
      const tmp = join(localDir, `.${name}.${process.pid}.tmp`);
      const final = join(localDir, name);
      await retried(async () => {
        const res = await request('GET', urlOf([o.ownMailbox, INBOX, name]));
        if (!res.body) throw new TransportError('SERVER', `Server WebDAV tidak mengirim isi ${name}.`, true);
        try {
          await pipeline(Readable.fromWeb(res.body as WebReadableStream<Uint8Array>), createWriteStream(tmp));
        } catch {
          await rm(tmp, { force: true });
          throw new TransportError('OFFLINE', OFFLINE_MESSAGE, true);
        }
      });
      await rename(tmp, final);
      return final;
    },

    async markDone(name, refused = false) {
      if (!isBundleName(name)) throw new TransportError('IO', `Nama paket tidak valid: ${name}`, false);
      const folder = refused ? REFUSED : DONE;
      await ensureCollection([o.ownMailbox, INBOX, folder]);
      await move(urlOf([o.ownMailbox, INBOX, name]), urlOf([o.ownMailbox, INBOX, folder, name]));
    },
  };
}
