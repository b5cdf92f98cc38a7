// The web host: token required, loopback only, Host checked, static files confined to their folder.
import { mkdirSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { connect } from 'node:net';
import { networkInterfaces } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  API_PATH,
  SESSION_HEADER,
  startWebHost,
  TOKEN_HEADER,
  type WebHost,
} from '../../../electron/web/server.ts';
import type { Dispatch } from '../../../electron/core/dispatch.ts';
import type { Result } from '../../../shared/api/result.ts';
import type { SessionInfo } from '../../../shared/types/users.ts';
import {
  NO_SESSION,
  openTestRegister,
  removeTempDirs,
  SETUP_INPUT,
  unwrap,
  type TestRegister,
} from '../../support/register.ts';

let t: TestRegister;
let host: WebHost;
let staticDir: string;
/** Every call that reached the register's dispatch through the web host. */
const dispatched: { channel: string; sessionId: string | null; method: string }[] = [];

beforeAll(async () => {
  t = await openTestRegister();
  unwrap(await t.register.call(NO_SESSION, 'setup.complete', SETUP_INPUT));
  const root = join(t.dataDir, '..', 'web');
  staticDir = join(root, 'renderer');
  mkdirSync(join(staticDir, 'assets'), { recursive: true });
  writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>Puskesos</title>INDEX');
  writeFileSync(join(staticDir, 'assets', 'app.js'), 'console.log("app")');
  writeFileSync(join(root, 'rahasia.txt'), 'RAHASIA-DI-LUAR');
  const spy: Dispatch = (caller, method, input) => {
    dispatched.push({ channel: caller.channel, sessionId: caller.sessionId, method });
    return t.register.dispatch(caller, method, input);
  };
  host = await startWebHost({ core: { ...t.register, dispatch: spy }, staticDir, port: 0 });
});
afterAll(async () => {
  await host.close();
  await t.register.close();
  removeTempDirs();
});

interface Reply {
  status: number;
  body: string;
}

/** A raw HTTP request (the path is sent as given, not normalised), with the Host header we choose. */
function send(opts: {
  path: string;
  method?: string;
  headers?: Record<string, string>;
  body?: string;
  address?: string;
}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: opts.address ?? '127.0.0.1',
        port: host.port,
        path: opts.path,
        method: opts.method ?? 'GET',
        headers: { host: `127.0.0.1:${host.port}`, ...opts.headers },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }),
        );
      },
    );
    req.on('error', reject);
    req.end(opts.body);
  });
}

const api = (
  method: string,
  input: unknown,
  headers: Record<string, string> = { [TOKEN_HEADER]: host.token },
) =>
  send({
    path: API_PATH,
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ method, input }),
  });

describe('token', () => {
  it.each([
    ['no token', () => ({})],
    ['a wrong token of the same length', (token: string) => ({ [TOKEN_HEADER]: 'x'.repeat(token.length) })],
    ['a wrong token of another length', () => ({ [TOKEN_HEADER]: 'salah' })],
    ['the token in the wrong header', (token: string) => ({ authorization: `Bearer ${token}` })],
  ])(
    '%s is 401 and nothing is dispatched',
    async (_label, headersFor: (token: string) => Record<string, string>) => {
      const before = dispatched.length;
      const reply = await api('system.status', {}, headersFor(host.token));
      expect(reply.status).toBe(401);
      expect((JSON.parse(reply.body) as Result<unknown>).ok).toBe(false);
      expect(dispatched.length).toBe(before);
    },
  );

  it('with the token a call is dispatched on the web channel and answered', async () => {
    const reply = await api('system.status', {});
    expect(reply.status).toBe(200);
    const result = JSON.parse(reply.body) as Result<{ setupComplete: boolean }>;
    expect(unwrap(result).setupComplete).toBe(true);
    expect(dispatched.at(-1)).toEqual({ channel: 'web', sessionId: null, method: 'system.status' });
  });

  it('the session header carries a signed-in session', async () => {
    const signIn = JSON.parse(
      (await api('auth.signIn', { username: 'admin', password: SETUP_INPUT.admin.password })).body,
    ) as Result<SessionInfo>;
    const { sessionId } = unwrap(signIn);
    const reply = await api('auth.session', {}, { [TOKEN_HEADER]: host.token, [SESSION_HEADER]: sessionId });
    expect(unwrap(JSON.parse(reply.body) as Result<SessionInfo>).user.username).toBe('admin');
    expect(
      t.register.deps.sqlite.prepare('select channel from sessions where id = ?').get(sessionId),
    ).toEqual({ channel: 'web' });
  });

  it('a body that is not JSON is refused without dispatching', async () => {
    const before = dispatched.length;
    const reply = await send({
      path: API_PATH,
      method: 'POST',
      headers: { [TOKEN_HEADER]: host.token },
      body: '{nope',
    });
    expect(reply.status).toBe(400);
    expect(dispatched.length).toBe(before);
  });
});

describe('loopback only', () => {
  it('listens on 127.0.0.1', () => {
    expect(host.url).toBe(`http://127.0.0.1:${host.port}/`);
    expect(host.openUrl).toBe(`${host.url}#token=${host.token}`);
  });

  const refused = (address: string): Promise<boolean> =>
    new Promise((resolve) => {
      const socket = connect({ host: address, port: host.port, timeout: 2000 });
      socket.once('connect', () => {
        socket.destroy();
        resolve(false);
      });
      socket.once('timeout', () => {
        socket.destroy();
        resolve(true);
      });
      socket.once('error', () => resolve(true));
    });

  it('cannot be reached through other addresses of this machine', async () => {
    const others = Object.values(networkInterfaces())
      .flat()
      .filter((a) => a !== undefined && a.address !== '127.0.0.1' && !a.address.startsWith('fe80'))
      .map((a) => a?.address ?? '');
    // 127.0.0.2 is loopback too on Linux: a server bound to 0.0.0.0 would answer there.
    const candidates = [...new Set(['127.0.0.2', '::1', ...others])];
    for (const address of candidates) expect(await refused(address), address).toBe(true);
    expect(await refused('127.0.0.1')).toBe(false);
  });

  it.each([
    ['another name', (port: number) => `evil.example:${port}`],
    ['a rebinding name without port', () => 'evil.example'],
    ['localhost without port', () => 'localhost'],
    ['127.0.0.1 with another port', (port: number) => `127.0.0.1:${port + 1}`],
    ['an IPv6 loopback literal', (port: number) => `[::1]:${port}`],
  ])('Host: %s is refused with 421 and nothing is dispatched', async (_label, hostFor) => {
    const before = dispatched.length;
    const hostHeader = hostFor(host.port);
    expect((await api('system.status', {}, { [TOKEN_HEADER]: host.token, host: hostHeader })).status).toBe(
      421,
    );
    expect((await send({ path: '/', headers: { host: hostHeader } })).status).toBe(421);
    expect(dispatched.length).toBe(before);
  });

  it('localhost with the right port is accepted', async () => {
    expect((await send({ path: '/', headers: { host: `localhost:${host.port}` } })).status).toBe(200);
  });
});

describe('static files', () => {
  it('serves the renderer, and index.html for unknown paths (client-side routes)', async () => {
    expect((await send({ path: '/assets/app.js' })).body).toBe('console.log("app")');
    const route = await send({ path: '/kasus/123' });
    expect(route.status).toBe(200);
    expect(route.body).toContain('INDEX');
  });

  it.each([
    '/../rahasia.txt',
    '/assets/../../rahasia.txt',
    '/%2e%2e/rahasia.txt',
    '/%2e%2e%2frahasia.txt',
    '/..%5crahasia.txt',
    '/assets/%2e%2e/%2e%2e/rahasia.txt',
    '//..//rahasia.txt',
    // Absolute-form request targets reach the handler as they are; path.normalize keeps their extra '..'.
    'http://127.0.0.1/../../../rahasia.txt',
    'http://127.0.0.1/%2e%2e/%2e%2e/%2e%2e/rahasia.txt',
  ])('%s does not escape the static folder', async (path) => {
    const reply = await send({ path });
    expect(reply.body).not.toContain('RAHASIA');
    expect([200, 400, 403, 404]).toContain(reply.status);
  });

  it('a malformed percent-encoding is a client error and the server keeps serving', async () => {
    const reply = await send({ path: '/%E0%A4%A' });
    expect(reply.status).toBe(400);
    expect((await send({ path: '/' })).status).toBe(200);
  });

  it('a NUL byte in the path does not break the server', async () => {
    const reply = await send({ path: '/index.html%00.js' });
    expect(reply.body).not.toContain('RAHASIA');
    expect((await send({ path: '/' })).status).toBe(200);
  });

  it('the API accepts only POST, static paths only GET and HEAD', async () => {
    expect((await send({ path: API_PATH, headers: { [TOKEN_HEADER]: host.token } })).status).toBe(405);
    expect((await send({ path: '/', method: 'POST' })).status).toBe(405);
  });
});
