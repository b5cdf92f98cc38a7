// The loopback feed: bound to 127.0.0.1 only, serves exactly the listed files, refuses traversal, other hosts and methods.
import { mkdirSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { connect } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFeedServer, type FeedServer } from '../../../../electron/core/update/feed-server.ts';
import { removeTempDirs, tempDir } from '../../../support/register.ts';

let feed: FeedServer;
let root: string;

beforeAll(async () => {
  root = tempDir('puskesos-feed-');
  const served = join(root, 'staged');
  mkdirSync(served);
  writeFileSync(join(served, 'latest.yml'), 'version: 0.2.0\n');
  writeFileSync(join(served, 'tidak-tercantum.txt'), 'rahasia');
  writeFileSync(join(root, 'di-luar.txt'), 'rahasia');
  feed = await startFeedServer(served, ['latest.yml']);
});
afterAll(async () => {
  await feed.close();
  removeTempDirs();
});

/** A raw request, so the path reaches the server exactly as written (fetch would normalise `..`). */
function raw(
  path: string,
  opts: { method?: string; host?: string } = {},
): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port: feed.port,
        path,
        method: opts.method ?? 'GET',
        headers: opts.host ? { host: opts.host } : {},
      },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (c: string) => (body += c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      },
    );
    req.on('error', reject);
    req.end();
  });
}

describe('startFeedServer', () => {
  it('binds 127.0.0.1 on an ephemeral port', () => {
    expect(feed.host).toBe('127.0.0.1');
    expect(feed.port).toBeGreaterThan(0);
    expect(feed.url).toBe(`http://127.0.0.1:${feed.port}/`);
  });

  it('serves a listed file', async () => {
    const r = await raw('/latest.yml');
    expect(r).toEqual({ status: 200, body: 'version: 0.2.0\n' });
  });

  it('refuses path traversal, encoded or not, and files it was not given', async () => {
    for (const p of ['/../di-luar.txt', '/%2e%2e%2fdi-luar.txt', '/..%5cdi-luar.txt', '/staged/latest.yml']) {
      const r = await raw(p);
      expect(r.status, p).toBe(400);
      expect(r.body).not.toContain('rahasia');
    }
    expect((await raw('/tidak-tercantum.txt')).status).toBe(404);
    expect((await raw('/')).status).toBe(404);
  });

  it('refuses other methods and a foreign Host header', async () => {
    expect((await raw('/latest.yml', { method: 'POST' })).status).toBe(405);
    expect((await raw('/latest.yml', { host: 'evil.example:80' })).status).toBe(421);
  });

  it('closes connections beyond its cap at once (one client on the loopback, never hundreds of sockets)', async () => {
    const sockets = Array.from({ length: 16 }, () => connect({ host: '127.0.0.1', port: feed.port }));
    await Promise.all(sockets.map((s) => new Promise((r) => s.once('connect', r))));
    await new Promise((r) => setTimeout(r, 100));
    const extra = connect({ host: '127.0.0.1', port: feed.port });
    extra.on('error', () => undefined);
    const closed = await new Promise<boolean>((resolve) => {
      extra.once('close', () => resolve(true));
      setTimeout(() => resolve(false), 5_000);
    });
    for (const s of sockets) s.destroy();
    expect(closed).toBe(true);
  });
});
