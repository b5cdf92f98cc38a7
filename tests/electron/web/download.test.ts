// Streamed bundle download through the real web host: 200 MB arrives whole with bounded RSS; the same Host,
// Origin, token and role checks as the upload refuse everyone else.
import { createHash } from 'node:crypto';
import { createWriteStream, mkdirSync } from 'node:fs';
import { request, type IncomingMessage } from 'node:http';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { outboxBundlePath } from '../../../electron/core/sync/outbox-file.ts';
import { DOWNLOAD_PATH } from '../../../electron/web/download.ts';
import { SESSION_HEADER, startWebHost, TOKEN_HEADER, type WebHost } from '../../../electron/web/server.ts';
import { openSetUpOffice, type TestOffice } from '../../support/register.ts';
import { MB, rssGrowthDuring, synthetic } from '../../support/stream-rss.ts';

const SIZE_MB = Number(process.env.PUSKESOS_UPLOAD_TEST_MB ?? 200);
const NAME = '33.01.08_00000001_to_00000002_000001_20260302.pksb';

let office: TestOffice;
let host: WebHost;
let digest: string;

beforeAll(async () => {
  office = await openSetUpOffice();
  const staticDir = join(office.dataDir, '..', 'web');
  mkdirSync(staticDir, { recursive: true });
  host = await startWebHost({ core: office.register, dataDir: office.dataDir, staticDir });
  // The outbox holds one large bundle, written as a stream.
  const path = outboxBundlePath(office.dataDir, NAME);
  mkdirSync(join(path, '..'), { recursive: true });
  const hash = createHash('sha256');
  await pipeline(synthetic(SIZE_MB * MB, hash), createWriteStream(path));
  digest = hash.digest('hex');
}, 120_000);
afterAll(async () => {
  await host.close();
  await office.dispose();
});

interface Got {
  status: number;
  headers: IncomingMessage['headers'];
  bytes: number;
  sha256: string;
  text: string;
}

/** GETs the bundle and hashes the body as it streams in (never held whole). */
function download(opts: { name?: string; session?: string | null; token?: string; origin?: string } = {}) {
  return new Promise<Got>((resolve, reject) => {
    const headers: Record<string, string> = { [TOKEN_HEADER]: opts.token ?? host.token };
    const session = opts.session === undefined ? office.users.petugas.caller.sessionId : opts.session;
    if (session) headers[SESSION_HEADER] = session;
    if (opts.origin) headers.Origin = opts.origin;
    const path = `${DOWNLOAD_PATH}?name=${encodeURIComponent(opts.name ?? NAME)}`;
    const req = request({ host: '127.0.0.1', port: host.port, method: 'GET', path, headers }, (res) => {
      const hash = createHash('sha256');
      let bytes = 0;
      let text = '';
      res.on('data', (c: Buffer) => {
        bytes += c.length;
        hash.update(c);
        if (res.statusCode !== 200) text += c.toString('utf8');
      });
      res.on('end', () =>
        resolve({
          status: res.statusCode ?? 0,
          headers: res.headers,
          bytes,
          sha256: hash.digest('hex'),
          text,
        }),
      );
    });
    req.on('error', reject);
    req.end();
  });
}

describe('GET /api/download', () => {
  it(`streams a ${SIZE_MB} MB bundle from the outbox, whole, with the host's RSS growth bounded`, async () => {
    const { value: got, growth } = await rssGrowthDuring(() => download());
    expect(got.status).toBe(200);
    expect(got.headers['content-length']).toBe(String(SIZE_MB * MB));
    expect(got.headers['content-disposition']).toBe(`attachment; filename="${NAME}"`);
    expect(got.bytes).toBe(SIZE_MB * MB);
    expect(got.sha256).toBe(digest);
    // Host and client share this process and both stream: a host that read the file whole would grow by its size.
    const bound = Math.max(64 * MB, (SIZE_MB * MB) / 2);
    expect(growth, `RSS grew ${(growth / MB).toFixed(1)} MB`).toBeLessThan(bound);
  }, 120_000);

  it('refuses a role that may not move bundles, with the core message, and audits the refusal', async () => {
    const got = await download({ session: office.users.pengamat.caller.sessionId });
    expect(got.status).toBe(403);
    expect(JSON.parse(got.text)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    const refused = office.register.deps.sqlite
      .prepare(`select outcome from audit_log where action = 'sync.downloadPermit' order by id desc limit 1`)
      .pluck()
      .get();
    expect(refused).toBe('ditolak');
  });

  it('refuses without a session, a wrong token, another origin, a bundle not in the outbox, a path', async () => {
    expect((await download({ session: null })).status).toBe(401);
    expect((await download({ token: 'salah' })).status).toBe(401);
    expect((await download({ origin: 'http://example.com' })).status).toBe(403);
    const missing = await download({ name: '33.01.08_00000001_to_00000002_000009_20260302.pksb' });
    expect(missing.status).toBe(404);
    expect(JSON.parse(missing.text)).toMatchObject({
      error: { message: expect.stringMatching(/tidak ada lagi/) },
    });
    expect((await download({ name: '../keys.json' })).status).toBe(400);
  });
});
