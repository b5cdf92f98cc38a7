// The web host's connection limits: trickling and idle sockets are closed, extra connections refused, calls still served.
import { connect, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WEB_LIMITS, webLimits } from '../../../electron/web/limits.ts';
import { API_PATH, startWebHost, TOKEN_HEADER, type WebHost } from '../../../electron/web/server.ts';
import { openTestRegister, removeTempDirs, type TestRegister } from '../../support/register.ts';

/** Short enough for a quick test, long enough that an honest request on a loaded machine is never cut off. */
const SHORT = {
  headersTimeoutMs: 400,
  requestTimeoutMs: 800,
  keepAliveTimeoutMs: 1000,
  connectionsCheckingIntervalMs: 50,
};

let t: TestRegister;
let host: WebHost;
let staticDir: string;

beforeAll(async () => {
  t = await openTestRegister();
  staticDir = t.dataDir; // never served from here: these tests only use the API path
  host = await startWebHost({ core: t.register, staticDir, limits: SHORT });
});
afterAll(async () => {
  await host.close();
  await t.register.close();
  removeTempDirs();
});

interface Ended {
  /** What the server wrote before it closed the socket. */
  received: string;
}

/** Opens a raw socket to the host; `ended` settles when the server closes it. */
function open(port: number): { socket: Socket; ready: Promise<void>; ended: Promise<Ended> } {
  const socket = connect({ host: '127.0.0.1', port });
  let received = '';
  socket.on('data', (d: Buffer) => (received += d.toString('utf8')));
  const ready = new Promise<void>((resolve) => socket.once('connect', () => resolve()));
  const ended = new Promise<Ended>((resolve) => {
    socket.once('close', () => resolve({ received }));
    socket.on('error', () => undefined);
  });
  return { socket, ready, ended };
}

/** Writes `piece` every 50 ms until the socket closes: a client that never finishes its request. */
async function trickle(first: string, piece: string): Promise<Ended> {
  const c = open(host.port);
  await c.ready;
  c.socket.write(first);
  const timer = setInterval(() => {
    if (!c.socket.destroyed) c.socket.write(piece);
  }, 50);
  try {
    return await c.ended;
  } finally {
    clearInterval(timer);
  }
}

const hostHeader = (): string => `Host: 127.0.0.1:${host.port}\r\n`;

describe('limits module', () => {
  it('a host started without overrides uses WEB_LIMITS', async () => {
    const plain = await startWebHost({ core: t.register, staticDir });
    try {
      expect(plain.limits).toEqual(WEB_LIMITS);
    } finally {
      await plain.close();
    }
  });

  it('refuses limits Node would not honour', () => {
    expect(() => webLimits({ headersTimeoutMs: 2000, requestTimeoutMs: 1000 })).toThrow(/headersTimeoutMs/);
    expect(() => webLimits({ keepAliveTimeoutMs: 0 })).toThrow(/keepAliveTimeoutMs/);
    expect(() => webLimits({ maxConnections: 1.5 })).toThrow(/maxConnections/);
    expect(webLimits(SHORT)).toMatchObject(SHORT);
  });
});

describe('sockets that never finish', () => {
  it('a socket trickling its headers is answered 408 and closed', async () => {
    const { received } = await trickle(`GET / HTTP/1.1\r\n${hostHeader()}`, 'X-Tetes: a\r\n');
    expect(received).toMatch(/^HTTP\/1\.1 408/);
  }, 15_000);

  it('a socket trickling its body is closed', async () => {
    const head =
      `POST ${API_PATH} HTTP/1.1\r\n${hostHeader()}${TOKEN_HEADER}: ${host.token}\r\n` +
      'Content-Type: application/json\r\nContent-Length: 100000\r\n\r\n{"method":"system.status","input":{';
    const { received } = await trickle(head, ' ');
    // Nothing was dispatched for the unfinished call: the only answer, if any, is the timeout.
    expect(received).not.toContain('"ok"');
  }, 15_000);

  it('a socket that sends nothing is closed', async () => {
    const c = open(host.port);
    await c.ready;
    const { received } = await c.ended;
    expect(received).not.toContain('200 OK');
  }, 15_000);

  it('an idle keep-alive socket is closed after its answer', async () => {
    const c = open(host.port);
    await c.ready;
    const body = JSON.stringify({ method: 'system.status', input: {} });
    c.socket.write(
      `POST ${API_PATH} HTTP/1.1\r\n${hostHeader()}${TOKEN_HEADER}: ${host.token}\r\n` +
        `Connection: keep-alive\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`,
    );
    const { received } = await c.ended;
    expect(received).toMatch(/^HTTP\/1\.1 200/);
    expect(received).toContain('"ok":true');
    // The answer announced the host's own keep-alive bound (whole seconds), not Node's default of 5.
    expect(received).toMatch(/\r\nKeep-Alive: timeout=1\r\n/i);
  }, 15_000);
});

describe('connection cap', () => {
  it('connections beyond maxConnections are closed at once; the ones within are served', async () => {
    const capped = await startWebHost({ core: t.register, staticDir, limits: { maxConnections: 2 } });
    const first = open(capped.port);
    const second = open(capped.port);
    await Promise.all([first.ready, second.ready]);
    // Let the server count the two before the third knocks.
    await new Promise((r) => setTimeout(r, 100));
    const third = open(capped.port);
    const { received } = await third.ended;
    expect(received).toBe('');
    const body = JSON.stringify({ method: 'system.status', input: {} });
    first.socket.write(
      `POST ${API_PATH} HTTP/1.1\r\nHost: 127.0.0.1:${capped.port}\r\n${TOKEN_HEADER}: ${capped.token}\r\n` +
        `Connection: close\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`,
    );
    expect((await first.ended).received).toContain('"ok":true');
    second.socket.destroy();
    await capped.close();
  }, 15_000);
});
